import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import {
  scoreMycaw,
  scoreOns4,
  scoreUcla3,
  summarizeOutcomes,
  summaryToCsv,
  summaryToMarkdown,
  summaryToRows,
  summaryToVegaLite,
  wilsonInterval,
  type OutcomeSummary,
} from '../../src/outcomes/index.js';
import { CLOSE_REASONS, NEED_CATEGORIES, PERSON_SEXES, type Referral } from '../../src/referrals/index.js';
import { attended, referral } from './helpers.js';
import { errorOf } from '../support/errorOf.js';

const optionsError = (...issues: { path: (string | number)[]; message: string }[]) => ({ code: 'outcomes/invalid-options', issues });

const onward = (n: number): Referral['onward'] =>
  Array.from({ length: n }, (_, i) => ({ kind: 'referral' as const, organisationId: `org-${i + 1}`, on: '2025-04-10' }));

// PCN A: three referrals (two of known age 20–59, one unknown), one engaged with two goals (one met) and
// three onward connections. PCN B: one referral aged 85, engaged, no goals, one onward connection.
const mixed = summarizeOutcomes(
  [
    referral({
      pcn: 'A',
      person: { birthYear: 1980 },
      contacts: attended(2),
      goals: [
        { setOn: '2025-04-02', status: 'met' },
        { setOn: '2025-04-02', status: 'not-met' },
      ],
      onward: onward(3),
    }),
    referral({ pcn: 'A' }),
    referral({ pcn: 'B', person: { birthYear: 1940 }, contacts: attended(1), onward: onward(1) }),
    referral({ pcn: 'A', person: { birthYear: 1990 } }),
  ],
  { groupBy: 'pcn' },
);

type Datum = { group: string; value: number; low: number; high: number; n: number };
const data = (spec: Readonly<Record<string, unknown>>): Datum[] => (spec.data as { values: Datum[] }).values;
const datum = (group: string, successes: number, trials: number): Datum => ({ group, ...wilsonInterval(successes, trials)!, n: trials });

describe('summaryToVegaLite: what each bar counts', () => {
  it('counts goals set for goals met', () => {
    const spec = summaryToVegaLite(mixed, { rate: 'goals-met' });
    expect(data(spec)).toEqual([datum('A', 1, 2), datum('Total', 1, 2)]);
    expect(spec.description).toBe('Goals met by pcn; error bars are 95% Wilson intervals. No goals in: B.');
  });

  it('counts people referred on for "3 or more"', () => {
    expect(data(summaryToVegaLite(mixed, { rate: 'onward-three-or-more' }))).toEqual([datum('A', 1, 1), datum('B', 0, 1), datum('Total', 1, 2)]);
  });

  it('counts people of known age for the 20–59 share', () => {
    expect(data(summaryToVegaLite(mixed, { rate: 'aged-20-59' }))).toEqual([datum('A', 2, 2), datum('B', 0, 1), datum('Total', 2, 3)]);
  });
});

