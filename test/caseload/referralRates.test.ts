import { describe, expect, it } from 'vitest';
import { DEFAULT_REFERRAL_RATE, REFERRAL_RATES, ReferralRateSchema } from '../../src/caseload/index.js';

function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

describe('REFERRAL_RATES', () => {
  it('names the DES rate and the rate observed in England in 2023', () => {
    expect(REFERRAL_RATES.des).toEqual({
      id: 'des',
      label: 'DES 1.2–1.6%',
      rate: { min: 0.012, max: 0.016 },
      source:
        'NWS Community of Practice – Role Mapping, North West Surrey Community of Practice, draft, 1 December 2022: "Decided by % of patient list size identified in DES contract. 1.2 – 1.6% of patients for each PCN"; no national document found states it',
    });
    expect(REFERRAL_RATES.des.rate).toEqual(DEFAULT_REFERRAL_RATE);
    expect(REFERRAL_RATES.observedEngland2023.id).toBe('observed-england-2023');
    expect(REFERRAL_RATES.observedEngland2023.label).toBe('observed 2023, 2%');
    expect(REFERRAL_RATES.observedEngland2023.rate).toEqual({ min: 0.02, max: 0.02 });
    expect(REFERRAL_RATES.observedEngland2023.source).toContain('https://doi.org/10.1016/S2468-2667(25)00217-8');
    expect(REFERRAL_RATES.observedEngland2023.source).not.toMatch(/shared\//);
  });

  it('gives the observed rate to the precision of its inputs: 1.3 million over 61.0 million, to one significant figure', () => {
    expect(REFERRAL_RATES.observedEngland2023.rate.min).toBe(Number((1_300_000 / 61_032_314).toPrecision(1)));
  });

  it('is deeply frozen, and each preset passes its own schema', () => {
    expect(deeplyFrozen(REFERRAL_RATES)).toBe(true);
    expect(() => {
      (REFERRAL_RATES.des.rate as { min: number }).min = 0.5;
    }).toThrow(TypeError);
    for (const rate of Object.values(REFERRAL_RATES)) expect(ReferralRateSchema.safeParse(rate).success).toBe(true);
  });
});

describe('ReferralRateSchema', () => {
  const issues = (value: unknown) => ReferralRateSchema.safeParse(value).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

  it('takes a proportion or a range of proportions, from 0 to 1 inclusive', () => {
    for (const rate of [0, 1, 0.02, { min: 0, max: 1 }, { min: 0.01, max: 0.01 }]) {
      expect(ReferralRateSchema.safeParse({ id: 'a', label: 'A', rate }).success, JSON.stringify(rate)).toBe(true);
    }
    expect(issues({ id: 'a', label: 'A', rate: 1.6 })).toEqual([['rate', 'must be a proportion from 0 to 1 (write 1.6% as 0.016)']]);
    expect(issues({ id: 'a', label: 'A', rate: -0.01 })).toEqual([['rate', 'must be a proportion from 0 to 1 (write 1.6% as 0.016)']]);
    expect(issues({ id: 'a', label: 'A', rate: { min: 0.02, max: 0.01 } })).toEqual([['rate.min', 'min must not be greater than max']]);
    expect(issues({ id: 'a', label: 'A', rate: { min: 0.01, max: 1.01 } })).toEqual([['rate.max', 'must be a proportion from 0 to 1 (write 1.6% as 0.016)']]);
  });

  it('takes ids of 1 to 40 lower-case letters, digits and hyphens, not starting with a hyphen', () => {
    const rule = 'must be 1 to 40 lower-case letters, digits and hyphens, starting with a letter or digit';
    expect(ReferralRateSchema.safeParse({ id: `a${'-'.repeat(39)}`, label: 'A', rate: 0 }).success).toBe(true);
    expect(ReferralRateSchema.safeParse({ id: '9', label: 'A', rate: 0 }).success).toBe(true);
    for (const id of ['', '-a', 'A', 'a b', 'a.b', `a${'b'.repeat(40)}`, 'a\n']) {
      expect(issues({ id, label: 'A', rate: 0 }), JSON.stringify(id)).toEqual([['id', rule]]);
    }
  });

  it('takes a label of 1 to 80 characters, an optional non-empty source, and nothing else', () => {
    expect(ReferralRateSchema.safeParse({ id: 'a', label: 'x'.repeat(80), rate: 0, source: 'S' }).success).toBe(true);
    expect(issues({ id: 'a', label: '', rate: 0 })).toEqual([['label', 'must not be empty']]);
    expect(issues({ id: 'a', label: 'x'.repeat(81), rate: 0 })).toEqual([['label', 'must be at most 80 characters']]);
    expect(issues({ id: 'a', label: 'A', rate: 0, source: '' })).toEqual([['source', 'must not be empty']]);
    expect(ReferralRateSchema.safeParse({ id: 'a', label: 'A', rate: 0, note: 'x' }).success).toBe(false);
  });
});
