import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/core/index.js';
import {
  createOutcomeAccumulator,
  summarizeOutcomes,
  type OutcomeRow,
  type OutcomeSummary,
  type OutcomeSummaryOptions,
  type Rate,
} from '../../src/outcomes/index.js';
import { CLOSE_REASONS, GOAL_STATUSES, NEED_CATEGORIES, type Referral } from '../../src/referrals/index.js';

const day0 = toDayNumber('2025-01-01');
const date = (offset: number) => fromDayNumber(day0 + offset);

/** Referrals with every part the summary reads, drawn from small vocabularies so groups and ids repeat. */
const referralArb: fc.Arbitrary<Referral> = fc
  .record({
    id: fc.uuid(),
    day: fc.integer({ min: 0, max: 400 }),
    source: fc.constantFrom('gp-practice', 'self', 'vcse'),
    pcn: fc.option(fc.constantFrom('A', 'B', 'C'), { nil: undefined }),
    needs: fc.array(fc.constantFrom(...NEED_CATEGORIES), { maxLength: 3 }),
    accepted: fc.boolean(),
    declined: fc.boolean(),
    close: fc.option(fc.constantFrom(...CLOSE_REASONS), { nil: undefined }),
    contacts: fc.array(fc.boolean(), { maxLength: 14 }),
    goals: fc.array(fc.constantFrom(...GOAL_STATUSES), { maxLength: 3 }),
    onward: fc.array(fc.record({ kind: fc.constantFrom('referral', 'signpost'), org: fc.integer({ min: 1, max: 6 }), act: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }) }), { maxLength: 4 }),
    swemwbs: fc.option(fc.tuple(fc.integer({ min: 7, max: 35 }), fc.integer({ min: 7, max: 35 })), { nil: undefined }),
    ucla: fc.option(fc.tuple(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 3, max: 9 })), { nil: undefined }),
    birthYear: fc.option(fc.integer({ min: 1925, max: 2010 }), { nil: undefined }),
  })
  .map((g): Referral => {
    const events: Referral['events'] = [];
    if (g.declined) events.push({ type: 'declined', on: date(g.day + 1) });
    else if (g.accepted) events.push({ type: 'accepted', on: date(g.day + 1) });
    if (g.close !== undefined) events.push({ type: 'closed', on: date(g.day + 100), reason: g.close });
    return {
      id: g.id,
      referredOn: date(g.day),
      source: g.source,
      ...(g.pcn === undefined ? {} : { pcn: g.pcn }),
      ...(g.birthYear === undefined ? {} : { person: { birthYear: g.birthYear } }),
      needs: g.needs,
      events,
      contacts: g.contacts.map((came, i) => ({ on: date(g.day + 7 * (i + 1)), mode: 'telephone', attended: came })),
      goals: g.goals.map((status) => ({ setOn: date(g.day + 2), status })),
      onward: g.onward.map((o) => ({
        kind: o.kind,
        organisationId: `org-${o.org}`,
        ...(o.act === undefined ? {} : { activityId: `act-${o.act}` }),
        on: date(g.day + 3),
      })),
      measures: [
        ...(g.swemwbs === undefined
          ? []
          : [
              { instrument: 'swemwbs', timepoint: 'baseline' as const, on: date(g.day + 2), score: g.swemwbs[0] + 0.37 },
              { instrument: 'swemwbs', timepoint: 'exit' as const, on: date(g.day + 90), score: g.swemwbs[1] - 0.41 },
            ]),
        ...(g.ucla === undefined
          ? []
          : [
              { instrument: 'ucla3', timepoint: 'baseline' as const, on: date(g.day + 2), score: g.ucla[0] },
              { instrument: 'ucla3', timepoint: 'review' as const, on: date(g.day + 90), score: g.ucla[1] },
            ]),
      ],
    };
  });

const options: OutcomeSummaryOptions = { groupBy: 'pcn', from: '2025-02-01', to: '2025-12-31' };

