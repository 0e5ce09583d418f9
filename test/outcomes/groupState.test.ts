/**
 * Hand-built referral lists whose every figure is worked out by hand from the
 * definitions in docs/outcomes.md ("What each figure means") and the TSDoc of
 * `summarizeOutcomes` and `createOutcomeAccumulator`. Every summary is built
 * inside its test, never at collection time.
 */
import { describe, expect, it } from 'vitest';
import {
  createOutcomeAccumulator,
  summarizeOutcomes,
  summarizeOutcomesAsync,
  wilsonInterval,
  type OutcomeAccumulatorState,
  type OutcomeSummaryOptions,
} from '../../src/outcomes/index.js';
import { ReferralSchema, type Referral, type ReferralMeasure } from '../../src/referrals/index.js';
import { attended, referral } from './helpers.js';
import { wellbeing } from './outcomeRows.js';
import { errorOf, rejectionOf } from '../support/errorOf.js';

const missed = (on: string) => ({ on, mode: 'telephone' as const, attended: false });

describe('the lifecycle counts of a row', () => {
  it('counts accepted, declined, unable to contact and the last close of each referral', () => {
    const summary = summarizeOutcomes([
      referral({ events: [{ type: 'accepted', on: '2025-04-02' }, { type: 'closed', on: '2025-06-01', reason: 'goals-met' }] }),
      referral({ events: [{ type: 'declined', on: '2025-04-02' }, { type: 'closed', on: '2025-04-03', reason: 'disengaged' }] }),
      referral({ events: [{ type: 'unable-to-contact', on: '2025-04-09' }] }),
      referral({
        events: [
          { type: 'accepted', on: '2025-04-02' },
          { type: 'closed', on: '2025-05-01', reason: 'moved-away' },
          { type: 'reopened', on: '2025-05-02' }, // open again: not closed
        ],
      }),
      referral({ events: [{ type: 'on-hold', on: '2025-04-02' }] }),
      referral(),
    ]);
    const t = summary.total;
    // 6 referrals: accepted R1 and R4; declined R2; unable to contact R3.
    expect([t.referrals, t.accepted, t.declined, t.unableToContact]).toEqual([6, 2, 1, 1]);
    expect(t.acceptanceRate).toEqual(wilsonInterval(2, 6));
    // Closed: R1 (goals-met) and R2 (disengaged); R4 was reopened.
    expect(t.closed).toEqual({
      total: 2,
      byReason: {
        'goals-met': 1,
        disengaged: 1,
        'moved-away': 0,
        'referred-elsewhere': 0,
        deceased: 0,
        'declined-further-support': 0,
        other: 0,
      },
      reasonUnknown: 0,
    });
  });

  it('adds the groups up into the total', () => {
    const summary = summarizeOutcomes(
      [
        referral({ pcn: 'a', events: [{ type: 'unable-to-contact', on: '2025-04-09' }] }),
        referral({ pcn: 'b', events: [{ type: 'unable-to-contact', on: '2025-04-09' }, { type: 'declined', on: '2025-04-10' }] }),
      ],
      { groupBy: 'pcn' },
    );
    expect(summary.groups.map((g) => [g.key, g.unableToContact, g.declined])).toEqual([
      ['a', 1, 0],
      ['b', 1, 1],
    ]);
    expect([summary.total.unableToContact, summary.total.declined]).toEqual([2, 1]);
  });
});

