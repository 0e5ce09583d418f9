/**
 * Issue 14, defect 1: every preset, policy, default, constant object and array a module exports
 * is frozen all the way down, so no caller can change the results of every other caller.
 * Walks every export of every subpath (zod schemas and functions aside: they are code, not data).
 */
import { describe, expect, it } from 'vitest';
import { MODULES } from './catalogue.js';

/** Paths under `value` that are objects or arrays not frozen. */
function unfrozenPaths(value: unknown, path: string): string[] {
  const found: string[] = [];
  const seen = new Set<object>();
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length > 0) {
    const [node, at] = stack.pop()!;
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    if (!Object.isFrozen(node)) found.push(at);
    for (const [key, child] of Object.entries(node)) stack.push([child, `${at}.${key}`]);
  }
  return found;
}

const isSchema = (value: unknown): boolean => typeof value === 'object' && value !== null && '_zod' in value;

const dataExports = Object.entries(MODULES).flatMap(([module, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => typeof value === 'object' && value !== null && !isSchema(value))
    .map(([name, value]) => [`${module}.${name}`, value] as const),
);

describe('exported data', () => {
  it('includes the presets, policies and defaults of every module that has them', () => {
    const names = dataExports.map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining(['eligibility.schemes', 'directory.assurancePolicies', 'supervision.supervisionPolicies', 'caseload.DEFAULT_REFERRAL_RATE']),
    );
  });

  it.each(dataExports)('%s is frozen all the way down', (name, value) => {
    expect(unfrozenPaths(value, name)).toEqual([]);
  });

  it('cannot be changed by a caller (the changes the issue made now throw)', () => {
    const { schemes } = MODULES.eligibility;
    const { assurancePolicies } = MODULES.directory;
    const { supervisionPolicies } = MODULES.supervision;
    const { DEFAULT_REFERRAL_RATE, expectedReferrals } = MODULES.caseload;
    const criterion = (schemes.communitiesPreventionCoordinator.criteria as { of: { min?: number }[] }).of[0]!;
    // Checked first, so a failing run cannot change the presets the other tests in this worker use.
    expect([criterion, assurancePolicies.sefton.policies, supervisionPolicies.nhsEnglandMonthly, DEFAULT_REFERRAL_RATE].map(Object.isFrozen)).toEqual([true, true, true, true]);
    expect(() => (criterion.min = 0)).toThrow(TypeError);
    expect(() => ((assurancePolicies.sefton as { policies: unknown[] }).policies.length = 0)).toThrow(TypeError);
    expect(() => ((supervisionPolicies.nhsEnglandMonthly as { minutesPerPeriod: number }).minutesPerPeriod = 5)).toThrow(TypeError);
    expect(() => ((DEFAULT_REFERRAL_RATE as { min: number }).min = 0.015)).toThrow(TypeError);
    expect(expectedReferrals({ listSize: 10_000 })).toEqual({ min: 120, max: 160 });
  });
});