function accumulate(records: readonly Referral[]) {
  const acc = createOutcomeAccumulator(options);
  for (const r of records) acc.add(r);
  return acc;
}

function fromState(records: readonly Referral[]) {
  const acc = createOutcomeAccumulator(options);
  acc.merge(JSON.parse(JSON.stringify(accumulate(records).state())));
  return acc;
}

const batches = fc.array(referralArb, { maxLength: 25 });

function rates(row: OutcomeRow): (Rate | null)[] {
  return [
    row.acceptanceRate,
    row.engagementRate,
    row.goals.metRate,
    row.positiveOutcomeRate,
    row.contacts.withinExpectedRate,
    row.onward.threeOrMoreRate,
    row.demographics.aged20To59Rate,
    ...Object.values(row.needs).map((n) => n.share),
    ...Object.values(row.wellbeing).flatMap((w) => [w.improvedRate, w.meaningfulImprovementRate]),
  ];
}

function allRows(summary: OutcomeSummary): OutcomeRow[] {
  return [summary.total, ...summary.groups];
}

describe('laws of the outcome accumulator', () => {
  it('merge(add-all(a), add-all(b)) equals the summary of a ++ b', () => {
    fc.assert(
      fc.property(batches, batches, (a, b) => {
        const left = accumulate(a);
        left.merge(accumulate(b));
        expect(left.result()).toEqual(summarizeOutcomes([...a, ...b], options));
      }),
    );
  });

  it('merge is commutative', () => {
    fc.assert(
      fc.property(batches, batches, (a, b) => {
        const ab = fromState(a);
        ab.merge(accumulate(b));
        const ba = fromState(b);
        ba.merge(accumulate(a));
        expect(ab.result()).toEqual(ba.result());
        expect(ab.state()).toEqual(ba.state());
      }),
    );
  });

  it('merge is associative', () => {
    fc.assert(
      fc.property(batches, batches, batches, (a, b, c) => {
        const left = fromState(a);
        left.merge(accumulate(b));
        left.merge(accumulate(c));
        const bc = fromState(b);
        bc.merge(accumulate(c));
        const right = fromState(a);
        right.merge(bc);
        expect(left.result()).toEqual(right.result());
      }),
    );
  });

  it('a summary does not depend on record order', () => {
    fc.assert(
      fc.property(
        batches.chain((records) => fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }))),
        ([records, shuffled]) => {
          expect(summarizeOutcomes(shuffled, options)).toEqual(summarizeOutcomes(records, options));
        },
      ),
    );
  });

  it('every rate lies within its interval, and every interval within [0, 1]', () => {
    fc.assert(
      fc.property(batches, (records) => {
        const summary = summarizeOutcomes(records, options);
        for (const row of allRows(summary)) {
          for (const rate of rates(row)) {
            if (rate === null) continue;
            expect(0).toBeLessThanOrEqual(rate.low);
            expect(rate.low).toBeLessThanOrEqual(rate.value);
            expect(rate.value).toBeLessThanOrEqual(rate.high);
            expect(rate.high).toBeLessThanOrEqual(1);
          }
        }
        expect(JSON.stringify(summary)).not.toMatch(/NaN|Infinity/);
      }),
    );
  });

  it('the total equals the sum of its groups', () => {
    fc.assert(
      fc.property(batches, (records) => {
        const summary = summarizeOutcomes(records, options);
        const sum = (pick: (row: OutcomeRow) => number) => summary.groups.reduce((s, row) => s + pick(row), 0);
        expect(sum((r) => r.referrals)).toBe(summary.total.referrals);
        expect(sum((r) => r.engaged)).toBe(summary.total.engaged);
        expect(sum((r) => r.onward.total)).toBe(summary.total.onward.total);
        expect(summary.total.referrals + summary.outsidePeriod.before + summary.outsidePeriod.after).toBe(records.length);
      }),
    );
  });
});