describe('contacts against the expected 6 to 12', () => {
  it('counts attended and missed contacts, and the engaged people within 6-12 (inclusive)', () => {
    const summary = summarizeOutcomes([
      referral({ contacts: attended(5) }),
      referral({ contacts: attended(6) }),
      referral({ contacts: attended(12) }),
      referral({ contacts: [...attended(13), missed('2025-09-01')] }),
      referral({ contacts: [missed('2025-04-02'), missed('2025-04-09')] }), // not engaged
    ]);
    const t = summary.total;
    expect([t.referrals, t.engaged]).toEqual([5, 4]);
    expect(t.engagementRate).toEqual(wilsonInterval(4, 5));
    expect(t.contacts).toEqual({
      attended: 5 + 6 + 12 + 13,
      missed: 3,
      mean: 36 / 4,
      median: (6 + 12) / 2,
      expected: { min: 6, max: 12 },
      withinExpected: 2, // 6 and 12; not 5 or 13
      withinExpectedRate: wilsonInterval(2, 4),
    });
  });

  it('takes the mean over engaged people, not referrals', () => {
    const summary = summarizeOutcomes([referral({ contacts: attended(1) }), referral({ contacts: attended(4) }), referral()]);
    expect(summary.total.contacts.mean).toBe(2.5);
    expect(summary.total.contacts.median).toBe(2.5);
  });

  it('uses the expectedContacts option as the range', () => {
    const summary = summarizeOutcomes([referral({ contacts: attended(2) }), referral({ contacts: attended(3) })], {
      expectedContacts: { min: 3, max: 4 },
    });
    expect(summary.total.contacts.withinExpected).toBe(1);
    expect(summary.total.contacts.expected).toEqual({ min: 3, max: 4 });
  });
});

describe('goals and positive outcomes', () => {
  it('counts goals set, met and partly met by their own status, whatever the other goals say', () => {
    const summary = summarizeOutcomes([
      referral({
        goals: [
          { setOn: '2025-04-02', status: 'met' },
          { setOn: '2025-04-02', status: 'partly-met' },
          { setOn: '2025-04-02', status: 'not-met' },
        ],
      }),
      referral({ goals: [{ setOn: '2025-04-02', status: 'not-met' }] }),
    ]);
    // Four goals: one met, one partly met, two not met; the met rate counts met goals only.
    expect(summary.total.goals).toEqual({ set: 4, met: 1, partlyMet: 1, metRate: wilsonInterval(1, 4) });
  });

  it('counts a positive outcome for engaged people with a goal met or partly met or a goals-met close', () => {
    const summary = summarizeOutcomes([
      referral({ contacts: attended(1), goals: [{ setOn: '2025-04-02', status: 'met' }] }), // positive
      referral({ contacts: attended(1), goals: [{ setOn: '2025-04-02', status: 'partly-met' }] }), // positive
      referral({
        contacts: attended(1),
        goals: [{ setOn: '2025-04-02', status: 'not-met' }],
        events: [{ type: 'closed', on: '2025-05-01', reason: 'disengaged' }],
      }), // not positive
      referral({ contacts: attended(1), events: [{ type: 'closed', on: '2025-05-01', reason: 'goals-met' }] }), // positive
      referral({ goals: [{ setOn: '2025-04-02', status: 'met' }] }), // not engaged: not counted
      referral({ contacts: attended(1) }), // nothing: not positive
    ]);
    const t = summary.total;
    expect(t.goals).toEqual({ set: 4, met: 2, partlyMet: 1, metRate: wilsonInterval(2, 4) });
    expect([t.engaged, t.positiveOutcomes]).toEqual([5, 3]);
    expect(t.positiveOutcomeRate).toEqual(wilsonInterval(3, 5));
  });

  it('counts a goals-met close that was reopened as no positive outcome', () => {
    const summary = summarizeOutcomes([
      referral({
        contacts: attended(2),
        events: [
          { type: 'closed', on: '2025-05-01', reason: 'goals-met' },
          { type: 'reopened', on: '2025-05-02' },
        ],
      }),
    ]);
    expect(summary.total.positiveOutcomes).toBe(0);
  });
});

