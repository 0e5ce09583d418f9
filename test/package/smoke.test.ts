import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const built = existsSync(resolve(root, 'dist/index.js'));

/** One call per module, run against the built package by name. */
const calls: Record<string, string> = {
  core: `m.isIsoDate('2025-04-01')`,
  caseload: `m.expectedReferrals({ listSize: 40000 }).max`,
  eligibility: `m.checkEligibility(m.schemes.communitiesPreventionCoordinator, { age: 30, residence: { borough: 'Woking' } }, { referredOn: '2025-06-01' }).decision`,
  directory: `m.assessProvider({ id: 's', name: 'S', organization: { id: 'o' }, needs: ['housing'] }, { asOf: '2025-06-01' }).assured`,
  outcomes: `m.wilsonInterval(7, 10).value`,
  synthetic: `m.generateReferrals({ count: 2, seed: 1, from: '2025-04-01', to: '2025-04-30' }).length`,
  csv: `m.parseCsv('a,b\\n1,2').length`,
  referrals: `m.referralStatus({ id: 'R-1', referredOn: '2025-04-01', source: 'self', needs: [], events: [], contacts: [], goals: [], onward: [], measures: [] }, '2025-04-02')`,
  calendar: `m.workingDaysBetween('2025-01-01', '2025-12-31')`,
  supervision: `m.supervisionSchedule({ from: '2025-04-01', to: '2025-06-30' }).length`,
  render: `[typeof m.chartToSvg, typeof m.chartToPng, m.RenderOptionsSchema.safeParse({ scale: 2 }).success]`,
  fhir: `m.referralToFhir({ id: 'R-1', referredOn: '2025-04-01', source: 'self' }).entry.length`,
};

function run(kind: 'esm' | 'cjs', subpath: string, call: string): string {
  const specifier = subpath === '.' ? 'social-prescribing' : `social-prescribing/${subpath}`;
  const script =
    kind === 'esm'
      ? `import * as m from '${specifier}'; console.log(JSON.stringify(${call}));`
      : `const m = require('${specifier}'); console.log(JSON.stringify(${call}));`;
  // Self-reference by package name works from inside the package directory.
  return execFileSync(process.execPath, [kind === 'esm' ? '--input-type=module' : '--input-type=commonjs', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
}

describe.skipIf(!built)('the built package, imported by name', () => {
  for (const [subpath, call] of Object.entries(calls)) {
    it(`social-prescribing/${subpath} works from ESM and CJS`, () => {
      const esm = run('esm', subpath, call);
      const cjs = run('cjs', subpath, call);
      expect(esm).not.toBe('undefined');
      expect(cjs).toBe(esm);
    });
  }

  it('the root entry exposes every module', () => {
    expect(run('esm', '.', `typeof m.planCaseload`)).toBe('"function"');
    expect(run('cjs', '.', `typeof m.SocialPrescribingError`)).toBe('"function"');
  });

  it('SocialPrescribingError is one class across subpaths (shared chunk)', () => {
    const script = `const core = require('social-prescribing/core'); const c = require('social-prescribing/caseload');
      try { c.expectedReferrals({ listSize: -1 }); } catch (e) { console.log(e instanceof core.SocialPrescribingError); }`;
    expect(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }).trim()).toBe('true');
  });
});
