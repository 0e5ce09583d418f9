import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const built = existsSync(resolve(root, 'dist/caseload/index.js'));

const zodFree = [
  ['caseload', '{ planCaseload }'],
  ['calendar', '{ isWorkingDay, addWorkingDays, workingDaysBetween, nextWorkingDay, ukBankHolidays }'],
  ['referrals', '{ contactSummary, referralStatus, planContacts }'],
  ['outcomes', '{ scoreSwemwbs, wilsonInterval }'],
  ['synthetic', '{ generateReferrals, referralStream }'],
] as const;

describe.skipIf(!built)('tree-shaken bundles', () => {
  it.each(zodFree)('%s: %s bundles without zod', async (module, names) => {
    const result = await build({
      stdin: { contents: `export ${names} from './dist/${module}/index.js';`, resolveDir: root },
      bundle: true,
      write: false,
      format: 'esm',
      metafile: true,
      minify: true,
      platform: 'neutral',
    });
    // Inputs that contribute bytes to the output (parsed but tree-shaken files are not listed).
    const inputs = Object.values(result.metafile.outputs).flatMap((output) => Object.keys(output.inputs));
    expect(inputs.some((input) => input.includes('node_modules/zod'))).toBe(false);
    expect(inputs.some((input) => input.includes('dist/'))).toBe(true);
    expect(inputs.some((input) => input.includes('src/'))).toBe(false);
  });
});
