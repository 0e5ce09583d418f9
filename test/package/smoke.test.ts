import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

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

/** Extra probes of the root entry and the shared error class, keyed like the module calls. */
const extra: Record<string, [subpath: string, call: string]> = {
  'root planCaseload': ['.', 'typeof m.planCaseload'],
  'root SocialPrescribingError': ['.', 'typeof m.SocialPrescribingError'],
};

/**
 * Runs every call in ONE child process per format (two in all, not two per module: each
 * node start cost about half a second), returning each call's JSON by key.
 */
function runAll(kind: 'esm' | 'cjs'): Record<string, string> {
  const probes = [...Object.entries(calls).map(([subpath, call]) => [subpath, subpath, call]), ...Object.entries(extra).map(([key, [subpath, call]]) => [key, subpath, call])];
  const load = (subpath: string) => {
    const specifier = subpath === '.' ? 'social-prescribing' : `social-prescribing/${subpath}`;
    return kind === 'esm' ? `await import('${specifier}')` : `require('${specifier}')`;
  };
  const body = probes.map(([key, subpath, call]) => `{ const m = ${load(subpath!)}; out[${JSON.stringify(key)}] = JSON.stringify(${call}); }`).join('\n');
  const errorCheck =
    kind === 'cjs'
      ? `{ const core = require('social-prescribing/core'); const c = require('social-prescribing/caseload');
          try { c.expectedReferrals({ listSize: -1 }); } catch (e) { out.sharedError = JSON.stringify(e instanceof core.SocialPrescribingError); } }`
      : '';
  const script = `const out = {};\n${body}\n${errorCheck}\nconsole.log(JSON.stringify(out));`;
  // Self-reference by package name works from inside the package directory.
  const stdout = execFileSync(process.execPath, [kind === 'esm' ? '--input-type=module' : '--input-type=commonjs', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(stdout) as Record<string, string>;
}

describe.skipIf(!built)('the built package, imported by name', () => {
  let esm: Record<string, string> = {};
  let cjs: Record<string, string> = {};
  beforeAll(() => {
    esm = runAll('esm');
    cjs = runAll('cjs');
  });

  for (const subpath of Object.keys(calls)) {
    it(`social-prescribing/${subpath} works from ESM and CJS`, () => {
      expect(esm[subpath]).toBeDefined();
      expect(esm[subpath]).not.toBe('undefined');
      expect(cjs[subpath]).toBe(esm[subpath]);
    });
  }

  it('the root entry exposes every module', () => {
    expect(esm['root planCaseload']).toBe('"function"');
    expect(cjs['root SocialPrescribingError']).toBe('"function"');
  });

  it('SocialPrescribingError is one class across subpaths (shared chunk)', () => {
    expect(cjs['sharedError']).toBe('true');
  });
});
