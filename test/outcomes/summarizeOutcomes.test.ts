import { describe, expect, it } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import {
  createOutcomeAccumulator,
  summarizeOutcomes,
  summarizeOutcomesAsync,
  type OutcomeAccumulatorState,
} from '../../src/outcomes/index.js';
import { ReferralSchema, type Referral } from '../../src/referrals/index.js';
import { attended, referral } from './helpers.js';

function error(run: () => unknown): SocialPrescribingError {
  try {
    run();
  } catch (e) {
    if (e instanceof SocialPrescribingError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('summarizeOutcomes: the figures of a row', () => {
  const records: Referral[] = [
    referral({
      pcn: 'A',
      needs: ['housing', 'housing', 'money-and-debt'],
      events: [
        { type: 'accepted', on: '2025-04-02' },
        { type: 'closed', on: '2025-06-01', reason: 'goals-met' },
      ],
      contacts: [...attended(7), { on: '2025-06-01', mode: 'video', attended: false }],
      goals: [
        { setOn: '2025-04-03', status: 'met' },
        { setOn: '2025-04-03', status: 'not-met' },
      ],
      onward: [
        { kind: 'referral', organisationId: 'o1', activityId: 'a1', on: '2025-04-10' },
        { kind: 'signpost', organisationId: 'o2', on: '2025-04-10' },
        { kind: 'referral', organisationId: 'o1', activityId: 'a2', on: '2025-04-10' },
      ],
      person: { birthYear: 1990, sex: 'female' },
    }),
    referral({
      pcn: 'A',
      needs: ['social-isolation'],
      events: [
        { type: 'accepted', on: '2025-04-02' },
        { type: 'closed', on: '2025-04-20', reason: 'disengaged' },
        { type: 'reopened', on: '2025-04-21' },
      ],
      contacts: attended(2),
      goals: [{ setOn: '2025-04-03', status: 'partly-met' }],
      onward: [{ kind: 'signpost', organisationId: 'o3', activityId: 'a1', on: '2025-04-10' }],
      person: { ageBand: '60-69', sex: 'male' },
    }),
    referral({
      pcn: 'B',
      events: [{ type: 'declined', on: '2025-04-02' }],
      person: { ageBand: '15-24' },
    }),
    referral({
      events: [
        { type: 'unable-to-contact', on: '2025-04-09' },
        { type: 'closed', on: '2025-04-10', reason: 'disengaged' },
      ],
      contacts: [{ on: '2025-04-03', mode: 'telephone', attended: false }],
      person: { birthYear: 1940 },
    }),
  ];
  const summary = summarizeOutcomes(records, { groupBy: 'pcn' });
  const total = summary.total;

  it('counts the lifecycle', () => {
    expect([total.referrals, total.accepted, total.declined, total.unableToContact, total.engaged]).toEqual([4, 2, 1, 1, 2]);
    expect(total.engagementRate?.value).toBe(0.5);
    expect(total.closed.total).toBe(2);
    expect(total.closed.byReason['goals-met']).toBe(1);
    expect(total.closed.byReason.disengaged).toBe(1); // the reopened one is not closed
  });

  it('counts goals, positive outcomes and contacts', () => {
    expect(total.goals).toMatchObject({ set: 3, met: 1, partlyMet: 1 });
    expect(total.goals.metRate?.value).toBeCloseTo(1 / 3);
    expect(total.positiveOutcomes).toBe(2);
    expect(total.contacts).toMatchObject({ attended: 9, missed: 2, mean: 4.5, median: 4.5, withinExpected: 1, expected: { min: 6, max: 12 } });
  });

  it('counts each need once per referral', () => {
    expect(total.referralsWithNeeds).toBe(2);
    expect(total.needs.housing.count).toBe(1);
    expect(total.needs.housing.share?.value).toBe(0.25);
    expect(total.needs['social-isolation'].count).toBe(1);
    expect(total.needs.bereavement).toEqual({ count: 0, share: { value: 0, low: 0, high: expect.any(Number) } });
  });

  it('counts onward referrals and distinct ids', () => {
    expect(total.onward).toMatchObject({
      total: 4,
      referrals: 2,
      signposts: 2,
      distinctOrganisations: 3,
      distinctActivities: 2,
      people: 2,
      peopleWithThreeOrMore: 1,
    });
    expect(total.onward.threeOrMoreRate?.value).toBe(0.5);
  });

  it('bands ages and counts sex', () => {
    expect(total.demographics.ageBands).toEqual({ '0-19': 0, '20-59': 1, '60-74': 1, '75+': 1, unknown: 1 });
    expect(total.demographics.aged20To59Rate?.value).toBeCloseTo(1 / 3);
    expect(total.demographics.sex).toEqual({ female: 1, male: 1, other: 0, unknown: 2 });
  });

  it('groups, with missing keys last', () => {
    expect(summary.groups.map((g) => [g.key, g.referrals])).toEqual([
      ['A', 2],
      ['B', 1],
      [null, 1],
    ]);
    expect(summary.groupNames).toEqual(['pcn']);
  });

  it('never reports NaN, Infinity or undefined', () => {
    const empty = summarizeOutcomes([], { groupBy: 'pcn' });
    const text = JSON.stringify(empty, (_k, v: unknown) => (v === undefined ? '__undefined__' : v));
    expect(text).not.toMatch(/NaN|Infinity|__undefined__/);
    expect(empty.total).toMatchObject({ engagementRate: null, positiveOutcomeRate: null, contacts: { mean: null, median: null } });
    expect(empty.groups).toEqual([]);
  });
});

describe('periods, validation and exclusions', () => {
  it('skips and counts records outside the period (inclusive ends)', () => {
    const dates = ['2025-03-31', '2025-04-01', '2025-06-30', '2025-07-01', '2025-07-02'];
    const summary = summarizeOutcomes(
      dates.map((referredOn) => referral({ referredOn })),
      { from: '2025-04-01', to: '2025-06-30' },
    );
    expect(summary.total.referrals).toBe(2);
    expect(summary.outsidePeriod).toEqual({ before: 1, after: 2 });
    expect(summary.recordsRead).toBe(5);
    expect(summary.period).toEqual({ from: '2025-04-01', to: '2025-06-30' });
  });

  it('counts invalid records per reason and keeps the first issues, without values', () => {
    const bad = [
      referral(),
      { ...referral(), id: '943 476 5919' },
      { ...referral(), contacts: [{ on: '2025-04-02', mode: 'pigeon', attended: true }] },
      { ...referral(), contacts: [{ on: '2025-04-02', mode: 'pigeon', attended: true }, { on: '2025-04-03', mode: 'owl', attended: true }] },
    ] as Referral[];
    const summary = summarizeOutcomes(bad, { validate: true, maxReportedIssues: 2 });
    expect(summary.total.referrals).toBe(1);
    expect(summary.excluded.total).toBe(3);
    expect(summary.excluded.byReason).toMatchInlineSnapshot(`
      {
        "contacts.*.mode: Invalid option: expected one of "face-to-face"|"telephone"|"video"|"home-visit"|"group"|"text"|"email"": 2,
        "id: must be a pseudonymous key: it holds 10 digits that pass the NHS number check digit": 1,
      }
    `);
    expect(summary.excluded.issues.map((i) => [i.index, i.path])).toEqual([
      [1, ['id']],
      [2, ['contacts', 0, 'mode']],
    ]);
    expect(JSON.stringify(summary.excluded)).not.toContain('943');
    expect(JSON.stringify(summary.excluded)).not.toContain('pigeon');
  });

  it('fills defaults when validating, so lists may be left out', () => {
    const input = { id: 'X', referredOn: '2025-04-01', source: 'self' } as unknown as Referral;
    expect(summarizeOutcomes([input], { validate: true }).total.referrals).toBe(1);
  });

  it('rejects bad options with paths', () => {
    expect(error(() => summarizeOutcomes([], { from: '2025-02-30', to: 'x', colour: 1 } as never)).issues).toEqual([
      { path: ['colour'], message: 'is not a known option' },
      { path: ['from'], message: 'must be a real calendar date written YYYY-MM-DD' },
      { path: ['to'], message: 'must be a real calendar date written YYYY-MM-DD' },
    ]);
    const bad = error(() =>
      summarizeOutcomes([], {
        groupBy: ['pcn', 'ward'] as never,
        groupNames: ['x'],
        expectedContacts: { min: 6, max: 2 },
        validate: 'yes' as never,
        instruments: { pam: { higherIsBetter: 'up' as never, meaningfulChange: -1 }, x: null as never },
        maxReportedIssues: -1,
        firstIndex: 0.5,
      }),
    );
    expect(bad.code).toBe('outcomes/invalid-options');
    // groupNames' count is checked against a good groupBy only; instrument ids are the caller's keys, shown by position.
    expect(bad.issues.map((i) => i.path)).toEqual([
      ['groupBy', 1],
      ['expectedContacts'],
      ['validate'],
      ['instruments', '<key 0>', 'higherIsBetter'],
      ['instruments', '<key 0>', 'meaningfulChange'],
      ['instruments', '<key 1>'],
      ['maxReportedIssues'],
      ['firstIndex'],
    ]);
    expect(error(() => summarizeOutcomes([], { groupBy: 'ward' as never })).issues[0]?.path).toEqual(['groupBy']);
    expect(error(() => summarizeOutcomes([], { instruments: [] as never })).issues[0]?.path).toEqual(['instruments']);
    expect(error(() => summarizeOutcomes([], { expectedContacts: null as never })).issues[0]?.path).toEqual(['expectedContacts']);
    expect(error(() => summarizeOutcomes([], 'pcn' as never)).code).toBe('outcomes/invalid-options');
    expect(error(() => summarizeOutcomes([], { from: '2025-05-01', to: '2025-04-01' })).code).toBe('outcomes/invalid-period');
    expect(error(() => summarizeOutcomes(42 as never)).code).toBe('outcomes/invalid-input');
    expect(error(() => summarizeOutcomes(null as never)).code).toBe('outcomes/invalid-input');
  });
});

describe('grouping', () => {
  const records = [
    referral({ pcn: 'A', practiceCode: 'P1', workerId: 'w1', schemeId: 's', referredOn: '2025-04-30' }),
    referral({ pcn: 'A', practiceCode: 'P2', workerId: 'w1', source: 'self', referredOn: '2025-05-01' }),
    referral({ pcn: 'B', practiceCode: 'P3', workerId: 'w2', referredOn: '2025-05-02' }),
  ];
  it.each([
    ['practiceCode', ['P1', 'P2', 'P3']],
    ['workerId', ['w1', 'w2']],
    ['source', ['gp-practice', 'self']],
    ['schemeId', ['s', null]],
    ['month', ['2025-04', '2025-05']],
  ] as const)('by %s', (groupBy, keys) => {
    expect(summarizeOutcomes(records, { groupBy }).groups.map((g) => g.key)).toEqual(keys);
  });

  it('by a function, and by several fields at once', () => {
    const byQuarter = summarizeOutcomes(records, { groupBy: (r) => (r.referredOn < '2025-05-01' ? 'Q1' : undefined), groupNames: ['quarter'] });
    expect(byQuarter.groups.map((g) => g.key)).toEqual(['Q1', null]);
    expect(byQuarter.groupNames).toEqual(['quarter']);
    const nested = summarizeOutcomes(records, { groupBy: ['pcn', 'month', (r) => r.schemeId ?? null] });
    expect(nested.groups.map((g) => g.key)).toEqual([
      ['A', '2025-04', 's'],
      ['A', '2025-05', null],
      ['B', '2025-05', null],
    ]);
    expect(nested.groupNames).toEqual(['pcn', 'month', 'group3']);
    expect(nested.total.referrals).toBe(3);
  });
});

describe('wellbeing', () => {
  const swemwbs = (timepoint: 'baseline' | 'review' | 'exit', on: string, items: number[]) =>
    ({ instrument: 'swemwbs', timepoint, on, items }) as const;

  it('pairs the first baseline with the latest later score', () => {
    const summary = summarizeOutcomes([
      referral({
        contacts: attended(1),
        measures: [
          swemwbs('review', '2025-05-01', [3, 3, 3, 3, 3, 3, 3]), // 21 -> 19.25
          swemwbs('baseline', '2025-04-02', [2, 2, 2, 2, 2, 2, 2]), // 14 -> 15.32
          swemwbs('baseline', '2025-04-09', [1, 1, 1, 1, 1, 1, 1]), // a later baseline: ignored
          swemwbs('exit', '2025-06-01', [3, 3, 3, 3, 3, 3, 4]), // 22 -> 19.98
        ],
      }),
      referral({
        measures: [swemwbs('baseline', '2025-04-02', [3, 3, 3, 3, 3, 3, 3]), swemwbs('exit', '2025-06-01', [3, 3, 3, 3, 3, 3, 2])],
      }),
      referral({ measures: [swemwbs('baseline', '2025-04-02', [3, 3, 3, 3, 3, 3, 3])] }), // no later score
      referral({ measures: [swemwbs('baseline', '2025-04-02', [3, 3, 3, 3, 3, 3, 9]), swemwbs('exit', '2025-06-01', [3, 3, 3, 3, 3, 3, 3])] }),
    ]);
    const w = summary.total.wellbeing.swemwbs!;
    expect(w).toMatchObject({ higherIsBetter: true, paired: 2, unscorable: 1, improved: 1, meaningfullyImproved: 1, meaningfulChange: 3 });
    expect(w.meanBaseline).toBeCloseTo((15.32 + 19.25) / 2, 10);
    expect(w.meanFollowUp).toBeCloseTo((19.98 + 18.59) / 2, 10);
    expect(w.meanChange).toBeCloseTo((19.98 - 15.32 + 18.59 - 19.25) / 2, 10);
    expect(w.improvedRate?.value).toBe(0.5);
    expect(summary.total.positiveOutcomes).toBe(1);
  });

  it('lets the threshold be changed', () => {
    const records = [
      referral({ measures: [swemwbs('baseline', '2025-04-02', [3, 3, 3, 3, 3, 3, 3]), swemwbs('exit', '2025-06-01', [3, 3, 3, 3, 3, 4, 4])] }),
    ]; // 19.25 -> 20.73: +1.48
    expect(summarizeOutcomes(records).total.wellbeing.swemwbs?.meaningfullyImproved).toBe(0);
    const lenient = summarizeOutcomes(records, { instruments: { swemwbs: { meaningfulChange: 1 } } });
    expect(lenient.total.wellbeing.swemwbs?.meaningfullyImproved).toBe(1);
    const none = summarizeOutcomes(records, { instruments: { swemwbs: { meaningfulChange: null } } });
    expect(none.total.wellbeing.swemwbs?.meaningfulImprovementRate).toBeNull();
  });

  it('splits ONS4 into four rows and reads UCLA3, MYCaW and other instruments', () => {
    const summary = summarizeOutcomes([
      referral({
        measures: [
          { instrument: 'ons4', timepoint: 'baseline', on: '2025-04-02', items: [4, 5, 5, 7] },
          { instrument: 'ons4', timepoint: 'exit', on: '2025-06-02', items: [6, 5, 4, 3] },
          { instrument: 'ucla3', timepoint: 'baseline', on: '2025-04-02', items: [3, 3, 2] },
          { instrument: 'ucla3', timepoint: 'exit', on: '2025-06-02', score: 5 },
          { instrument: 'mycaw', timepoint: 'baseline', on: '2025-04-02', items: [5, 4, 3] },
          { instrument: 'mycaw', timepoint: 'review', on: '2025-06-02', score: 2 },
          { instrument: 'pam', timepoint: 'baseline', on: '2025-04-02', score: 47.5 },
          { instrument: 'pam', timepoint: 'exit', on: '2025-06-02', score: 55.1 },
        ],
      }),
      referral({
        measures: [
          { instrument: 'ons4', timepoint: 'baseline', on: '2025-04-02', score: 4 },
          { instrument: 'ons4', timepoint: 'exit', on: '2025-06-02', items: [6, 5, 4, 3] },
          { instrument: 'mycaw', timepoint: 'baseline', on: '2025-04-02', items: [5] },
          { instrument: 'mycaw', timepoint: 'exit', on: '2025-06-02', items: [1, 1] },
          { instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-02', score: 40 },
          { instrument: 'swemwbs', timepoint: 'exit', on: '2025-06-02', score: 20 },
          { instrument: 'ucla3', timepoint: 'baseline', on: '2025-04-02', score: 2 },
          { instrument: 'ucla3', timepoint: 'exit', on: '2025-06-02', score: 5 },
          { instrument: 'pam', timepoint: 'baseline', on: '2025-04-02', items: [1] },
          { instrument: 'pam', timepoint: 'exit', on: '2025-06-02', score: 55.1 },
        ],
      }),
    ]);
    const w = summary.total.wellbeing;
    expect(Object.keys(w)).toEqual([
      'mycaw',
      'ons4-anxiety',
      'ons4-happiness',
      'ons4-life-satisfaction',
      'ons4-worthwhile',
      'pam',
      'swemwbs',
      'ucla3',
    ]);
    expect(w['ons4-life-satisfaction']).toMatchObject({ paired: 1, unscorable: 1, improved: 1, meanChange: 2 });
    expect(w['ons4-worthwhile']).toMatchObject({ paired: 1, improved: 0, meanChange: 0 });
    expect(w['ons4-happiness']).toMatchObject({ improved: 0, meanChange: -1 });
    expect(w['ons4-anxiety']).toMatchObject({ higherIsBetter: false, improved: 1, meanChange: -4 });
    expect(w.ucla3).toMatchObject({ paired: 1, unscorable: 1, improved: 1, meanChange: -3 });
    expect(w.mycaw).toMatchObject({ paired: 1, unscorable: 1, improved: 1, meanChange: -2 });
    expect(w.swemwbs).toMatchObject({ paired: 0, unscorable: 1, meanChange: null, improvedRate: null });
    expect(w.pam).toMatchObject({ higherIsBetter: null, paired: 1, unscorable: 1, improvedRate: null, meaningfulImprovementRate: null });
    expect(w.pam?.meanChange).toBeCloseTo(7.6, 10);
    const directed = summarizeOutcomes([referral({ measures: [
      { instrument: 'pam', timepoint: 'baseline', on: '2025-04-02', score: 47.5 },
      { instrument: 'pam', timepoint: 'exit', on: '2025-06-02', score: 55.1 },
    ] })], { instruments: { pam: { higherIsBetter: true, meaningfulChange: 5 } } });
    expect(directed.total.wellbeing.pam).toMatchObject({ improved: 1, meaningfullyImproved: 1, improvedRate: { value: 1 } });
  });
});

describe('the accumulator', () => {
  const records = [
    referral({ pcn: 'A', contacts: attended(8) }),
    referral({ pcn: 'B', contacts: attended(3), onward: [{ kind: 'signpost', organisationId: 'o', activityId: 'x', on: '2025-04-05' }] }),
    referral({ pcn: 'A', referredOn: '2024-01-01' }),
  ];

  it('serialises to JSON and merges states', () => {
    const a = createOutcomeAccumulator({ groupBy: 'pcn', from: '2025-01-01' });
    a.add(records[0]!);
    a.add(records[2]!);
    const b = createOutcomeAccumulator({ groupBy: 'pcn', from: '2025-01-01' });
    b.add(records[1]!);
    const state = JSON.parse(JSON.stringify(b.state())) as OutcomeAccumulatorState;
    a.merge(state);
    expect(a.result()).toEqual(summarizeOutcomes(records, { groupBy: 'pcn', from: '2025-01-01' }));
    expect((b.state().groups[0] as { organisations: string[] }).organisations).toEqual(['o']);
  });

  it('merges into an accumulator without groups', () => {
    const a = createOutcomeAccumulator();
    const b = createOutcomeAccumulator();
    b.add(records[0]!);
    a.merge(b);
    a.add(records[1]!);
    expect(a.result().total.referrals).toBe(2);
    expect(a.result().groups).toEqual([]);
  });

  it('refuses to merge different settings or foreign data', () => {
    const a = createOutcomeAccumulator({ groupBy: 'pcn' });
    expect(error(() => a.merge(createOutcomeAccumulator({ groupBy: 'month' }))).code).toBe('outcomes/incompatible-state');
    expect(error(() => a.merge(createOutcomeAccumulator({ groupBy: 'pcn', expectedContacts: { min: 1, max: 2 } }))).code).toBe(
      'outcomes/incompatible-state',
    );
    expect(error(() => a.merge({ version: 2 } as never)).code).toBe('outcomes/incompatible-state');
    expect(error(() => a.merge(null as never)).code).toBe('outcomes/incompatible-state');
  });

  it('keeps issue indexes global with firstIndex', () => {
    const bad = { id: '' } as unknown as Referral;
    const first = createOutcomeAccumulator({ validate: true });
    first.add(bad);
    const second = createOutcomeAccumulator({ validate: true, firstIndex: 1000 });
    second.add(referral());
    second.add(bad);
    second.merge(first);
    expect(second.result().excluded.issues.map((i) => i.index)).toEqual([0, 0, 0, 1001, 1001, 1001]);
    expect(second.result().excluded.total).toBe(2);
  });

  it('takes medians exactly', () => {
    const median = (counts: number[]) => summarizeOutcomes(counts.map((n) => referral({ contacts: attended(n) }))).total.contacts.median;
    expect(median([1])).toBe(1);
    expect(median([1, 2, 9])).toBe(2);
    expect(median([1, 2, 9, 10])).toBe(5.5);
    expect(median([0, 0, 3, 3])).toBe(3);
  });
});

describe('summarizeOutcomesAsync', () => {
  it('equals the synchronous summary', async () => {
    const records = [referral({ pcn: 'A', contacts: attended(6) }), referral({ pcn: 'B' })];
    async function* read() {
      for (const r of records) yield await Promise.resolve(r);
    }
    expect(await summarizeOutcomesAsync(read(), { groupBy: 'pcn' })).toEqual(summarizeOutcomes(records, { groupBy: 'pcn' }));
    expect(await summarizeOutcomesAsync(records)).toEqual(summarizeOutcomes(records));
    await expect(summarizeOutcomesAsync(5 as never)).rejects.toMatchObject({ code: 'outcomes/invalid-input' });
    await expect(summarizeOutcomesAsync(null as never)).rejects.toMatchObject({ code: 'outcomes/invalid-input' });
  });

  it('validated records parse with ReferralSchema', () => {
    expect(ReferralSchema.safeParse(referral({ contacts: attended(12) })).success).toBe(true);
  });
});
