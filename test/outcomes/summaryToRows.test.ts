import { describe, expect, it } from 'vitest';
import { summaryToRows } from '../../src/outcomes/index.js';
import { ROW_RATES, outcomeRow, outcomeSummary, rate, wellbeing } from './outcomeRows.js';

describe('summaryToRows: rate columns', () => {
  it('writes every rate with both ends of its interval, each from its own field', () => {
    // A different rate in every field (k of 20), so a column that read another field would show.
    const rates = [...ROW_RATES, 'wellbeing.swemwbs.improvedRate', 'wellbeing.swemwbs.meaningfulImprovementRate'];
    const row = outcomeRow({ wellbeing: { swemwbs: wellbeing() }, ...Object.fromEntries(rates.map((path, k) => [path, rate(k + 1, 20)])) });
    const [total] = summaryToRows(outcomeSummary([], row, []));
    const columnOf = (path: string) => path.replace('demographics.', '');
    const expected = Object.fromEntries(
      rates.flatMap((path, k) => {
        const { value, low, high } = rate(k + 1, 20);
        return [
          [columnOf(path), value],
          [`${columnOf(path)}.low`, low],
          [`${columnOf(path)}.high`, high],
        ];
      }),
    );
    expect(total).toMatchObject(expected);
  });

  it('writes the goals met, 3-or-more and onward attendance rates with both ends of their intervals', () => {
    const row = outcomeRow({
      'goals.set': 4,
      'goals.met': 3,
      'goals.metRate': rate(3, 4),
      'onward.people': 5,
      'onward.peopleWithThreeOrMore': 2,
      'onward.threeOrMoreRate': rate(2, 5),
      'onward.attendance.attended': 6,
      'onward.attendance.didNotAttend': 1,
      'onward.attendance.attendanceRate': rate(6, 7),
    });
    const [total] = summaryToRows(outcomeSummary([], row, []));
    const goals = rate(3, 4);
    const three = rate(2, 5);
    const attendance = rate(6, 7);
    expect(total).toMatchObject({
      'goals.metRate': goals.value,
      'goals.metRate.low': goals.low,
      'goals.metRate.high': goals.high,
      'onward.threeOrMoreRate': three.value,
      'onward.threeOrMoreRate.low': three.low,
      'onward.threeOrMoreRate.high': three.high,
      'onward.attendance.attendanceRate': attendance.value,
      'onward.attendance.attendanceRate.low': attendance.low,
      'onward.attendance.attendanceRate.high': attendance.high,
    });
  });
});

describe('summaryToRows: group columns', () => {
  it('leaves the group columns of the total row empty, whatever key the total carries', () => {
    const summary = outcomeSummary([outcomeRow({ referrals: 2 }, ['North', '2025-04'])], outcomeRow({ referrals: 2 }, ['all', 'all']), ['pcn', 'month']);
    expect(summaryToRows(summary).map((row) => [row.row, row.pcn, row.month, row.referrals])).toEqual([
      ['group', 'North', '2025-04', 2],
      ['total', null, null, 2],
    ]);
  });
});
