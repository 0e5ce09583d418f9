/**
 * `merge(state)` checks a serialised accumulator state (from JSON, another thread or
 * storage) field by field before adding anything: the exact `outcomes/incompatible-state`
 * issues are pinned here. Also the top-level checks of the summary writers
 * (`outcomes/invalid-summary`), with their exact paths.
 */
import { describe, expect, it } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import { createOutcomeAccumulator, summaryToCsv, summaryToMarkdown, summaryToRows, summaryToVegaLite, type OutcomeSummary, type OutcomeSummaryOptions } from '../../src/outcomes/index.js';
import { guardSummary } from '../../src/outcomes/summaryGuard.js';
import type { Referral } from '../../src/referrals/index.js';
import { attended, referral } from './helpers.js';
import { errorOf } from '../support/errorOf.js';

const WHOLE = 'must be a whole number, 0 or more';
const OBJECT = 'must be an object';
const LIST = 'must be a list of whole numbers, 0 or more, of the expected length';
const IDS = 'must be an array of ids';
const KEY = 'must be the group key (a string or null per grouping field)';
const ISSUE = 'must be { index, path, message }';

/**
 * One referral in PCN `north`, accepted, engaged (2 contacts), with a need (housing),
 * a met goal, an onward referral and a SWEMWBS pair (20 -> 25, a meaningful gain),
 * no person (age unknown); and one invalid record.
 */
