import { describe, expect, it } from 'vitest';
import { createOutcomeAccumulator, summarizeOutcomes, summaryToRows, type OutcomeSummaryOptions } from '../../src/outcomes/index.js';
import type { Referral } from '../../src/referrals/index.js';
import { attended, referral } from './helpers.js';

describe('edge cases of the hot loop', () => {
  it('bands ages from birth years and recorded bands', () => {
    const bands = (people: Referral['person'][]) =>
      summarizeOutcomes(people.map((person) => referral(person === undefined ? {} : { person }))).total.demographics.ageBands;
    expect(
      bands([
        { birthYear: 2030 }, // born after the referral: unknown
        { ageBand: '85+' },
        { ageBand: '85+' }, // cached
        { ageBand: '30-20' }, // inverted: unknown
        { ageBand: '15-24' }, // straddles two bands: unknown
        { ageBand: '0-19' },
        { ageBand: '60-74' },
        undefined,
      ]),
    ).toEqual({ '0-19': 1, '20-59': 0, '60-74': 1, '75+': 2, unknown: 4 });
  });

  it('keeps the band cache bounded', () => {
    const people = Array.from({ length: 1100 }, (_, i) => referral({ person: { ageBand: `${i % 1000}${i < 1000 ? '+' : `-${i % 1000}`}` } }));
    expect(summarizeOutcomes(people).total.referrals).toBe(1100);
  });

  it('ignores, without crashing, values a validated record cannot hold', () => {
    const summary = summarizeOutcomes([
      referral({ events: [{ type: 'closed', on: '2025-05-01', reason: 'abducted' as never }] }),
      referral({ needs: ['astrology' as never] }),
      referral({ person: { sex: 'x' as never } }),
      referral({ events: [{ type: 'on-hold', on: '2025-04-03' }] }),
    ]);
    expect(summary.total.closed.total).toBe(0);
    expect(summary.total.referralsWithNeeds).toBe(1);
    expect(Object.values(summary.total.needs).every((n) => n.count === 0)).toBe(true);
    expect(summary.total.demographics.sex.unknown).toBe(4);
  });

  it('pairs a same-day baseline tie by order and ignores follow-ups dated before the baseline', () => {
    const m = (timepoint: 'baseline' | 'exit', on: string, score: number) => ({ instrument: 'ucla3', timepoint, on, score });
    const summary = summarizeOutcomes([
      referral({ measures: [m('baseline', '2025-04-02', 9), m('baseline', '2025-04-02', 3), m('exit', '2025-06-01', 6)] }),
      referral({ measures: [m('exit', '2025-04-01', 3), m('baseline', '2025-04-02', 6)] }),
      referral({ measures: [{ instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-02', items: [3, 3] }, { instrument: 'swemwbs', timepoint: 'exit', on: '2025-05-02', items: [3, 3, 3, 3, 3, 3, 3] }] }),
    ]);
    expect(summary.total.wellbeing.ucla3).toMatchObject({ paired: 1, meanBaseline: 9, meanFollowUp: 6 });
    expect(summary.total.wellbeing.swemwbs).toMatchObject({ paired: 0, unscorable: 1 });
  });

  it('groups missing practice codes and workers as null', () => {
    const summary = summarizeOutcomes([referral(), referral({ practiceCode: 'P1', workerId: 'w' })], { groupBy: ['practiceCode', 'workerId'] });
    expect(summary.groups.map((g) => g.key)).toEqual([['P1', 'w'], [null, null]]);
    expect(summaryToRows(summary).map((r) => [r.practiceCode, r.workerId])).toEqual([['P1', 'w'], [null, null], [null, null]]);
  });

  it('rejects other bad option values', () => {
    expect(() => summarizeOutcomes([], { maxReportedIssues: 'all' as never })).toThrow(/maxReportedIssues/);
    expect(() => summarizeOutcomes([], { instruments: { pam: { meaningfulChange: 'big' as never } } })).toThrow(/meaningfulChange/);
  });
});

describe('merging exclusions and nested groups', () => {
  const options: OutcomeSummaryOptions = { validate: true, groupBy: ['pcn', 'month'] };
  const bad = (fields: Record<string, unknown>) => ({ ...referral(), ...fields });

  it('merges reasons, orders issues by index then path, and restores nested keys', () => {
    const a = createOutcomeAccumulator(options);
    a.add(bad({ source: 'Not Kebab', id: '' }));
    a.add(42 as never);
    a.add(referral({ pcn: 'A', contacts: attended(2) }));
    const b = createOutcomeAccumulator(options);
    b.add(bad({ source: 'Also Bad' }));
    b.add(referral({ pcn: 'B' }));
    const merged = createOutcomeAccumulator(options);
    merged.merge(a.state());
    merged.merge(JSON.parse(JSON.stringify(b.state())));
    const result = merged.result();
    expect(result.excluded.total).toBe(3);
    expect(result.excluded.byReason['source: must be a kebab-case id (a-z, 0-9 and single hyphens)']).toBe(2);
    expect(Object.keys(result.excluded.byReason)).toEqual([...Object.keys(result.excluded.byReason)].sort());
    expect(result.excluded.issues.map((i) => [i.index, i.path.join('.')])).toEqual([
      [0, 'id'],
      [0, 'source'],
      [0, 'source'],
      [1, ''],
    ]);
    expect(result.groups.map((g) => g.key)).toEqual([
      ['A', '2025-04'],
      ['B', '2025-04'],
    ]);
    const again = createOutcomeAccumulator(options);
    again.merge(merged);
    expect(again.result()).toEqual(result);
    expect(again.state().excluded.byReason).toEqual(merged.state().excluded.byReason);
  });
});
