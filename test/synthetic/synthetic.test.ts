import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/core/index.js';
import { summarizeOutcomes } from '../../src/outcomes/index.js';
import { ReferralSchema } from '../../src/referrals/index.js';
import { generateReferrals, referralStream, SYNTHETIC_DISTRIBUTIONS } from '../../src/synthetic/index.js';
import { hashSeed, mulberry32 } from '../../src/synthetic/random.js';
import { thrownError } from '../support/errorOf.js';

const base = { seed: 2025, from: '2025-04-01', to: '2026-03-31' } as const;

describe('determinism', () => {
  it('gives the same records for a seed on every machine (pinned digest)', () => {
    const text = JSON.stringify(generateReferrals({ ...base, count: 500 }));
    // Only 32-bit integer operations and IEEE 754 +, −, ×, ÷ (correctly rounded everywhere) make a record: this digest must not change across machines or time zones.
    expect(createHash('sha256').update(text).digest('hex').slice(0, 16)).toMatchInlineSnapshot(`"d2a64b55284134d3"`);
    expect(generateReferrals({ ...base, count: 1 })[0]?.id).toBe(`syn-${hashSeed(2025).toString(36)}-1`);
  });

  it('differs between seeds, and string and number seeds differ', () => {
    const a = generateReferrals({ ...base, count: 5 });
    expect(generateReferrals({ ...base, seed: 2026, count: 5 })).not.toEqual(a);
    expect(generateReferrals({ ...base, seed: '2025', count: 5 })).not.toEqual(a);
  });

  it('makes record i the same in any slice', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }), (offset, count) => {
        const whole = generateReferrals({ ...base, count: 80 });
        expect(generateReferrals({ ...base, count, offset })).toEqual(whole.slice(offset, offset + count));
      }),
      { numRuns: 20 },
    );
  });

  it('streams lazily and can be read twice', () => {
    const stream = referralStream({ ...base, count: 3 });
    expect([...stream]).toEqual([...stream]);
    const huge = referralStream({ ...base, count: 1_000_000_000 });
    const first = huge[Symbol.iterator]().next();
    expect(first.done).toBe(false);
  });

  it('has a uniform generator', () => {
    const random = mulberry32(1);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) {
      const u = random.next();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
    }
    expect(sum / 10_000).toBeCloseTo(0.5, 1);
  });
});

describe('validity', () => {
  it('every record passes ReferralSchema and lies in the period and PCNs', () => {
    const records = generateReferrals({ ...base, count: 3000, pcns: ['N', { id: 'S', weight: 3 }] });
    for (const r of records) {
      const parsed = ReferralSchema.safeParse(r);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(r.referredOn >= base.from && r.referredOn <= base.to).toBe(true);
    }
    const south = records.filter((r) => r.pcn === 'S').length / records.length;
    expect(south).toBeGreaterThan(0.7);
    expect(south).toBeLessThan(0.8);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('every record passes ReferralSchema for any seed, period and PCN list', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.integer()),
        fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2090-12-31') }),
        fc.integer({ min: 0, max: 800 }),
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 5 }),
        (seed, fromDay, length, pcns) => {
          const from = fromDayNumber(fromDay);
          const to = fromDayNumber(fromDay + length);
          for (const r of referralStream({ count: 40, seed, from, to, pcns })) {
            expect(ReferralSchema.safeParse(r).success).toBe(true);
            expect(r.referredOn >= from && r.referredOn <= to && pcns.includes(r.pcn!)).toBe(true);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('works for a one-day period and for zero records', () => {
    expect(generateReferrals({ ...base, from: '2025-04-01', to: '2025-04-01', count: 20 }).every((r) => r.referredOn === '2025-04-01')).toBe(true);
    expect(generateReferrals({ ...base, count: 0 })).toEqual([]);
  });
});

describe('distributions follow the seeds', () => {
  const summary = summarizeOutcomes(referralStream({ ...base, count: 20_000 }));
  const t = summary.total;

  it('engagement ~70%, goals met ~65%, positive outcomes ~84% (Dundee)', () => {
    expect(t.engagementRate!.value).toBeGreaterThan(0.66);
    expect(t.engagementRate!.value).toBeLessThan(0.74);
    expect(t.goals.metRate!.value).toBeGreaterThan(0.62);
    expect(t.goals.metRate!.value).toBeLessThan(0.68);
    expect(t.positiveOutcomeRate!.value).toBeGreaterThan(0.8);
    expect(t.positiveOutcomeRate!.value).toBeLessThan(0.88);
    expect(t.demographics.aged20To59Rate!.value).toBeGreaterThan(0.73);
    expect(t.demographics.aged20To59Rate!.value).toBeLessThan(0.79);
  });

  it('contacts mostly 6–12', () => {
    expect(t.contacts.withinExpectedRate!.value).toBeGreaterThan(0.7);
    expect(t.contacts.median).toBeGreaterThanOrEqual(6);
    expect(t.contacts.median).toBeLessThanOrEqual(12);
  });

  it('Tower Hamlets needs mix and onward referrals', () => {
    for (const [need, rate] of Object.entries(SYNTHETIC_DISTRIBUTIONS.needRates)) {
      expect(Math.abs(t.needs[need as keyof typeof t.needs].share!.value - rate)).toBeLessThan(0.015);
    }
    expect(t.onward.threeOrMoreRate!.value).toBeGreaterThan(0.2);
    expect(t.onward.threeOrMoreRate!.value).toBeLessThan(0.25);
    expect(t.onward.distinctOrganisations).toBe(279);
    expect(t.onward.distinctActivities).toBe(333);
  });

  it('SWEMWBS below population norms at baseline, with a modest gain', () => {
    const w = t.wellbeing.swemwbs!;
    expect(w.meanBaseline).toBeGreaterThan(18.5);
    expect(w.meanBaseline).toBeLessThan(20.5);
    expect(w.meanChange).toBeGreaterThan(1);
    expect(w.meanChange).toBeLessThan(3);
  });

  it('sources weighted to GP practices', () => {
    const bySource = summarizeOutcomes(referralStream({ ...base, count: 2000 }), { groupBy: 'source' });
    const gp = bySource.groups.find((g) => g.key === 'gp-practice')!.referrals / 2000;
    expect(gp).toBeGreaterThan(0.65);
    expect(gp).toBeLessThan(0.75);
  });
});

describe('options', () => {
  it('reports every bad option', () => {
    const e = thrownError(() => generateReferrals({ count: -1, seed: 1.5, from: '2025-13-01', to: 'x', offset: -2, colour: 1 } as never));
    expect(e.code).toBe('synthetic/invalid-options');
    expect(e.issues.map((i) => i.path)).toEqual([['colour'], ['count'], ['seed'], ['from'], ['to'], ['offset']]);
    expect(thrownError(() => generateReferrals(null as never)).code).toBe('synthetic/invalid-options');
    expect(thrownError(() => generateReferrals({ ...base, count: 1, from: '2026-01-01', to: '2025-01-01' })).issues[0]?.path).toEqual(['from']);
    expect(thrownError(() => generateReferrals({ ...base, count: 1, pcns: [] })).issues[0]?.path).toEqual(['pcns']);
    expect(
      thrownError(() => generateReferrals({ ...base, count: 1, pcns: ['a', 'a', '', { id: 'b', weight: 0 }, null as never] })).issues.map((i) => i.path),
    ).toEqual([
      ['pcns', 1, 'id'],
      ['pcns', 2, 'id'],
      ['pcns', 3, 'weight'],
      // An entry that is neither an id nor an object is reported at the entry, not at an id it does not have.
      ['pcns', 4],
    ]);
  });
});