describe('onward referrals and signposts', () => {
  it('counts links, distinct organisations and activities, and people with 3 or more', () => {
    const on = '2025-04-10';
    const summary = summarizeOutcomes([
      referral({
        onward: [
          { kind: 'referral', organisationId: 'o1', activityId: 'a1', on },
          { kind: 'signpost', organisationId: 'o2', on },
        ],
      }),
      referral({
        onward: [
          { kind: 'signpost', organisationId: 'o1', activityId: 'a2', on },
          { kind: 'signpost', organisationId: 'o3', on },
          { kind: 'referral', organisationId: 'o4', activityId: 'a1', on },
        ],
      }),
      referral({ onward: Array.from({ length: 4 }, () => ({ kind: 'referral' as const, organisationId: 'o5', activityId: 'a3', on })) }),
      referral(),
    ]);
    expect(summary.total.onward).toEqual({
      total: 2 + 3 + 4,
      referrals: 1 + 1 + 4,
      signposts: 1 + 2,
      distinctOrganisations: 5,
      distinctActivities: 3,
      people: 3,
      peopleWithThreeOrMore: 2, // exactly 3, and 4; not 2
      threeOrMoreRate: wilsonInterval(2, 3),
      // No connection records attendance: all 9 unknown, per organisation o1 (2), o2, o3, o4 (1 each), o5 (4).
      attendance: {
        attended: 0,
        didNotAttend: 0,
        unknown: 9,
        attendanceRate: null,
        byOrganisation: {
          o1: { attended: 0, didNotAttend: 0, unknown: 2 },
          o2: { attended: 0, didNotAttend: 0, unknown: 1 },
          o3: { attended: 0, didNotAttend: 0, unknown: 1 },
          o4: { attended: 0, didNotAttend: 0, unknown: 1 },
          o5: { attended: 0, didNotAttend: 0, unknown: 4 },
        },
      },
    });
  });
});

describe('demographics', () => {
  it('bands ages from the referral year minus the birth year, and counts sexes', () => {
    const summary = summarizeOutcomes([
      referral({ person: { birthYear: 2005, sex: 'male' } }), // 2025 - 2005 = 20: 20-59
      referral({ person: { birthYear: 2006 } }), // 19: 0-19
      referral({ referredOn: '1995-06-01', person: { birthYear: 1930, sex: 'female' } }), // 65: 60-74
      referral({ referredOn: '1999-06-01', person: { birthYear: 1924 } }), // 75: 75+
      referral({ person: { ageBand: '25-25', sex: 'other' } }), // a one-year band lies wholly within 20-59
      referral({ person: { sex: 'female' } }), // age unknown
      referral({ person: { birthYear: 1950, ageBand: '0-19' } }), // the birth year wins: 75, 75+
      referral(), // nothing known
    ]);
    const d = summary.total.demographics;
    expect(d.ageBands).toEqual({ '0-19': 1, '20-59': 2, '60-74': 1, '75+': 2, unknown: 2 });
    // Over the 6 people of known age.
    expect(d.aged20To59Rate).toEqual(wilsonInterval(2, 6));
    expect(d.sex).toEqual({ female: 2, male: 1, other: 1, unknown: 4 });
  });

  it('bands a recorded open band by its lower end', () => {
    const bands = summarizeOutcomes([
      referral({ person: { ageBand: '75+' } }),
      referral({ person: { ageBand: '60+' } }), // straddles 60-74 and 75+
      referral({ person: { ageBand: '100-100' } }),
    ]).total.demographics.ageBands;
    expect(bands).toEqual({ '0-19': 0, '20-59': 0, '60-74': 0, '75+': 2, unknown: 1 });
  });
});

