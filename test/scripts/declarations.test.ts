/**
 * scripts/declarations.ts: the `.d.cts` copy of a declaration file names `.cjs` files in its
 * relative imports (so node16 reads it as CommonJS) and leaves package imports alone.
 */
import { describe, expect, it } from 'vitest';
import { toCommonJsDeclaration } from '../../scripts/declarations.js';

describe('toCommonJsDeclaration', () => {
  it('rewrites relative .js specifiers in from, import() and side-effect imports', () => {
    const text = [
      "export { planCaseload } from './planCaseload.js';",
      'import type { Criterion } from "../eligibility/index.js";',
      'criteria: import("./schemas.js").Criterion;',
      "import './side.js';",
    ].join('\n');
    expect(toCommonJsDeclaration(text)).toBe(
      [
        "export { planCaseload } from './planCaseload.cjs';",
        'import type { Criterion } from "../eligibility/index.cjs";',
        'criteria: import("./schemas.cjs").Criterion;',
        "import './side.cjs';",
      ].join('\n'),
    );
  });

  it('leaves package specifiers and prose alone', () => {
    const text = "import * as z from 'zod';\n * import { planCaseload } from 'social-prescribing/caseload';\nconst x = 'a.js';";
    expect(toCommonJsDeclaration(text)).toBe(text);
  });
});
