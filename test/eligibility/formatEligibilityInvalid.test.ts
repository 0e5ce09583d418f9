/** formatEligibility throws eligibility/invalid-result for a malformed result, never a TypeError or "undefined" text. */
import { describe, expect, it } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import { checkEligibility, formatEligibility, schemes, type EligibilityResult } from '../../src/eligibility/index.js';
import { codeOf } from '../support/errorOf.js';

const result = (): EligibilityResult =>
  checkEligibility(schemes.communitiesPreventionCoordinator, { age: 17, residence: { borough: 'Woking' } }, { referredOn: '2025-06-01' });

describe('formatEligibility with a malformed result', () => {
  const cases: [string, () => unknown][] = [
    ['null', () => null],
    ['a string', () => 'eligible'],
    ['no scheme name', () => ({ ...result(), schemeName: undefined })],
    ['checks null', () => ({ ...result(), checks: null })],
    ['an unknown status', () => ({ ...result(), checks: { ...result().checks, status: 'maybe' } })],
    ['a status named after a prototype key', () => ({ ...result(), checks: { ...result().checks, status: 'toString' } })],
    ['a numeric reason', () => ({ ...result(), checks: { ...result().checks, reason: 1 } })],
    ['children not a list', () => ({ ...result(), checks: { ...result().checks, checks: {} } })],
    ['a null child', () => ({ ...result(), checks: { ...result().checks, checks: [null] } })],
    ['missing not a list', () => ({ ...result(), missing: 'age' })],
    ['a symbol among the missing facts', () => ({ ...result(), missing: [Symbol('age')] })],
  ];
  it.each(cases)('rejects %s with eligibility/invalid-result', (_, make) => {
    expect(codeOf(() => formatEligibility(make() as EligibilityResult))).toBe('eligibility/invalid-result');
  });

  it('a check tree deeper than the stack is an eligibility/invalid-result', () => {
    let checks: unknown = { label: null, status: 'met', reason: 'leaf', checks: [] };
    for (let depth = 0; depth < 100_000; depth++) checks = { label: null, status: 'met', reason: 'node', checks: [checks] };
    expect(codeOf(() => formatEligibility({ ...result(), checks } as never))).toBe('eligibility/invalid-result');
  });

  it('still formats a valid result, and names no value in the error', () => {
    expect(formatEligibility(result()).split('\n')[0]).toBe('Communities and prevention coordinator (North West Surrey): ineligible');
    try {
      formatEligibility({ ...result(), missing: ['943 476 5919', 4] } as never);
      expect.unreachable();
    } catch (error) {
      expect((error as SocialPrescribingError).issues[0]?.path).toEqual(['result', 'missing']);
      expect((error as SocialPrescribingError).message).not.toContain('943');
    }
  });
});
