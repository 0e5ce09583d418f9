/**
 * The lifecycle functions' guard (checkReferral, kept by hand for their no-zod size budget)
 * lets through exactly what ReferralGuardSchema accepts.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import { checkReferral, ReferralGuardSchema } from '../../src/referrals/guard.js';

const hostile = fc.oneof(
  fc.constantFrom(undefined, null, true, '', 5, [], {}, [[]], () => 1, new Date(0), Object.create(null)),
  fc.anything({ withNullPrototype: true, withSparseArray: true, withBoxedValues: true }),
);
const mostly = <T>(good: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 8 }, { arbitrary: hostile, weight: 1 });
const entries = mostly(fc.array(mostly(fc.record({ on: fc.string(), type: fc.string() }, { requiredKeys: [] })), { maxLength: 3 }));
const referral = mostly(fc.record({ referredOn: mostly(fc.string()), events: entries, contacts: entries, other: hostile }, { requiredKeys: [] }));

function guardAccepts(value: unknown): boolean {
  try {
    checkReferral(value);
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(SocialPrescribingError);
    expect((error as SocialPrescribingError).code).toBe('referrals/invalid-referral');
    return false;
  }
}

describe('checkReferral', () => {
  test.prop([referral], { numRuns: 3000 })('lets through exactly what ReferralGuardSchema accepts', (value) => {
    expect(guardAccepts(value)).toBe(ReferralGuardSchema.safeParse(value).success);
  });
});
