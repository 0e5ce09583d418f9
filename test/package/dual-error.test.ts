/**
 * Issue 14, defect 13: an error thrown by one build of the library is an instance of the other
 * build's SocialPrescribingError. Loads the built dist/ in a plain Node process, the ESM files with
 * `import` and the CJS files with `require`, so each build has its own class, as a consumer's mixed
 * ESM and CJS dependencies would. Needs `npm run build` first; skipped (with the reason printed) when
 * dist/ is absent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const files = ['core/index.js', 'core/index.cjs', 'caseload/index.js', 'csv/index.cjs'];
const missing = files.filter((file) => !existsSync(join(dist, file)));
const reason = missing.length > 0 ? `skipped: dist/ is not built (${missing.join(', ')} missing; run npm run build)` : null;
if (reason !== null) console.log(`dual ESM/CJS error test ${reason}`);

/** Runs `body` as an ES module with `esm(path)` (import) and `cjs(path)` (require) over dist/, and returns what it prints as JSON. */
function run(body: string): unknown {
  const url = (file: string) => pathToFileURL(join(dist, file)).href;
  const script = [
    `import { createRequire } from 'node:module';`,
    `const require = createRequire(${JSON.stringify(url('core/index.cjs'))});`,
    `const esm = (file) => import(${JSON.stringify(`${pathToFileURL(dist).href}/`)} + file);`,
    `const cjs = (file) => require(${JSON.stringify(dist)} + '/' + file);`,
    `const caught = (run) => { try { run(); } catch (error) { return error; } return null; };`,
    body,
  ].join('\n');
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }));
}

describe.skipIf(reason !== null)('SocialPrescribingError across the built ESM and CJS copies', () => {
  it('the two builds have two classes, and each recognises the errors of the other', () => {
    const result = run(`
      const esmCore = await esm('core/index.js');
      const cjsCore = cjs('core/index.cjs');
      const fromEsm = caught(() => esmCore.toDayNumber('2025-02-30'));
      const fromCjs = caught(() => cjsCore.toDayNumber('2025-02-30'));
      console.log(JSON.stringify({
        sameClass: esmCore.SocialPrescribingError === cjsCore.SocialPrescribingError,
        esmInCjs: fromEsm instanceof cjsCore.SocialPrescribingError,
        cjsInEsm: fromCjs instanceof esmCore.SocialPrescribingError,
        guards: [cjsCore.isSocialPrescribingError(fromEsm, 'core/invalid-date'), esmCore.isSocialPrescribingError(fromCjs, 'core/invalid-date'),
          esmCore.isSocialPrescribingError(fromCjs, 'core/invalid-day-number'), cjsCore.isSocialPrescribingError(new Error('core/invalid-date'))],
        plainError: new Error('x') instanceof cjsCore.SocialPrescribingError,
      }));
    `);
    expect(result).toEqual({ sameClass: false, esmInCjs: true, cjsInEsm: true, guards: [true, true, false, false], plainError: false });
  });

  it("an error from import('social-prescribing/caseload') is an instance of require('social-prescribing/core')'s class, and back", () => {
    const result = run(`
      const caseload = await esm('caseload/index.js');
      const csv = cjs('csv/index.cjs');
      const cjsCore = cjs('core/index.cjs');
      const esmCore = await esm('core/index.js');
      const fromCaseload = caught(() => caseload.expectedReferrals({ listSize: -1 }));
      const fromCsv = caught(() => csv.formatCsv([[undefined]]));
      console.log(JSON.stringify({
        caseload: [fromCaseload instanceof cjsCore.SocialPrescribingError, cjsCore.isSocialPrescribingError(fromCaseload, fromCaseload?.code)],
        csv: [fromCsv instanceof esmCore.SocialPrescribingError, esmCore.isSocialPrescribingError(fromCsv, 'csv/invalid-cell')],
      }));
    `);
    expect(result).toEqual({ caseload: [true, true], csv: [true, true] });
  });
});