describe('wellbeing pairs', () => {
  const m = (instrument: string, timepoint: ReferralMeasure['timepoint'], on: string, score: number): ReferralMeasure => ({
    instrument,
    timepoint,
    on,
    score,
  });
  const items = (instrument: string, timepoint: ReferralMeasure['timepoint'], on: string, values: number[]): ReferralMeasure => ({
    instrument,
    timepoint,
    on,
    items: values,
  });
  const wellbeingOf = (measures: ReferralMeasure[], options: OutcomeSummaryOptions = {}) =>
    summarizeOutcomes([referral({ contacts: attended(1), measures })], options).total;

  it('pairs the earliest-dated baseline even when it is listed after a later one', () => {
    const t = wellbeingOf([m('ucla3', 'baseline', '2025-04-09', 7), m('ucla3', 'baseline', '2025-04-02', 8), m('ucla3', 'exit', '2025-06-01', 4)]);
    expect(t.wellbeing.ucla3).toMatchObject({ paired: 1, meanBaseline: 8, meanFollowUp: 4, meanChange: -4, improved: 1 });
  });

  it('pairs a follow-up dated the same day as the baseline ("on or after")', () => {
    const t = wellbeingOf([m('ucla3', 'baseline', '2025-04-02', 6), m('ucla3', 'exit', '2025-04-02', 5)]);
    expect(t.wellbeing.ucla3).toMatchObject({ paired: 1, meanBaseline: 6, meanFollowUp: 5, meanChange: -1 });
  });

  it('pairs the latest follow-up by date, not by list order, even when it is listed first', () => {
    const latestFirst = wellbeingOf([m('ucla3', 'exit', '2025-06-01', 3), m('ucla3', 'baseline', '2025-04-02', 6), m('ucla3', 'review', '2025-05-01', 5)]);
    expect(latestFirst.wellbeing.ucla3).toMatchObject({ paired: 1, meanBaseline: 6, meanFollowUp: 3 });
    const latestMiddle = wellbeingOf([m('ucla3', 'baseline', '2025-04-02', 6), m('ucla3', 'exit', '2025-06-01', 3), m('ucla3', 'review', '2025-05-01', 5)]);
    expect(latestMiddle.wellbeing.ucla3).toMatchObject({ paired: 1, meanBaseline: 6, meanFollowUp: 3 });
  });

  it('pairs nothing without a baseline', () => {
    const t = wellbeingOf([m('ucla3', 'review', '2025-04-02', 6), m('ucla3', 'exit', '2025-06-01', 4)]);
    expect(t.wellbeing).toEqual({});
    expect(t.positiveOutcomes).toBe(0);
  });

  it('counts a pair whose follow-up cannot be scored as unscorable, with no means', () => {
    const t = wellbeingOf([items('swemwbs', 'baseline', '2025-04-02', [3, 3, 3, 3, 3, 3, 3]), items('swemwbs', 'exit', '2025-06-01', [3, 3, 3])]);
    expect(t.wellbeing).toEqual({ swemwbs: wellbeing({ unscorable: 1 }) });
  });

  it('never counts a change on an instrument of unknown direction as an improvement', () => {
    const t = wellbeingOf([m('pam', 'baseline', '2025-04-02', 50), m('pam', 'exit', '2025-06-01', 40)]);
    expect(t.wellbeing.pam).toEqual({
      higherIsBetter: null,
      paired: 1,
      unscorable: 0,
      meanBaseline: 50,
      meanFollowUp: 40,
      meanChange: -10,
      improved: 0,
      improvedRate: null,
      meaningfulChange: null,
      meaningfullyImproved: 0,
      meaningfulImprovementRate: null,
    });
    expect(t.positiveOutcomes).toBe(0);
  });

  it('counts a rise on a lower-is-better instrument as no improvement and no positive outcome', () => {
    const t = wellbeingOf([m('ucla3', 'baseline', '2025-04-02', 3), m('ucla3', 'exit', '2025-06-01', 5)]);
    expect(t.wellbeing.ucla3).toMatchObject({ paired: 1, meanChange: 2, improved: 0, improvedRate: wilsonInterval(0, 1) });
    expect(t.positiveOutcomes).toBe(0);
  });

  it('counts a fall on a lower-is-better instrument with no threshold as improved, never meaningfully', () => {
    const t = wellbeingOf([m('ucla3', 'baseline', '2025-04-02', 6), m('ucla3', 'exit', '2025-06-01', 3)]);
    expect(t.wellbeing.ucla3).toMatchObject({
      improved: 1,
      improvedRate: wilsonInterval(1, 1),
      meaningfulChange: null,
      meaningfullyImproved: 0,
      meaningfulImprovementRate: null,
    });
    expect(t.positiveOutcomes).toBe(1);
  });

  it('counts a SWEMWBS gain of exactly the 3-point threshold as meaningful', () => {
    const t = wellbeingOf([m('swemwbs', 'baseline', '2025-04-02', 20), m('swemwbs', 'exit', '2025-06-01', 23)]);
    expect(t.wellbeing.swemwbs).toMatchObject({
      meanChange: 3,
      improved: 1,
      meaningfullyImproved: 1,
      meaningfulImprovementRate: wilsonInterval(1, 1),
    });
  });

  it('accepts SWEMWBS scores at both ends of 7-35', () => {
    const t = wellbeingOf([m('swemwbs', 'baseline', '2025-04-02', 7), m('swemwbs', 'exit', '2025-06-01', 35)]);
    expect(t.wellbeing.swemwbs).toMatchObject({ paired: 1, unscorable: 0, meanBaseline: 7, meanFollowUp: 35 });
  });

  it('scores MYCaW with one concern (2 items) and rejects 4 items', () => {
    const two = wellbeingOf([items('mycaw', 'baseline', '2025-04-02', [4, 2]), items('mycaw', 'exit', '2025-06-01', [2, 1])]);
    expect(two.wellbeing.mycaw).toMatchObject({ paired: 1, meanBaseline: 3, meanFollowUp: 1.5, meanChange: -1.5, improved: 1 });
    const four = wellbeingOf([items('mycaw', 'baseline', '2025-04-02', [1, 1, 1, 1]), items('mycaw', 'exit', '2025-06-01', [0, 0, 0])]);
    expect(four.wellbeing.mycaw).toMatchObject({ paired: 0, unscorable: 1 });
  });

  it('leaves all four ONS4 rows unscorable when one answer is out of range', () => {
    const t = wellbeingOf([items('ons4', 'baseline', '2025-04-02', [4, 5, 5, 11]), items('ons4', 'exit', '2025-06-01', [6, 5, 4, 3])]);
    for (const id of ['ons4-life-satisfaction', 'ons4-worthwhile', 'ons4-happiness', 'ons4-anxiety']) {
      expect(t.wellbeing[id]).toMatchObject({ paired: 0, unscorable: 1 });
    }
  });

  it('never reports NaN for a trusted record whose score is not a number', () => {
    const t = wellbeingOf([m('pam', 'baseline', '2025-04-02', Number.NaN), m('pam', 'exit', '2025-06-01', 40)]);
    expect(t.wellbeing.pam).toMatchObject({ paired: 0, unscorable: 1, meanBaseline: null, meanChange: null });
  });

  it('writes the same state JSON whatever the order of the instruments', () => {
    const ucla = [m('ucla3', 'baseline', '2025-04-02', 6), m('ucla3', 'exit', '2025-06-01', 3)];
    const swemwbs = [m('swemwbs', 'baseline', '2025-04-02', 20), m('swemwbs', 'exit', '2025-06-01', 23)];
    const stateText = (measures: ReferralMeasure[]) => {
      const accumulator = createOutcomeAccumulator();
      accumulator.add(referral({ id: 'R', measures }));
      return JSON.stringify(accumulator.state());
    };
    expect(stateText([...ucla, ...swemwbs])).toBe(stateText([...swemwbs, ...ucla]));
  });
});