describe('summaryToVegaLite: the spec', () => {
  // Built inside each test: Stryker's per-test coverage only credits code that runs in a test.
  const spec = () => summaryToVegaLite(mixed);

  it('declares Vega-Lite v6 and compiles', () => {
    expect(spec().$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    expect(compile(spec() as unknown as TopLevelSpec).spec.marks?.length).toBeGreaterThan(0);
  });

  it('has one bar per group then the total, and no "No ..." note when every group has a rate', () => {
    expect(data(spec())).toEqual([datum('A', 1, 3), datum('B', 1, 1), datum('Total', 2, 4)]);
    expect(spec().title).toBe('Engaged (at least one attended contact), with 95% intervals');
    expect(spec().description).toBe('Engaged (at least one attended contact) by pcn; error bars are 95% Wilson intervals.');
  });

  it('leaves out the total bar on request', () => {
    expect(data(summaryToVegaLite(mixed, { includeTotal: false })).map((d) => d.group)).toEqual(['A', 'B']);
    expect(data(summaryToVegaLite(mixed, { includeTotal: true })).map((d) => d.group)).toEqual(['A', 'B', 'Total']);
  });

  it('encodes groups on y, the rate as a 0–100% bar with tooltips, and the interval as a rule', () => {
    expect(spec().encoding).toEqual({ y: { field: 'group', type: 'nominal', sort: null, title: 'pcn' } });
    const layer = spec().layer as { mark: { type: string }; encoding: unknown }[];
    expect(layer.map((l) => l.mark.type)).toEqual(['bar', 'rule']);
    expect(layer[0]!.encoding).toEqual({
      x: { field: 'value', type: 'quantitative', title: 'Engaged (at least one attended contact)', scale: { domain: [0, 1] }, axis: { format: '.0%' } },
      tooltip: [
        { field: 'group', type: 'nominal', title: 'pcn' },
        { field: 'value', type: 'quantitative', title: 'Engaged (at least one attended contact)', format: '.1%' },
        { field: 'low', type: 'quantitative', title: '95% interval, low', format: '.1%' },
        { field: 'high', type: 'quantitative', title: '95% interval, high', format: '.1%' },
        { field: 'n', type: 'quantitative', title: 'referrals' },
      ],
    });
    expect(layer[1]!.encoding).toEqual({ x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } });
  });

  it('draws the interval in a colour of its own over the bar, and grows one step per group', () => {
    const [bar, rule] = (spec().layer as { mark: { color: string } }[]).map((l) => l.mark.color);
    expect(bar).toMatch(/^#[0-9a-f]{6}$/);
    expect(rule).toMatch(/^#[0-9a-f]{6}$/);
    expect(rule).not.toBe(bar);
    expect(spec().height).toEqual({ step: expect.any(Number) as number });
  });

  it('titles the group axis "group" without groups, and joins nested group names with " / "', () => {
    const ungrouped = summaryToVegaLite(summarizeOutcomes([]));
    expect(ungrouped.encoding).toEqual({ y: { field: 'group', type: 'nominal', sort: null, title: 'group' } });
    expect(ungrouped.description).toBe('Engaged (at least one attended contact) by group; error bars are 95% Wilson intervals. No referrals in: Total.');
    const nested = summaryToVegaLite(summarizeOutcomes([referral({ pcn: 'A' })], { groupBy: ['pcn', 'month'] }));
    expect((nested.encoding as { y: { title: string } }).y.title).toBe('pcn / month');
  });

  it('pins its option errors', () => {
    expect(errorOf(() => summaryToVegaLite(mixed, { rate: 'happiness' as never }))).toEqual(
      optionsError({
        path: ['rate'],
        message: 'must be one of engagement, acceptance, goals-met, positive-outcome, contacts-within-expected, onward-three-or-more, aged-20-59',
      }),
    );
    expect(errorOf(() => summaryToVegaLite(mixed, { title: 3 as never }))).toEqual(optionsError({ path: ['title'], message: 'must be a string' }));
  });
});

describe('summaryToRows', () => {
  const withScores = summarizeOutcomes(
    [
      referral({
        pcn: 'A',
        measures: [
          { instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-02', items: [1, 1, 1, 1, 1, 1, 1] },
          { instrument: 'swemwbs', timepoint: 'exit', on: '2025-06-02', items: [5, 5, 5, 5, 5, 5, 5] },
        ],
      }),
    ],
    { groupBy: 'pcn' },
  );

  const rate = (name: string) => [name, `${name}.low`, `${name}.high`];
  const expectedColumns = [
    'row',
    'pcn',
    'referrals',
    'accepted',
    ...rate('acceptanceRate'),
    'declined',
    'unableToContact',
    'engaged',
    ...rate('engagementRate'),
    'closed.total',
    ...CLOSE_REASONS.map((reason) => `closed.${reason}`),
    'closed.reasonUnknown',
    'goals.set',
    'goals.met',
    'goals.partlyMet',
    ...rate('goals.metRate'),
    'positiveOutcomes',
    ...rate('positiveOutcomeRate'),
    'contacts.attended',
    'contacts.missed',
    'contacts.mean',
    'contacts.median',
    'contacts.withinExpected',
    ...rate('contacts.withinExpectedRate'),
    'referralsWithNeeds',
    ...NEED_CATEGORIES.flatMap((need) => [`needs.${need}`, `needs.${need}.share`]),
    'onward.total',
    'onward.referrals',
    'onward.signposts',
    'onward.distinctOrganisations',
    'onward.distinctActivities',
    'onward.people',
    'onward.peopleWithThreeOrMore',
    ...rate('onward.threeOrMoreRate'),
    'onward.attendance.attended',
    'onward.attendance.didNotAttend',
    'onward.attendance.unknown',
    ...rate('onward.attendance.attendanceRate'),
    'waiting.referrals',
    'waiting.placed',
    'waiting.meanDays',
    'waiting.medianDays',
    'wellbeing.swemwbs.paired',
    'wellbeing.swemwbs.meanBaseline',
    'wellbeing.swemwbs.meanFollowUp',
    'wellbeing.swemwbs.meanChange',
    ...rate('wellbeing.swemwbs.improvedRate'),
    ...rate('wellbeing.swemwbs.meaningfulImprovementRate'),
    'age.0-19',
    'age.20-59',
    'age.60-74',
    'age.75+',
    'age.unknown',
    ...rate('aged20To59Rate'),
    ...PERSON_SEXES.map((sex) => `sex.${sex}`),
    'countOnly.contacts',
    'countOnly.wellbeing',
    'countOnly.closed',
    'enteredInError',
  ];

  it('names every column after the OutcomeRow field it holds', () => {
    const rows = summaryToRows(withScores);
    expect(rows.map((row) => Object.keys(row))).toEqual([expectedColumns, expectedColumns]);
  });

  it('writes the wellbeing pair: SWEMWBS 7 → 35 is an improvement and a meaningful one', () => {
    const [group] = summaryToRows(withScores);
    const one = wilsonInterval(1, 1)!;
    expect(group).toMatchObject({
      'wellbeing.swemwbs.paired': 1,
      'wellbeing.swemwbs.meanBaseline': 7,
      'wellbeing.swemwbs.meanFollowUp': 35,
      'wellbeing.swemwbs.meanChange': 28,
      'wellbeing.swemwbs.improvedRate': 1,
      'wellbeing.swemwbs.improvedRate.low': one.low,
      'wellbeing.swemwbs.meaningfulImprovementRate': 1,
      'wellbeing.swemwbs.meaningfulImprovementRate.low': one.low,
    });
  });

  it('orders instrument columns by id whatever the key order of the summary (e.g. one stored and reloaded)', () => {
    const two = summarizeOutcomes([
      referral({
        measures: [
          { instrument: 'ucla3', timepoint: 'baseline', on: '2025-04-02', items: [3, 3, 3] },
          { instrument: 'ucla3', timepoint: 'exit', on: '2025-06-02', items: [1, 1, 1] },
          { instrument: 'mycaw', timepoint: 'baseline', on: '2025-04-02', items: [5, 4] },
          { instrument: 'mycaw', timepoint: 'exit', on: '2025-06-02', items: [2, 1] },
        ],
      }),
    ]);
    const reversed = Object.fromEntries(Object.entries(two.total.wellbeing).reverse());
    const reloaded: OutcomeSummary = { ...two, total: { ...two.total, wellbeing: reversed } };
    const columns = Object.keys(summaryToRows(reloaded)[0]!).filter((c) => c.endsWith('.paired'));
    expect(columns).toEqual(['wellbeing.mycaw.paired', 'wellbeing.ucla3.paired']);
  });

  it('accepts digits from 0 to 15 and rejects the rest with one exact issue', () => {
    const summary = summarizeOutcomes([referral({ contacts: attended(1) }), referral()]);
    // Engagement 1/2: Wilson 95% interval 0.0945–0.9055.
    expect(summaryToRows(summary, { digits: 0 })[0]).toMatchObject({ engagementRate: 1, 'engagementRate.low': 0, 'engagementRate.high': 1 });
    expect(summaryToRows(summary, { digits: 15 })[0]!['engagementRate.low']).toBeCloseTo(0.0945, 4);
    const digitsError = optionsError({ path: ['digits'], message: 'must be a whole number from 0 to 15' });
    expect(errorOf(() => summaryToRows(summary, { digits: -1 }))).toEqual(digitsError);
    expect(errorOf(() => summaryToRows(summary, { digits: 16 }))).toEqual(digitsError);
  });

  it('rejects options that are not an object', () => {
    const notObject = optionsError({ path: [], message: 'must be an options object' });
    expect(errorOf(() => summaryToRows(mixed, 'digits' as never))).toEqual(notObject);
    expect(errorOf(() => summaryToRows(mixed, [] as never))).toEqual(notObject);
    expect(errorOf(() => summaryToCsv(mixed, 'digits' as never))).toEqual(notObject);
  });
});

describe('summaryToCsv', () => {
  it('rounds to the digits asked for, with or without the total line', () => {
    const summary = summarizeOutcomes([referral({ pcn: 'A', contacts: attended(1) }), referral({ pcn: 'A' })], { groupBy: 'pcn' });
    for (const includeTotal of [true, false]) {
      const [header, group] = summaryToCsv(summary, { digits: 2, includeTotal }).split('\r\n');
      const columns = header!.split(',');
      const cells = group!.split(',');
      expect(cells[columns.indexOf('engagementRate')]).toBe('0.5');
      expect(cells[columns.indexOf('engagementRate.low')]).toBe('0.09');
      expect(cells[columns.indexOf('engagementRate.high')]).toBe('0.91');
    }
  });
});

describe('summaryToMarkdown', () => {
  it('escapes backslashes and pipes and folds each run of line breaks to one space', () => {
    const summary = summarizeOutcomes([referral({ pcn: 'a\\b|c\r\nd\ne' })], { groupBy: 'pcn' });
    expect(summaryToMarkdown(summary).split('\n')[2]!.startsWith('| a\\\\b\\|c d e | 1 |')).toBe(true);
  });

  it('titles the group column with the group names joined by " / "', () => {
    const summary = summarizeOutcomes([referral({ pcn: 'A' })], { groupBy: ['pcn', 'month'] });
    expect(summaryToMarkdown(summary).split('\n')[0]!.startsWith('| pcn / month | referrals |')).toBe(true);
  });
});

describe('summary options', () => {
  const run = (options: unknown) => summarizeOutcomes([], options as never);

  it('must be an object', () => {
    const notObject = optionsError({ path: [], message: 'must be an options object' });
    expect(errorOf(() => run('pcn'))).toEqual(notObject);
    expect(errorOf(() => run(['pcn']))).toEqual(notObject);
  });

  it('names the known group fields when groupBy is not one', () => {
    const message = 'must be a function or one of pcn, practiceCode, workerId, source, schemeId, month';
    expect(errorOf(() => run({ groupBy: 'ward' }))).toEqual(optionsError({ path: ['groupBy'], message }));
    expect(errorOf(() => run({ groupBy: [['pcn']] }))).toEqual(optionsError({ path: ['groupBy', 0], message }));
  });

  it('wants one non-empty string name per groupBy entry', () => {
    // A bad name is reported at its index (the zod schema's path); a wrong count at groupNames.
    const bad = (...path: (string | number)[]) => optionsError({ path: ['groupNames', ...path], message: 'must be one non-empty name per groupBy entry' });
    expect(errorOf(() => run({ groupBy: 'pcn', groupNames: [''] }))).toEqual(bad(0));
    expect(errorOf(() => run({ groupBy: 'pcn', groupNames: [3] }))).toEqual(bad(0));
    expect(errorOf(() => run({ groupBy: ['pcn', 'month'], groupNames: ['PCN', ''] }))).toEqual(bad(1));
    expect(errorOf(() => run({ groupBy: ['pcn', 'month'], groupNames: ['PCN'] }))).toEqual(bad());
    expect(run({ groupBy: ['pcn', 'month'], groupNames: ['PCN', 'Month'] }).groupNames).toEqual(['PCN', 'Month']);
  });

  it('takes an expected-contacts range with 0 <= min <= max, ends included', () => {
    // A bad end is reported at its own path (the zod schema's); min above max at the range.
    const bad = (...path: string[]) => optionsError({ path: ['expectedContacts', ...path], message: 'must be { min, max } with 0 <= min <= max' });
    expect(run({ expectedContacts: { min: 0, max: 0 } }).total.contacts.expected).toEqual({ min: 0, max: 0 });
    expect(run({ expectedContacts: { min: 8, max: 8 } }).total.contacts.expected).toEqual({ min: 8, max: 8 });
    expect(errorOf(() => run({ expectedContacts: { min: -1, max: 12 } }))).toEqual(bad('min'));
    expect(errorOf(() => run({ expectedContacts: { min: '6', max: 12 } }))).toEqual(bad('min'));
    expect(errorOf(() => run({ expectedContacts: { min: 6, max: '12' } }))).toEqual(bad('max'));
    expect(errorOf(() => run({ expectedContacts: { min: 6, max: 2 } }))).toEqual(bad());
    // Untyped configuration never crashes with a TypeError: a symbol is reported like any other bad value.
    expect(errorOf(() => run({ expectedContacts: { min: 6, max: Symbol('12') } }))).toEqual(bad('max'));
  });

  it('checks validate, maxReportedIssues and firstIndex, accepting 0 for the counts', () => {
    expect(errorOf(() => run({ validate: 'yes' }))).toEqual(optionsError({ path: ['validate'], message: 'must be true or false' }));
    expect(errorOf(() => run({ maxReportedIssues: -1, firstIndex: 1.5 }))).toEqual(
      optionsError(
        { path: ['maxReportedIssues'], message: 'must be a whole number, 0 or more' },
        { path: ['firstIndex'], message: 'must be a whole number, 0 or more' },
      ),
    );
    expect(run({ maxReportedIssues: 0, firstIndex: 0 }).total.referrals).toBe(0);
  });

  it('allows a one-day period and rejects from after to', () => {
    const day = summarizeOutcomes([referral({ referredOn: '2025-04-01' }), referral({ referredOn: '2025-04-02' })], {
      from: '2025-04-01',
      to: '2025-04-01',
    });
    expect(day.total.referrals).toBe(1);
    expect(errorOf(() => run({ from: '2025-04-02', to: '2025-04-01' }))).toEqual({
      code: 'outcomes/invalid-period',
      issues: [{ path: ['from'], message: 'must not be after to' }],
    });
  });

  it('keeps the default SWEMWBS threshold when only the direction is overridden', () => {
    expect(run({ instruments: { swemwbs: { higherIsBetter: true } } }).total.wellbeing).toEqual({});
    const summary = summarizeOutcomes(
      [
        referral({
          measures: [
            { instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-02', items: [3, 3, 3, 3, 3, 3, 3] },
            { instrument: 'swemwbs', timepoint: 'exit', on: '2025-06-02', items: [4, 4, 4, 4, 4, 4, 4] },
          ],
        }),
      ],
      { instruments: { swemwbs: { higherIsBetter: true } } },
    );
    expect(summary.total.wellbeing.swemwbs).toMatchObject({ meaningfulChange: 3, meaningfullyImproved: 1 });
  });

  it('takes a new instrument with a direction only (no threshold)', () => {
    const summary = summarizeOutcomes(
      [
        referral({
          measures: [
            { instrument: 'pam', timepoint: 'baseline', on: '2025-04-02', score: 50 },
            { instrument: 'pam', timepoint: 'exit', on: '2025-06-02', score: 60 },
          ],
        }),
      ],
      { instruments: { pam: { higherIsBetter: true } } },
    );
    expect(summary.total.wellbeing.pam).toMatchObject({ higherIsBetter: true, paired: 1, improved: 1, meaningfulChange: null, meaningfulImprovementRate: null });
  });

  it('reports bad instrument settings exactly', () => {
    const notKeyed = optionsError({ path: ['instruments'], message: 'must be an object keyed by instrument id' });
    expect(errorOf(() => run({ instruments: 'swemwbs' }))).toEqual(notKeyed);
    expect(errorOf(() => run({ instruments: null }))).toEqual(notKeyed);
    expect(errorOf(() => run({ instruments: { pam: 5 } }))).toEqual(
      // An instrument id is the caller's key: the path gives its position, never the id.
      optionsError({ path: ['instruments', '<key 0>'], message: 'must be { higherIsBetter?, meaningfulChange? }' }),
    );
    expect(errorOf(() => run({ instruments: { pam: { higherIsBetter: 'yes', meaningfulChange: 0 } } }))).toEqual(
      optionsError(
        { path: ['instruments', '<key 0>', 'higherIsBetter'], message: 'must be true or false' },
        { path: ['instruments', '<key 0>', 'meaningfulChange'], message: 'must be a number above 0, or null' },
      ),
    );
    expect(errorOf(() => run({ instruments: { pam: { meaningfulChange: Symbol('3') } } }))).toEqual(
      optionsError({ path: ['instruments', '<key 0>', 'meaningfulChange'], message: 'must be a number above 0, or null' }),
    );
  });
});

describe('scoring through the summaries (trusted fast path)', () => {
  const swemwbs = (baseline: number[]) =>
    summarizeOutcomes([
      referral({
        measures: [
          { instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-02', items: baseline },
          { instrument: 'swemwbs', timepoint: 'exit', on: '2025-06-02', items: [5, 5, 5, 5, 5, 5, 5] },
        ],
      }),
    ]).total.wellbeing.swemwbs;

  it('scores items at the bottom of the 1–5 range', () => {
    expect(swemwbs([1, 1, 1, 1, 1, 1, 1])).toMatchObject({ paired: 1, unscorable: 0, meanBaseline: 7, meanFollowUp: 35 });
  });

  it('counts items below 1 or not whole as unscorable', () => {
    expect(swemwbs([0, 1, 1, 1, 1, 1, 1])).toMatchObject({ paired: 0, unscorable: 1 });
    expect(swemwbs([2.5, 1, 1, 1, 1, 1, 1])).toMatchObject({ paired: 0, unscorable: 1 });
  });
});

describe('instrument scorers', () => {
  const invalidItems = (...issues: { path: (string | number)[]; message: string }[]) => ({ code: 'outcomes/invalid-items', issues });

  it('UCLA-3: a cut-off from 3 to 9, whole', () => {
    expect(scoreUcla3([1, 1, 1], { lonelyAtOrAbove: 3 })).toEqual({ total: 3, lonely: true });
    const bad = optionsError({
      path: ['lonelyAtOrAbove'],
      message: 'is required: a whole number from 3 to 9 (published cut-offs range from 4 to 6)',
    });
    expect(errorOf(() => scoreUcla3([1, 1, 1], { lonelyAtOrAbove: 2 }))).toEqual(bad);
    expect(errorOf(() => scoreUcla3([1, 1, 1], { lonelyAtOrAbove: 4.5 }))).toEqual(bad);
    expect(errorOf(() => scoreUcla3([1, 1, 1], null as never))).toEqual(bad);
    expect(errorOf(() => scoreUcla3('111' as never, { lonelyAtOrAbove: 6 }))).toEqual(invalidItems({ path: [], message: 'must be an array of item scores' }));
  });

  it('MYCaW: wellbeing is a whole number from 0 to 6', () => {
    expect(scoreMycaw({ concerns: [6], wellbeing: 6 })).toEqual({ concerns: 6, wellbeing: 6, profile: 6 });
    const bad = invalidItems({ path: ['wellbeing'], message: 'must be a whole number from 0 to 6' });
    expect(errorOf(() => scoreMycaw({ concerns: [1], wellbeing: -1 }))).toEqual(bad);
    expect(errorOf(() => scoreMycaw({ concerns: [1], wellbeing: 2.5 }))).toEqual(bad);
    expect(errorOf(() => scoreMycaw({ concerns: [1], wellbeing: 7 }))).toEqual(bad);
    const notObject = invalidItems({ path: [], message: 'must be an object with concerns and wellbeing' });
    expect(errorOf(() => scoreMycaw(null as never))).toEqual(notObject);
    expect(errorOf(() => scoreMycaw(undefined as never))).toEqual(notObject);
  });

  it('ONS4: each answer a whole number from 0 to 10', () => {
    expect(errorOf(() => scoreOns4({ lifeSatisfaction: 11, worthwhile: 10, happiness: 0, anxiety: 5 }))).toEqual(
      invalidItems({ path: ['lifeSatisfaction'], message: 'must be a whole number from 0 to 10' }),
    );
    const notObject = invalidItems({ path: [], message: 'must be an object of four answers' });
    expect(errorOf(() => scoreOns4(undefined as never))).toEqual(notObject);
    expect(errorOf(() => scoreOns4(null as never))).toEqual(notObject);
  });

  it('wilsonInterval: bad counts are outcomes/invalid-count', () => {
    expect(errorOf(() => wilsonInterval(3, 2))).toEqual({
      code: 'outcomes/invalid-count',
      issues: [{ path: ['successes'], message: 'must not exceed trials' }],
    });
  });
});