function stateText(options: OutcomeSummaryOptions): string {
  const accumulator = createOutcomeAccumulator({ ...options, validate: true });
  accumulator.add(
    referral({
      pcn: 'north',
      needs: ['housing'],
      events: [{ type: 'accepted', on: '2025-04-02' }],
      contacts: attended(2),
      goals: [{ setOn: '2025-04-02', status: 'met' }],
      onward: [{ kind: 'referral', organisationId: 'org-1', activityId: 'act-1', on: '2025-04-10' }],
      measures: [
        { instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-02', score: 20 },
        { instrument: 'swemwbs', timepoint: 'exit', on: '2025-05-02', score: 25 },
      ],
    }),
  );
  accumulator.add({ id: '' } as unknown as Referral);
  return JSON.stringify(accumulator.state());
}

const BY_PCN: OutcomeSummaryOptions = { groupBy: 'pcn' };
const BY_PCN_SOURCE: OutcomeSummaryOptions = { groupBy: ['pcn', 'source'] };
const TEXT = stateText(BY_PCN);
const TEXT_TWO_KEYS = stateText(BY_PCN_SOURCE);

/** Merges the edited state into a new accumulator; returns the error, and checks the accumulator was left unchanged. */
function mergeError(edit: (state: any) => void, options = BY_PCN, text = TEXT): { code: string; issues: readonly unknown[] } {
  const state = JSON.parse(text);
  edit(state);
  const target = createOutcomeAccumulator({ ...options, validate: true });
  const error = errorOf(() => {
    target.merge(state);
  });
  expect(target.result()).toEqual(createOutcomeAccumulator({ ...options, validate: true }).result());
  return error;
}

const incompatible = (...issues: [(string | number)[], string][]) => ({
  code: 'outcomes/incompatible-state',
  issues: issues.map(([path, message]) => ({ path, message })),
});

const G = ['groups', 0] as const;

describe('merge of a serialised state', () => {
  it('accepts an unedited state, a null key and a reported issue whose path holds a number', () => {
    const target = createOutcomeAccumulator({ ...BY_PCN, validate: true });
    const state = JSON.parse(TEXT);
    state.groups[0].key = null;
    state.excluded.issues.push({ index: 7, path: ['contacts', 0, 'on'], message: 'Invalid input' });
    target.merge(state);
    const result = target.result();
    expect(result.groups.map((row) => row.key)).toEqual([null]);
    expect(result.total.referrals).toBe(1);
    expect(result.excluded.issues.at(-1)).toEqual({ index: 7, path: ['contacts', 0, 'on'], message: 'Invalid input' });
  });

  it('rejects top-level counts that are not whole numbers, 0 or more', () => {
    expect(mergeError((s) => (s.recordsRead = -1))).toEqual(incompatible([['recordsRead'], WHOLE]));
    expect(mergeError((s) => (s.outsidePeriod.before = 1.5))).toEqual(incompatible([['outsidePeriod', 'before'], WHOLE]));
    expect(mergeError((s) => (s.outsidePeriod.after = -1))).toEqual(incompatible([['outsidePeriod', 'after'], WHOLE]));
    expect(mergeError((s) => (s.excluded.total = null))).toEqual(incompatible([['excluded', 'total'], WHOLE]));
    expect(mergeError((s) => (s.excluded.byReason['id: required'] = 0.5))).toEqual(
      incompatible([['excluded', 'byReason', '<key 3>'], WHOLE]),
    );
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a number', 5],
    ['a string', 'before'],
  ])('rejects outsidePeriod that is %s, and both counts it lacks', (_, value) => {
    expect(mergeError((s) => (s.outsidePeriod = value))).toEqual(
      incompatible([['outsidePeriod'], OBJECT], [['outsidePeriod', 'before'], WHOLE], [['outsidePeriod', 'after'], WHOLE]),
    );
  });

  it('rejects exclusions that are not an object, reasons that are not an object and issues that are not an array', () => {
    expect(mergeError((s) => (s.excluded = null))).toEqual(
      incompatible(
        [['excluded'], OBJECT],
        [['excluded', 'total'], WHOLE],
        [['excluded', 'byReason'], OBJECT],
        [['excluded', 'issues'], 'must be an array'],
      ),
    );
    expect(mergeError((s) => (s.excluded.byReason = []))).toEqual(incompatible([['excluded', 'byReason'], OBJECT]));
    expect(mergeError((s) => (s.excluded.issues = {}))).toEqual(incompatible([['excluded', 'issues'], 'must be an array']));
  });

  it('rejects each reported issue that is not { index, path, message } with index a count and path strings or counts', () => {
    const entries = [
      { index: 0, path: ['id'], message: 'ok' },
      null,
      { index: -1, path: ['id'], message: 'm' },
      { index: 0, path: ['id'], message: 5 },
      { index: 0, path: 'id', message: 'm' },
      { index: 0, path: ['id', true], message: 'm' },
      { index: 0, path: ['contacts', -1], message: 'm' },
      { index: 0, path: [], message: 'ok' },
    ];
    expect(mergeError((s) => (s.excluded.issues = entries))).toEqual(
      incompatible(
        [['excluded', 'issues', 1], ISSUE],
        [['excluded', 'issues', 2], ISSUE],
        [['excluded', 'issues', 3], ISSUE],
        [['excluded', 'issues', 4], ISSUE],
        [['excluded', 'issues', 5], ISSUE],
        [['excluded', 'issues', 6], ISSUE],
      ),
    );
  });

  it('reports at most 20 problems: a group that is not an object lacks every field', () => {
    expect(mergeError((s) => (s.groups[0] = null))).toEqual(
      incompatible(
        [[...G], OBJECT],
        [[...G, 'key'], KEY],
        [[...G, 'referrals'], WHOLE],
        [[...G, 'accepted'], WHOLE],
        [[...G, 'declined'], WHOLE],
        [[...G, 'unableToContact'], WHOLE],
        [[...G, 'engaged'], WHOLE],
        [[...G, 'closed'], LIST],
        [[...G, 'goalsSet'], WHOLE],
        [[...G, 'goalsMet'], WHOLE],
        [[...G, 'goalsPartlyMet'], WHOLE],
        [[...G, 'positiveOutcomes'], WHOLE],
        [[...G, 'contactsAttended'], WHOLE],
        [[...G, 'contactsMissed'], WHOLE],
        [[...G, 'contactHistogram'], LIST],
        [[...G, 'withinExpected'], WHOLE],
        [[...G, 'referralsWithNeeds'], WHOLE],
        [[...G, 'needs'], LIST],
        [[...G, 'onwardTotal'], WHOLE],
        [[...G, 'onwardReferrals'], WHOLE],
      ),
    );
  });

  it('rejects a hole in the groups or reported issues (structuredClone keeps holes) instead of throwing a TypeError', () => {
    // eslint-disable-next-line no-sparse-arrays
    const holeFirst = (list: unknown[]) => [, ...list];
    expect(structuredClone(holeFirst([1]))).not.toHaveProperty('0');
    expect(mergeError((s) => (s.excluded.issues = structuredClone(holeFirst(s.excluded.issues))))).toEqual(
      incompatible([['excluded', 'issues', 0], ISSUE]),
    );
    const hole = mergeError((s) => (s.groups = structuredClone(holeFirst(s.groups))));
    expect(hole.code).toBe('outcomes/incompatible-state');
    expect(hole.issues.slice(0, 3)).toEqual([
      { path: ['groups', 0], message: OBJECT },
      { path: ['groups', 0, 'key'], message: KEY },
      { path: ['groups', 0, 'referrals'], message: WHOLE },
    ]);
  });

  it('rejects a group key that is not a string or null', () => {
    expect(mergeError((s) => (s.groups[0].key = 5))).toEqual(incompatible([[...G, 'key'], KEY]));
    expect(mergeError((s) => (s.groups[0].key = ['north']))).toEqual(incompatible([[...G, 'key'], KEY]));
  });

  it('with two grouping fields, the key is a list of two strings or nulls', () => {
    const merge = (key: unknown) => mergeError((s) => (s.groups[0].key = key), BY_PCN_SOURCE, TEXT_TWO_KEYS);
    expect(merge('ab')).toEqual(incompatible([[...G, 'key'], KEY]));
    expect(merge(['north'])).toEqual(incompatible([[...G, 'key'], KEY]));
    expect(merge(['north', 'gp-practice', 'self'])).toEqual(incompatible([[...G, 'key'], KEY]));
    expect(merge(['north', 1])).toEqual(incompatible([[...G, 'key'], KEY]));
    const target = createOutcomeAccumulator(BY_PCN_SOURCE);
    const state = JSON.parse(TEXT_TWO_KEYS);
    state.groups[0].key = ['north', null];
    target.merge(state);
    expect(target.result().groups.map((row) => row.key)).toEqual([['north', null]]);
  });

  it('rejects counts, count lists and id lists of the wrong shape at their path', () => {
    expect(mergeError((s) => (s.groups[0].contactsMissed = -1))).toEqual(incompatible([[...G, 'contactsMissed'], WHOLE]));
    expect(mergeError((s) => (s.groups[0].organisations = [1]))).toEqual(incompatible([[...G, 'organisations'], IDS]));
    expect(mergeError((s) => (s.groups[0].activities = 'act-1'))).toEqual(incompatible([[...G, 'activities'], IDS]));
    expect(mergeError((s) => (s.groups[0].sex = [0, 0, 0]))).toEqual(incompatible([[...G, 'sex'], LIST]));
    expect(mergeError((s) => (s.groups[0].closed[0] = 0.5))).toEqual(incompatible([[...G, 'closed'], LIST]));
  });

  it('a missing needs or ages list is reported, not a TypeError', () => {
    expect(mergeError((s) => delete s.groups[0].needs)).toEqual(incompatible([[...G, 'needs'], LIST]));
    expect(mergeError((s) => delete s.groups[0].ages)).toEqual(incompatible([[...G, 'ages'], LIST]));
  });

  it('rejects counts of referrals above the number of referrals', () => {
    // The group has 1 referral: accepted, engaged, with a need (housing), an onward link and an unknown age.
    const edit = (s: any) => {
      Object.assign(s.groups[0], { referrals: 0, declined: 1, unableToContact: 1 });
    };
    expect(mergeError(edit)).toEqual(
      incompatible(
        ...(['accepted', 'declined', 'unableToContact', 'engaged', 'referralsWithNeeds', 'onwardPeople', 'needs', 'ages'].map(
          (field): [(string | number)[], string] => [[...G, field], 'must not exceed referrals'],
        )),
      ),
    );
  });

  it('each need count is within the referrals', () => {
    expect(mergeError((s) => (s.groups[0].needs[0] = 2))).toEqual(incompatible([[...G, 'needs'], 'must not exceed referrals']));
    expect(mergeError((s) => (s.groups[0].needs[14] = 2))).toEqual(incompatible([[...G, 'needs'], 'must not exceed referrals']));
  });

  it('people aged 20-59 and people of unknown age together are within the referrals (the 20-59 rate is over known ages)', () => {
    // 1 referral of unknown age; one more aged 20-59 would make 2 of 1.
    expect(mergeError((s) => (s.groups[0].ages = [0, 1, 0, 0, 1]))).toEqual(incompatible([[...G, 'ages'], 'must not exceed referrals']));
  });

  it('rejects parts above their whole', () => {
    expect(mergeError((s) => (s.groups[0].goalsMet = 2))).toEqual(incompatible([[...G, 'goalsMet'], 'must not exceed goalsSet']));
    expect(mergeError((s) => (s.groups[0].positiveOutcomes = 2))).toEqual(incompatible([[...G, 'positiveOutcomes'], 'must not exceed engaged']));
    expect(mergeError((s) => (s.groups[0].withinExpected = 2))).toEqual(incompatible([[...G, 'withinExpected'], 'must not exceed engaged']));
    expect(mergeError((s) => (s.groups[0].onwardThreeOrMore = 2))).toEqual(
      incompatible([[...G, 'onwardThreeOrMore'], 'must not exceed onwardPeople']),
    );
  });

  describe('wellbeing', () => {
    const W = [...G, 'wellbeing'];

    it('rejects wellbeing that is not an object, and an instrument that is not an object', () => {
      expect(mergeError((s) => (s.groups[0].wellbeing = []))).toEqual(incompatible([W, OBJECT]));
      expect(mergeError((s) => (s.groups[0].wellbeing.swemwbs = 5))).toEqual(
        incompatible(
          [[...W, 'swemwbs'], OBJECT],
          [[...W, 'swemwbs', 'paired'], WHOLE],
          [[...W, 'swemwbs', 'unscorable'], WHOLE],
          [[...W, 'swemwbs', 'improved'], WHOLE],
          [[...W, 'swemwbs', 'meaningfullyImproved'], WHOLE],
          [[...W, 'swemwbs', 'sumBaseline'], 'must be a whole number'],
          [[...W, 'swemwbs', 'sumFollowUp'], 'must be a whole number'],
        ),
      );
    });

    it('rejects counts that are not whole numbers, 0 or more, and sums (in 1/10,000) that are not whole numbers', () => {
      expect(mergeError((s) => (s.groups[0].wellbeing.swemwbs.unscorable = -1))).toEqual(incompatible([[...W, 'swemwbs', 'unscorable'], WHOLE]));
      expect(mergeError((s) => (s.groups[0].wellbeing.swemwbs.sumFollowUp = 0.5))).toEqual(
        incompatible([[...W, 'swemwbs', 'sumFollowUp'], 'must be a whole number']),
      );
    });

    it('rejects improvements above the pairs, but does not compare with a paired count that is itself invalid', () => {
      expect(mergeError((s) => (s.groups[0].wellbeing.swemwbs.improved = 2))).toEqual(
        incompatible([[...W, 'swemwbs', 'improved'], 'must not exceed paired']),
      );
      expect(mergeError((s) => (s.groups[0].wellbeing.swemwbs.meaningfullyImproved = 2))).toEqual(
        incompatible([[...W, 'swemwbs', 'meaningfullyImproved'], 'must not exceed paired']),
      );
      expect(mergeError((s) => (s.groups[0].wellbeing.swemwbs.paired = -1))).toEqual(incompatible([[...W, 'swemwbs', 'paired'], WHOLE]));
    });

    it('rejects an instrument id of __proto__ (own key from JSON.parse)', () => {
      const text = TEXT.replace(
        '"wellbeing":{',
        '"wellbeing":{"__proto__":{"paired":1,"unscorable":0,"sumBaseline":0,"sumFollowUp":0,"improved":0,"meaningfullyImproved":0},',
      );
      expect(mergeError(() => undefined, BY_PCN, text)).toEqual(incompatible([W, 'must not have an instrument id of __proto__']));
    });
  });
});

describe('the summary writers check the top level of the summary', () => {
  const MESSAGE = 'is not an outcome summary: pass a result of summarizeOutcomes or createOutcomeAccumulator().result()';
  const invalid = (...path: string[]) => ({ code: 'outcomes/invalid-summary', issues: [{ path: ['summary', ...path], message: MESSAGE }] });
  const summary = (): OutcomeSummary => {
    const accumulator = createOutcomeAccumulator({ groupBy: 'pcn' });
    accumulator.add(referral({ pcn: 'north', contacts: attended(1) }));
    return accumulator.result();
  };
  const writers = [summaryToRows, summaryToCsv, summaryToMarkdown, summaryToVegaLite] as ((s: OutcomeSummary) => unknown)[];

  it.each([
    ['null', () => null, invalid()],
    ['a number', () => 5, invalid()],
    ['a string', () => 'summary', invalid()],
    ['no total', () => ({ ...summary(), total: undefined }), invalid('total')],
    ['a null total', () => ({ ...summary(), total: null }), invalid('total')],
    ['groups that are not an array', () => ({ ...summary(), groups: {} }), invalid('groups')],
    ['a group row that is not a row', () => ({ ...summary(), groups: [null] }), invalid()],
    // eslint-disable-next-line no-sparse-arrays
    ['a missing group row (a hole kept by structuredClone)', () => structuredClone({ ...summary(), groups: [, ...summary().groups] }), invalid('groups')],
    ['an undefined group row', () => ({ ...summary(), groups: [...summary().groups, undefined] }), invalid('groups')],
    // eslint-disable-next-line no-sparse-arrays
    ['a missing group name (a hole kept by structuredClone)', () => structuredClone({ ...summary(), groupNames: [, 'pcn'] }), invalid('groupNames')],
  ])('rejects %s at its path', (_, make, expected) => {
    for (const write of writers) expect(errorOf(() => write(make() as OutcomeSummary))).toEqual(expected);
  });

  it('lets a SocialPrescribingError thrown while writing through unchanged, and turns any other error into invalid-summary', () => {
    const own = new SocialPrescribingError('outcomes/invalid-count', [{ path: ['trials'], message: 'must be a whole number' }]);
    expect(
      errorOf(() =>
        guardSummary(summary(), () => {
          throw own;
        }),
      ),
    ).toEqual({ code: 'outcomes/invalid-count', issues: [{ path: ['trials'], message: 'must be a whole number' }] });
    expect(
      errorOf(() =>
        guardSummary(summary(), () => {
          throw new TypeError('x');
        }),
      ),
    ).toEqual(invalid());
  });
});
