import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedReferrals, linkWorkersNeeded } from '../../src/caseload/index.js';
import { SocialPrescribingError } from '../../src/core/index.js';
import { codeOf } from '../support/errorOf.js';

describe('expectedReferrals', () => {
  it('applies the default 1.2–1.6% to a list size', () => {
    expect(expectedReferrals({ listSize: 40_000 })).toEqual({ min: 480, max: 640 });
    expect(expectedReferrals({ listSize: 0 })).toEqual({ min: 0, max: 0 });
  });

  it('takes a single rate or a range of rates and list sizes', () => {
    expect(expectedReferrals({ listSize: 10_000, rate: 0.02 })).toEqual({ min: 200, max: 200 });
    expect(expectedReferrals({ listSize: { min: 30_000, max: 50_000 }, rate: { min: 0.01, max: 0.02 } })).toEqual({
      min: 300,
      max: 1000,
    });
  });

  it('rounds to whole people', () => {
    expect(expectedReferrals({ listSize: 12_345 })).toEqual({ min: 148, max: 198 });
  });

  it.each([
    [{ listSize: -1 }, 'caseload/invalid-list-size'],
    [{ listSize: 1.5 }, 'caseload/invalid-list-size'],
    [{ listSize: Number.NaN }, 'caseload/invalid-list-size'],
    [{ listSize: Infinity }, 'caseload/invalid-list-size'],
    [{ listSize: '40000' }, 'caseload/invalid-list-size'],
    [{ listSize: { min: 50_000, max: 30_000 } }, 'caseload/inverted-range'],
    [{ listSize: 1000, rate: 1.6 }, 'caseload/rate-above-one'],
    [{ listSize: 1000, rate: -0.01 }, 'caseload/invalid-rate'],
    [{ listSize: 1000, rate: Number.NaN }, 'caseload/invalid-rate'],
    [{ listSize: 1000, rate: { min: 0.016, max: 0.012 } }, 'caseload/inverted-range'],
    [{ listSize: 1000, rate: { min: 0.01 } }, 'caseload/invalid-rate'],
    [null, 'caseload/invalid-options'],
    [[], 'caseload/invalid-options'],
  ])('rejects %j with %s', (options, code) => {
    expect(codeOf(() => expectedReferrals(options as never))).toBe(code);
  });

  it('names the path and never the value', () => {
    try {
      expectedReferrals({ listSize: { min: 123_456.5, max: 200_000 } });
    } catch (error) {
      expect(error).toBeInstanceOf(SocialPrescribingError);
      const e = error as SocialPrescribingError;
      expect(e.issues).toEqual([{ path: ['listSize', 'min'], message: expect.any(String) }]);
      expect(e.message).not.toContain('123');
    }
  });

  it('normalises -0', () => {
    expect(Object.is(expectedReferrals({ listSize: -0 }).min, 0)).toBe(true);
  });
});

const listSize = fc.integer({ min: 0, max: 2_000_000 });
const rate = fc.double({ min: 0, max: 1, noNaN: true });
const rateRange = fc.tuple(rate, rate).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));

describe('expectedReferrals laws', () => {
  it('a bigger list never gives fewer referrals', () => {
    fc.assert(
      fc.property(listSize, listSize, rateRange, (a, b, r) => {
        const [small, big] = a <= b ? [a, b] : [b, a];
        const low = expectedReferrals({ listSize: small, rate: r });
        const high = expectedReferrals({ listSize: big, rate: r });
        expect(high.min).toBeGreaterThanOrEqual(low.min);
        expect(high.max).toBeGreaterThanOrEqual(low.max);
      }),
    );
  });

  it('a wider rate never gives fewer referrals and never a narrower range', () => {
    fc.assert(
      fc.property(listSize, rateRange, rate, rate, (size, r, lower, higher) => {
        const wide = { min: Math.min(r.min, lower), max: Math.max(r.max, higher) };
        const narrow = expectedReferrals({ listSize: size, rate: r });
        const wider = expectedReferrals({ listSize: size, rate: wide });
        expect(wider.min).toBeLessThanOrEqual(narrow.min);
        expect(wider.max).toBeGreaterThanOrEqual(narrow.max);
      }),
    );
  });

  it('never returns NaN or Infinity, and min <= max', () => {
    fc.assert(
      fc.property(fc.oneof(listSize, fc.tuple(listSize, listSize).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }))), rateRange, (size, r) => {
        const result = expectedReferrals({ listSize: size, rate: r });
        expect(Number.isFinite(result.min) && Number.isFinite(result.max)).toBe(true);
        expect(result.min).toBeLessThanOrEqual(result.max);
        const workers = linkWorkersNeeded({ referralsPerYear: result });
        expect(Number.isFinite(workers.min) && Number.isFinite(workers.max)).toBe(true);
      }),
    );
  });
});