describe('exclusions and issues', () => {
  const badSource = () => ({ ...referral(), source: 'Not Kebab' });
  const badAgeBand = () => referral({ person: { ageBand: 'old' } });
  const badDate = () => referral({ referredOn: '2025-02-30' });
  const reasons = {
    ageBand: "person.ageBand: must be an age band such as '40-49' or '85+'",
    date: 'referredOn: must be a real calendar date written YYYY-MM-DD',
    source: 'source: must be a kebab-case id (a-z, 0-9 and single hyphens)',
  };

  it('orders reasons alphabetically whatever the order of the records', () => {
    const forwards = summarizeOutcomes([badSource(), badAgeBand(), badDate()], { validate: true });
    const backwards = summarizeOutcomes([badDate(), badAgeBand(), badSource()], { validate: true });
    expect(forwards.excluded.byReason).toEqual({ [reasons.ageBand]: 1, [reasons.date]: 1, [reasons.source]: 1 });
    expect(Object.keys(forwards.excluded.byReason)).toEqual([reasons.ageBand, reasons.date, reasons.source]);
    expect(Object.keys(backwards.excluded.byReason)).toEqual([reasons.ageBand, reasons.date, reasons.source]);
    const state = (records: Referral[]) => {
      const accumulator = createOutcomeAccumulator({ validate: true });
      for (const r of records) accumulator.add(r);
      return accumulator.state();
    };
    expect(Object.keys(state([badSource(), badAgeBand(), badDate()]).excluded.byReason)).toEqual([reasons.ageBand, reasons.date, reasons.source]);
    expect(Object.keys(state([badDate(), badSource(), badAgeBand()]).excluded.byReason)).toEqual([reasons.ageBand, reasons.date, reasons.source]);
  });

  it('gives a record that is not an object its message alone as the reason', () => {
    const summary = summarizeOutcomes([42 as never], { validate: true });
    const parsed = ReferralSchema.safeParse(42);
    const message = parsed.error?.issues[0]?.message ?? '';
    expect(parsed.error?.issues[0]?.path).toEqual([]);
    expect(summary.excluded).toEqual({ total: 1, byReason: { [message]: 1 }, issues: [{ index: 0, path: [], message }] });
  });

  it("reports a record's issues in path order (then in the schema's order), in one pass as after a merge", () => {
    // referredOn and person.ageBand bad, and source both too long and not kebab-case.
    const record = { ...referral({ referredOn: '2025-02-30', person: { ageBand: 'old' } }), source: 'X'.repeat(65) };
    const zodIssues = ReferralSchema.safeParse(record).error?.issues ?? [];
    const byPath = (path: readonly PropertyKey[]) => path.map(String).join('.');
    const expected = zodIssues
      .map((issue) => ({ path: issue.path as (string | number)[], message: issue.message }))
      .sort((a, b) => (byPath(a.path) < byPath(b.path) ? -1 : byPath(a.path) > byPath(b.path) ? 1 : 0));
    expect(expected.map((issue) => byPath(issue.path))).toEqual(['person.ageBand', 'referredOn', 'source', 'source']);
    const onePass = summarizeOutcomes([record, record], { validate: true }).excluded.issues;
    expect(onePass).toEqual([...expected.map((issue) => ({ index: 0, ...issue })), ...expected.map((issue) => ({ index: 1, ...issue }))]);
    const first = createOutcomeAccumulator({ validate: true });
    first.add(record);
    const second = createOutcomeAccumulator({ validate: true, firstIndex: 1 });
    second.add(record);
    first.merge(second);
    expect(first.result().excluded.issues).toEqual(onePass);
  });

  it('merges issues commutatively even when both accumulators number records from 0', () => {
    const tenth = { ...referral({ contacts: attended(11) }) } as unknown as { contacts: Record<string, unknown>[] };
    tenth.contacts[10] = { ...tenth.contacts[10], mode: 'pigeon' };
    const first = { ...referral({ contacts: attended(2) }) } as unknown as { contacts: Record<string, unknown>[] };
    first.contacts[1] = { ...first.contacts[1], on: '2025-03-01' }; // before the referral
    const accumulatorOf = (record: unknown) => {
      const accumulator = createOutcomeAccumulator({ validate: true });
      accumulator.add(record as Referral);
      return accumulator;
    };
    const ab = accumulatorOf(tenth);
    ab.merge(accumulatorOf(first));
    const ba = accumulatorOf(first);
    ba.merge(accumulatorOf(tenth));
    // By index, then by dotted path: 'contacts.1.on' before 'contacts.10.mode'.
    expect(ab.result().excluded.issues.map((issue) => [issue.index, issue.path])).toEqual([
      [0, ['contacts', 1, 'on']],
      [0, ['contacts', 10, 'mode']],
    ]);
    expect(JSON.stringify(ba.result())).toBe(JSON.stringify(ab.result()));
    expect(JSON.stringify(ba.state())).toBe(JSON.stringify(ab.state()));
  });

  it('keeps at most maxReportedIssues issues after a merge, the first by index', () => {
    const options: OutcomeSummaryOptions = { validate: true, maxReportedIssues: 1 };
    const a = createOutcomeAccumulator(options);
    a.add(badSource());
    const b = createOutcomeAccumulator({ ...options, firstIndex: 5 });
    b.add(badDate());
    b.merge(a);
    expect(b.result().excluded).toEqual({
      total: 2,
      byReason: { [reasons.date]: 1, [reasons.source]: 1 },
      issues: [{ index: 0, path: ['source'], message: 'must be a kebab-case id (a-z, 0-9 and single hyphens)' }],
    });
  });
});

