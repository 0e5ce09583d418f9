/**
 * The generator's hand-written option check (`prepare`, kept because zod does not fit in the
 * no-zod size budget of generateReferrals and referralStream) accepts and rejects exactly what
 * SyntheticReferralOptionsSchema does: the schema is the rule, the check its fast copy.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import { SyntheticReferralOptionsSchema } from '../../src/synthetic/index.js';
import { prepare } from '../../src/synthetic/generate.js';

const hostile = fc.oneof(
  fc.constantFrom(undefined, null, true, '', ' ', NaN, Infinity, -Infinity, -0, 0.5, -1, 2 ** 53, 1e9 + 1, [], {}, () => 1),
  fc.anything(),
);
const date = fc.oneof(
  fc.constantFrom('2025-04-01', '2026-03-31', '2025-02-29', '2024-02-29', '9997-12-31', '9998-01-01', '2025-4-1', '1000-01-01', '0999-12-31'),
  fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
// Mostly good values with now and then a bad one, so that a bad value is often the only one and decides.
const mostly = <T>(good: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 12 }, { arbitrary: hostile, weight: 1 });
const id = fc.oneof(fc.constantFrom('north', 'south', 'a', '', 'p'.repeat(128), 'q'.repeat(129)), fc.string({ maxLength: 3 }));
const weight = fc.oneof(fc.constantFrom(undefined, 1, 0, -1, 0.5, 5e-324, 1e308, Infinity, NaN, null, '2'), fc.double());
const pcn = fc.oneof(
  { arbitrary: id, weight: 4 },
  { arbitrary: fc.record({ id, weight }, { requiredKeys: ['id'] }), weight: 4 },
  { arbitrary: fc.record({ id: hostile, weight }, { requiredKeys: [] }), weight: 1 },
  { arbitrary: hostile, weight: 1 },
);
const pcns = fc.oneof(
  { arbitrary: fc.array(pcn, { maxLength: 4 }), weight: 8 },
  {
    arbitrary: fc.array(pcn, { maxLength: 4 }).map((list) => {
      const sparse = [...list];
      sparse.length += 1; // a hole at the end
      return sparse;
    }),
    weight: 1,
  },
  { arbitrary: hostile, weight: 1 },
);
const whole = (max: number) => mostly(fc.oneof(fc.integer({ min: -2, max: 20 }), fc.constantFrom(max, max + 1, Number.MAX_SAFE_INTEGER)));
const options = mostly(
  fc.record(
    {
      count: whole(1e9),
      seed: mostly(fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.double())),
      from: mostly(date),
      to: mostly(date),
      pcns,
      offset: whole(Number.MAX_SAFE_INTEGER),
      colour: hostile,
    },
    { requiredKeys: [] },
  ).map((value) => {
    // Most calls give the required options and no unknown one.
    const { colour, ...known } = value;
    return colour === 0 ? value : { count: 1, seed: 's', from: '2025-04-01', to: '2025-06-30', ...known };
  }),
);

function kernelAccepts(value: unknown): boolean {
  try {
    prepare(value as never);
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(SocialPrescribingError);
    expect((error as SocialPrescribingError).code).toBe('synthetic/invalid-options');
    return false;
  }
}

describe('synthetic options check', () => {
  test.prop([options], { numRuns: 3000 })('accepts and rejects exactly what SyntheticReferralOptionsSchema does', (value) => {
    expect(kernelAccepts(value)).toBe(SyntheticReferralOptionsSchema.safeParse(value).success);
  });

  test.prop([fc.record({ count: fc.integer({ min: 0, max: 1e9 }), seed: fc.oneof(fc.string(), fc.integer()), from: date, to: date }, { requiredKeys: ['count', 'seed', 'from', 'to'] })], {
    numRuns: 500,
  })('on well-formed options too (the dates in either order, near the last start)', (value) => {
    expect(kernelAccepts(value)).toBe(SyntheticReferralOptionsSchema.safeParse(value).success);
  });
});
