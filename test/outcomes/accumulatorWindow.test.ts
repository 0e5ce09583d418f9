/**
 * The accumulator's own bookkeeping around the counters: the from/to window (both days
 * inclusive), progress calls, options given as `null`, merged issues ordered by index then
 * path, and a merged state into an accumulator without groups.
 */
import { describe, expect, it } from 'vitest';
import { createOutcomeAccumulator, summarizeOutcomes, summarizeOutcomesAsync, type OutcomeAccumulatorState, type OutcomeProgress } from '../../src/outcomes/index.js';
import { attended, referral } from './helpers.js';

describe('the period window', () => {
  it('counts a referral on the last day of the period in it, and one a day later as after', () => {
    const summary = summarizeOutcomes(
      [referral({ referredOn: '2025-04-30' }), referral({ referredOn: '2025-05-01' }), referral({ referredOn: '2025-04-01' })],
      { to: '2025-04-30' },
    );
    expect([summary.recordsRead, summary.total.referrals]).toEqual([3, 2]);
    expect(summary.outsidePeriod).toEqual({ before: 0, after: 1 });
    expect(summary.period).toEqual({ from: null, to: '2025-04-30' });
  });

  it('counts a referral on the first day of the period in it, and one a day earlier as before', () => {
    const summary = summarizeOutcomes(
      [referral({ referredOn: '2025-04-01' }), referral({ referredOn: '2025-03-31' }), referral({ referredOn: '2025-09-30' })],
      { from: '2025-04-01' },
    );
    expect([summary.recordsRead, summary.total.referrals]).toEqual([3, 2]);
    expect(summary.outsidePeriod).toEqual({ before: 1, after: 0 });
    expect(summary.period).toEqual({ from: '2025-04-01', to: null });
  });

  it('counts every referral in a period without ends', () => {
    const summary = summarizeOutcomes([referral({ referredOn: '1990-01-01' }), referral({ referredOn: '2099-12-31' })]);
    expect([summary.total.referrals, summary.outsidePeriod.before, summary.outsidePeriod.after]).toEqual([2, 0, 0]);
  });

  it('keeps the outside counts in the saved state and adds them up in a merge', () => {
    const options = { from: '2025-04-01', to: '2025-04-30' };
    const a = createOutcomeAccumulator(options);
    a.add(referral({ referredOn: '2025-03-31' }));
    a.add(referral({ referredOn: '2025-05-01' }));
    const b = createOutcomeAccumulator(options);
    b.add(referral({ referredOn: '2025-05-02' }));
    b.add(referral({ referredOn: '2025-04-30' }));
    expect(a.state().outsidePeriod).toEqual({ before: 1, after: 1 });
    a.merge(b.state());
    const summary = a.result();
    expect([summary.recordsRead, summary.total.referrals, summary.outsidePeriod]).toEqual([4, 1, { before: 1, after: 2 }]);
  });
});

describe('progress', () => {
  it('never calls a missing onProgress, whatever progressEvery says', async () => {
    const records = [referral(), referral(), referral()];
    expect(summarizeOutcomes(records, { progressEvery: 1 }).recordsRead).toBe(3);
    expect((await summarizeOutcomesAsync(records, { progressEvery: 1 })).recordsRead).toBe(3);
    const accumulator = createOutcomeAccumulator({ progressEvery: 1 });
    accumulator.add(referral());
    expect(accumulator.result().recordsRead).toBe(1);
  });

  it('calls onProgress after every record when progressEvery is 1, then once more at the end', () => {
    const seen: OutcomeProgress[] = [];
    summarizeOutcomes([referral(), referral()], { progressEvery: 1, onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([{ recordsRead: 1 }, { recordsRead: 2 }, { recordsRead: 2 }]);
  });

  it('calls onProgress from an accumulator only at each multiple of progressEvery', () => {
    const seen: number[] = [];
    const accumulator = createOutcomeAccumulator({ progressEvery: 2, onProgress: (p) => seen.push(p.recordsRead) });
    for (let i = 0; i < 5; i++) accumulator.add(referral());
    expect(seen).toEqual([2, 4]);
  });

  it('reads options given as null as no options', async () => {
    const records = [referral({ contacts: attended(1) })];
    const summary = summarizeOutcomes(records, null as never);
    expect([summary.recordsRead, summary.total.engaged, summary.groupNames]).toEqual([1, 1, []]);
    const fromAsync = await summarizeOutcomesAsync(records, null as never);
    expect([fromAsync.recordsRead, fromAsync.total.engaged]).toEqual([1, 1]);
  });
});

describe('merged issues', () => {
  it('orders merged issues by record index, then by dotted path, whatever order the state lists them in', () => {
    const accumulator = createOutcomeAccumulator({ validate: true });
    const state = JSON.parse(JSON.stringify(createOutcomeAccumulator({ validate: true }).state())) as OutcomeAccumulatorState;
    const issue = (index: number, path: (string | number)[]) => ({ index, path, message: `bad ${path.join('/')}` });
    const listed = [
      issue(3, ['source']),
      issue(1, ['source']),
      issue(1, ['contacts', 10, 'mode']),
      issue(1, ['referredOn']),
      issue(1, ['contacts', 1, 'on']),
      issue(0, ['id']),
    ];
    const edited = { ...state, recordsRead: 4, excluded: { total: 3, byReason: { x: 3 }, issues: listed } };
    accumulator.merge(edited);
    expect(accumulator.result().excluded.issues).toEqual([
      issue(0, ['id']),
      issue(1, ['contacts', 1, 'on']),
      issue(1, ['contacts', 10, 'mode']),
      issue(1, ['referredOn']),
      issue(1, ['source']),
      issue(3, ['source']),
    ]);
  });

  it('keeps issues of one record at the same path in the order they were listed', () => {
    const accumulator = createOutcomeAccumulator({ validate: true });
    const state = createOutcomeAccumulator({ validate: true }).state();
    const issues = ['c', 'a', 'b', 'd'].map((message) => ({ index: 2, path: ['source'], message }));
    accumulator.merge({ ...state, recordsRead: 1, excluded: { total: 1, byReason: { x: 1 }, issues } });
    expect(accumulator.result().excluded.issues.map((i) => i.message)).toEqual(['c', 'a', 'b', 'd']);
  });
});

describe('merging into an accumulator without groups', () => {
  it('adds later records to the group a merged state created', () => {
    const source = createOutcomeAccumulator();
    source.add(referral({ contacts: attended(2) }));
    const target = createOutcomeAccumulator();
    target.merge(JSON.parse(JSON.stringify(source.state())) as OutcomeAccumulatorState);
    target.add(referral({ contacts: attended(1) }));
    const state = target.state();
    expect(state.groups).toHaveLength(1);
    expect(target.result().total.contacts).toMatchObject({ attended: 3, median: 1.5 });
    expect(target.result().total.referrals).toBe(2);
  });
});