describe('groups and their keys', () => {
  it('adds records with the same nested key into one group', () => {
    const summary = summarizeOutcomes(
      [referral({ pcn: 'a', contacts: attended(1) }), referral({ pcn: 'a' }), referral({ pcn: 'b' })],
      { groupBy: ['pcn', 'month'] },
    );
    expect(summary.groups.map((g) => [g.key, g.referrals, g.engaged])).toEqual([
      [['a', '2025-04'], 2, 1],
      [['b', '2025-04'], 1, 0],
    ]);
  });

  it('merges a state into the existing group of the same nested key', () => {
    const options: OutcomeSummaryOptions = { groupBy: ['pcn', 'month'] };
    const a = createOutcomeAccumulator(options);
    a.add(referral({ pcn: 'a' }));
    const b = createOutcomeAccumulator(options);
    b.add(referral({ pcn: 'a', contacts: attended(3) }));
    a.merge(JSON.parse(JSON.stringify(b.state())) as OutcomeAccumulatorState);
    expect(a.result().groups.map((g) => [g.key, g.referrals, g.engaged])).toEqual([[['a', '2025-04'], 2, 1]]);
  });

  it('sorts nested keys field by field, whatever the order of the records', () => {
    const summary = summarizeOutcomes(
      [referral({ pcn: 'a', referredOn: '2025-05-01' }), referral({ pcn: 'b', referredOn: '2025-04-01' }), referral({ pcn: 'a', referredOn: '2025-04-01' })],
      { groupBy: ['pcn', 'month'] },
    );
    expect(summary.groups.map((g) => g.key)).toEqual([
      ['a', '2025-04'],
      ['a', '2025-05'],
      ['b', '2025-04'],
    ]);
  });

  it('sorts a missing key after every other, digits included', () => {
    const keys = (pcns: (string | undefined)[]) =>
      summarizeOutcomes(
        pcns.map((pcn) => referral(pcn === undefined ? {} : { pcn })),
        { groupBy: 'pcn' },
      ).groups.map((g) => g.key);
    expect(keys(['7', undefined])).toEqual(['7', null]);
    expect(keys([undefined, '7'])).toEqual(['7', null]);
    expect(keys(['12', undefined, '7', 'a'])).toEqual(['12', '7', 'a', null]);
  });
});

