import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  NHS_DIGITAL_DISCLOSURE,
  summarizeOutcomes,
  summaryToCsv,
  summaryToMarkdown,
  summaryToRows,
  summaryToVegaLite,
  wilsonInterval,
  type OutcomeSummary,
  type OutcomeTableRow,
} from '../../src/outcomes/index.js';
import type { Referral } from '../../src/referrals/index.js';
import { attended, referral } from './helpers.js';
import { errorOf } from '../support/errorOf.js';

/** `n` referrals of a PCN, the first `engaged` of them with one attended contact, the first `female` of them female. */
function people(pcn: string, n: number, engaged: number, female = 0): Referral[] {
  return Array.from({ length: n }, (_, i) =>
    referral({ pcn, contacts: i < engaged ? attended(1) : [], person: { sex: i < female ? 'female' : 'male' } }),
  );
}

describe('disclosure control on the outcome tables (NHS Digital: suppress 1–7, round to 5)', () => {
  // Built in each test: Stryker credits a mutant only to code that runs inside a test.
  let summary: OutcomeSummary;
  let rows: OutcomeTableRow[];
  beforeEach(() => {
    summary = summarizeOutcomes([...people('north', 23, 12), ...people('south', 3, 3), ...people('west', 40, 0)], { groupBy: 'pcn' });
    rows = summaryToRows(summary, { disclosure: true });
  });

  it('suppresses counts from 1 to 7, rounds the rest to the nearest 5, and keeps zeros', () => {
    expect(rows.map((row) => [row.pcn, row.referrals, row.engaged, row.declined])).toEqual([
      ['north', 25, 10, 0],
      ['south', '*', '*', 0],
      ['west', 40, 0, 0],
      [null, 65, 15, 0],
    ]);
  });

  it('works rates out from the rounded counts, and suppresses a rate built on a suppressed count', () => {
    const interval = wilsonInterval(10, 25)!;
    expect(rows[0]).toMatchObject({ engagementRate: 0.4, 'engagementRate.low': interval.low, 'engagementRate.high': interval.high });
    expect(rows[1]).toMatchObject({ engagementRate: '*', 'engagementRate.low': '*', 'engagementRate.high': '*' });
    expect(rows[2]).toMatchObject({ engagementRate: 0, 'contacts.median': null });
  });

  it('suppresses a median over 1 to 7 people', () => {
    expect([rows[0]!['contacts.median'], rows[1]!['contacts.median']]).toEqual([1, '*']);
  });

  it('leaves no count from 1 to 7 and no unrounded count in any table', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.nat(3), fc.boolean()), { maxLength: 60 }), (spec) => {
        const input = spec.map(([pcn, contacts, female]) => referral({ pcn, contacts: attended(contacts), person: { sex: female ? 'female' : 'male' } }));
        for (const row of summaryToRows(summarizeOutcomes(input, { groupBy: 'pcn' }), { disclosure: true })) {
          for (const column of ['referrals', 'engaged', 'contacts.attended', 'sex.female', 'sex.male', 'age.unknown']) {
            const value = row[column];
            expect(value === '*' || (typeof value === 'number' && value % 5 === 0)).toBe(true);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('without rounding, suppresses a second group where one suppressed group could be worked out from the total', () => {
    const noRounding = summaryToRows(summary, { disclosure: { roundTo: 1 } });
    // south (3) is suppressed; north (23) is the smallest other non-zero group, so it goes too; the total stays.
    expect(noRounding.map((row) => row.referrals)).toEqual(['*', '*', 40, 66]);
    // engaged: south 3 suppressed, west 0 cannot hide it, so north (12) is suppressed.
    expect(noRounding.map((row) => row.engaged)).toEqual(['*', '*', 0, 15]);
    const off = summaryToRows(summary, { disclosure: { roundTo: 1, secondary: false } });
    expect(off.map((row) => row.referrals)).toEqual([23, '*', 40, 66]);
  });

  it('without rounding, suppresses a second cell of a set that adds up to a total in the row', () => {
    const one = summarizeOutcomes(people('north', 30, 30, 3));
    const [total] = summaryToRows(one, { disclosure: { roundTo: 1 } });
    // 3 women suppressed; the men (27) would give them away from the 30 referrals, so they go too.
    expect([total!['sex.female'], total!['sex.male'], total!.referrals]).toEqual(['*', '*', 30]);
  });

  it('writes the symbol in CSV and Markdown, and leaves a suppressed bar out of the chart', () => {
    const csv = summaryToCsv(summary, { disclosure: { symbol: '[c]' } });
    expect(csv.split('\r\n')[2]).toMatch(/^group,south,\[c\],/);
    const markdown = summaryToMarkdown(summary, { disclosure: true });
    expect(markdown).toContain('| south | * | * |');
    expect(markdown).toContain('| north | 25 | 40% (');
    const chart = summaryToVegaLite(summary, { disclosure: true }) as { description: string; data: { values: { group: string; n: number }[] } };
    expect(chart.data.values.map((v) => [v.group, v.n])).toEqual([
      ['north', 25],
      ['west', 40],
      ['Total', 65],
    ]);
    expect(chart.description).toContain('Not shown (small numbers): south.');
  });

  it('changes nothing without the option, and the default rule is frozen', () => {
    expect(summaryToRows(summary)).toEqual(summaryToRows(summary, { disclosure: false }));
    expect(summaryToRows(summary)[1]!.referrals).toBe(3);
    expect(Object.isFrozen(NHS_DIGITAL_DISCLOSURE)).toBe(true);
  });

  it('copies a row with a __proto__ key (a summary read from JSON) as data, without touching Object.prototype', () => {
    const read = JSON.parse(JSON.stringify(summary).replaceAll('"referrals":', '"__proto__":{"polluted":"yes"},"referrals":')) as typeof summary;
    expect(summaryToRows(read, { disclosure: true })).toEqual(rows);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a bad rule, by path', () => {
    expect(errorOf(() => summaryToRows(summary, { disclosure: { roundTo: 0, symbol: '5', extra: 1 } as never }))).toEqual({
      code: 'outcomes/invalid-options',
      issues: [
        { path: ['disclosure', 'extra'], message: 'is not a known option' },
        { path: ['disclosure', 'roundTo'], message: 'must be a whole number from 1 to 1000' },
        { path: ['disclosure', 'symbol'], message: 'must be 1 to 10 characters, not a number' },
      ],
    });
    expect(errorOf(() => summaryToMarkdown(summary, { disclosure: 'yes' as never }))).toEqual({
      code: 'outcomes/invalid-options',
      issues: [{ path: ['disclosure'], message: 'must be true, false or a rule object' }],
    });
  });
});
