/**
 * Criteria nested far beyond the limit, through every entry point that reads
 * a scheme: a stable `too-deep` (or invalid) error, never a stack overflow.
 */
import { describe, expect, it } from 'vitest';
import { ServiceSchema, matchServices, toHsds } from '../../src/directory/index.js';
import { CriterionSchema, MAX_CRITERION_DEPTH, SchemeSchema, checkEligibility, compileScheme, defineScheme, findEligibleSchemes, withArea } from '../../src/eligibility/index.js';
import { deepCriterion, errorProblems } from './hostile.js';

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(errorProblems(error)).toEqual([]);
    return (error as { code: string }).code;
  }
  return 'no error';
}

describe.each([MAX_CRITERION_DEPTH + 1, 1_000, 100_000])('criteria nested %i levels', (depth) => {
  const criteria = deepCriterion(depth);
  const scheme = { id: 'deep', name: 'Deep', criteria } as any;
  const service = { id: 's', name: 'S', organization: { id: 'o' }, needs: ['housing'], eligibility: scheme } as any;
  const person = { age: 30 };
  const referral = { referredOn: '2025-06-01' };

  it('eligibility entry points throw eligibility/too-deep', () => {
    expect(codeOf(() => defineScheme(scheme))).toBe('eligibility/too-deep');
    expect(codeOf(() => checkEligibility(scheme, person, referral))).toBe('eligibility/too-deep');
    expect(codeOf(() => compileScheme(scheme))).toBe('eligibility/too-deep');
    expect(codeOf(() => findEligibleSchemes([scheme], person, referral))).toBe('eligibility/too-deep');
    expect(codeOf(() => withArea(scheme, ['x']))).toBe('eligibility/too-deep');
  });

  it('schemas reject it without overflowing the stack', () => {
    expect(SchemeSchema.safeParse(scheme).success).toBe(false);
    expect(CriterionSchema.safeParse(criteria).success).toBe(false);
    expect(ServiceSchema.safeParse(service).success).toBe(false);
  });

  it('directory entry points throw directory/invalid-service', () => {
    expect(codeOf(() => toHsds(service))).toBe('directory/invalid-service');
    expect(codeOf(() => matchServices([service], { person, referral, needs: ['housing'], asOf: '2025-06-01' }))).toBe('directory/invalid-service');
  });
});

it('criteria at the depth limit are accepted', () => {
  const scheme = defineScheme({ id: 'deep', name: 'Deep', criteria: deepCriterion(MAX_CRITERION_DEPTH - 1) });
  expect(['eligible', 'ineligible', 'needs-information']).toContain(checkEligibility(scheme, { age: 30 }, { referredOn: '2025-06-01' }).decision);
});