describe('merge errors', () => {
  it('pins the error for something that is not a state of version 1', () => {
    const notAState = {
      code: 'outcomes/incompatible-state',
      issues: [{ path: [], message: 'must be an outcome accumulator or its state() (version 1)' }],
    };
    const accumulator = createOutcomeAccumulator();
    expect(errorOf(() => accumulator.merge(undefined as never))).toEqual(notAState);
    expect(errorOf(() => accumulator.merge(42 as never))).toEqual(notAState);
    expect(errorOf(() => accumulator.merge({ ...createOutcomeAccumulator().state(), version: 2 } as never))).toEqual(notAState);
    expect(errorOf(() => accumulator.merge({ ...createOutcomeAccumulator().state(), groups: {} } as never))).toEqual(notAState);
    expect(accumulator.result().recordsRead).toBe(0);
  });

  it('pins the error for a state made with other options', () => {
    const accumulator = createOutcomeAccumulator({ groupBy: 'pcn' });
    expect(errorOf(() => accumulator.merge(createOutcomeAccumulator({ groupBy: 'month' })))).toEqual({
      code: 'outcomes/incompatible-state',
      issues: [{ path: ['settings'], message: 'was made with different options (period, grouping, expected contacts or instruments)' }],
    });
  });
});

describe('input that is not iterable', () => {
  it('pins the error of summarizeOutcomes', () => {
    const error = { code: 'outcomes/invalid-input', issues: [{ path: [], message: 'must be an iterable of referrals' }] };
    expect(errorOf(() => summarizeOutcomes(undefined as never))).toEqual(error);
    expect(errorOf(() => summarizeOutcomes('referrals' as never))).toEqual(error);
    expect(errorOf(() => summarizeOutcomes({} as never))).toEqual(error);
  });

  it('pins the error of summarizeOutcomesAsync', async () => {
    const error = { code: 'outcomes/invalid-input', issues: [{ path: [], message: 'must be an async iterable of referrals' }] };
    expect(await rejectionOf(() => summarizeOutcomesAsync(undefined as never))).toEqual(error);
    expect(await rejectionOf(() => summarizeOutcomesAsync('referrals' as never))).toEqual(error);
    expect(await rejectionOf(() => summarizeOutcomesAsync({} as never))).toEqual(error);
  });
});
