import { describe, expect, it } from 'vitest';
import { NHS_DIGITAL_DISCLOSURE, type OutcomeRow, type OutcomeSummary } from '../../src/outcomes/index.js';
import { discloseSummary, type OutcomeDisclosureRule } from '../../src/outcomes/disclosure.js';
import { hidden, outcomeRow, outcomeSummary, rate, wellbeing } from './outcomeRows.js';

/** NHS Digital's rule without rounding: the one where secondary suppression acts. */
const exact: OutcomeDisclosureRule = { ...NHS_DIGITAL_DISCLOSURE, roundTo: 1 };

/** A row's value at a dot path. */
function valueAt(row: OutcomeRow, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], row);
}

/** Each row's value at `path` (groups, then the total), after disclosure control. */
function column(summary: OutcomeSummary, path: string): unknown[] {
  return [...summary.groups, summary.total].map((row) => valueAt(row, path));
}

/** The figures at `paths` of one row. */
function cells(row: OutcomeRow, paths: readonly string[]): unknown[] {
  return paths.map((path) => valueAt(row, path));
}

const reasons = (row: OutcomeRow) => ({ ...row.closed.byReason, reasonUnknown: row.closed.reasonUnknown, total: row.closed.total });

describe('secondary suppression within a row (counts not rounded)', () => {
  it('hides the smallest other non-zero close reason when one reason is suppressed, wherever it falls in the list', () => {
    const row = outcomeRow({
      'closed.total': 47,
      'closed.byReason.goals-met': 3,
      'closed.byReason.disengaged': 20,
      'closed.byReason.moved-away': 9,
      'closed.byReason.referred-elsewhere': 15,
    });
    expect(reasons(discloseSummary(outcomeSummary([], row, []), exact).total)).toEqual({
      'goals-met': '*',
      disengaged: 20,
      'moved-away': '*',
      'referred-elsewhere': 15,
      deceased: 0,
      'declined-further-support': 0,
      other: 0,
      reasonUnknown: 0,
      total: 47,
    });
    const last = outcomeRow({ 'closed.total': 41, 'closed.byReason.deceased': 2, 'closed.byReason.goals-met': 15, 'closed.byReason.other': 12, 'closed.reasonUnknown': 9, 'closed.byReason.disengaged': 3 });
    // Two reasons suppressed already: nothing more to hide.
    expect(reasons(discloseSummary(outcomeSummary([], last, []), exact).total)).toEqual({
      'goals-met': 15,
      disengaged: '*',
      'moved-away': 0,
      'referred-elsewhere': 0,
      deceased: '*',
      'declined-further-support': 0,
      other: 12,
      reasonUnknown: 9,
      total: 41,
    });
    const unknownLast = outcomeRow({ 'closed.total': 36, 'closed.byReason.deceased': 2, 'closed.byReason.goals-met': 15, 'closed.byReason.other': 10, 'closed.reasonUnknown': 9 });
    expect(reasons(discloseSummary(outcomeSummary([], unknownLast, []), exact).total)).toMatchObject({ deceased: '*', 'goals-met': 15, other: 10, reasonUnknown: '*', total: 36 });
  });

  it('hides the smallest other age band, and the smallest other sex, each against the referrals', () => {
    const row = outcomeRow({
      // ONS4 recorded with nobody paired: a row layout of its own, which this test is the first in the file to read.
      wellbeing: { ons4: wellbeing() },
      referrals: 60,
      'demographics.ageBands.0-19': 4,
      'demographics.ageBands.20-59': 30,
      'demographics.ageBands.60-74': 14,
      'demographics.ageBands.75+': 12,
      'demographics.sex.female': 25,
      'demographics.sex.male': 20,
      'demographics.sex.other': 6,
      'demographics.sex.unknown': 9,
    });
    const safe = discloseSummary(outcomeSummary([], row, []), exact).total;
    expect(safe.demographics.ageBands).toEqual({ '0-19': '*', '20-59': 30, '60-74': 14, '75+': '*', unknown: 0 });
    expect(safe.demographics.sex).toEqual({ female: 25, male: 20, other: '*', unknown: '*' });
    expect(safe.referrals).toBe(60);
  });

  it('hides nothing more in a set whose total is itself suppressed', () => {
    const row = outcomeRow({ referrals: 6, 'demographics.sex.female': 4, 'demographics.sex.male': 2, 'closed.total': 9, 'closed.byReason.other': 1, 'closed.reasonUnknown': 8 });
    const safe = discloseSummary(outcomeSummary([], row, []), exact).total;
    expect([safe.referrals, safe.demographics.sex]).toEqual(['*', { female: '*', male: '*', other: 0, unknown: 0 }]);
    expect(reasons(safe)).toMatchObject({ other: '*', reasonUnknown: '*', total: 9 });
  });

  it('hides the total when the suppressed cell is the only non-zero one of its set', () => {
    // A hand-made row whose reasons do not add up to the total: nothing else can hide the suppressed reason.
    const row = outcomeRow({ 'closed.total': 20, 'closed.byReason.deceased': 3 });
    expect(reasons(discloseSummary(outcomeSummary([], row, []), exact).total)).toMatchObject({ deceased: '*', total: '*' });
  });

  it('leaves a second cell alone when counts are rounded, or when the rule turns secondary suppression off', () => {
    const row = outcomeRow({ 'closed.total': 23, 'closed.byReason.goals-met': 3, 'closed.byReason.other': 20 });
    expect(cells(discloseSummary(outcomeSummary([], row, []), NHS_DIGITAL_DISCLOSURE).total, ['closed.byReason.goals-met', 'closed.byReason.other', 'closed.total'])).toEqual(['*', 20, 25]);
    expect(cells(discloseSummary(outcomeSummary([], row, []), { ...exact, secondary: false }).total, ['closed.byReason.goals-met', 'closed.byReason.other', 'closed.total'])).toEqual(['*', 20, 23]);
    expect(cells(discloseSummary(outcomeSummary([], row, []), exact).total, ['closed.byReason.goals-met', 'closed.byReason.other', 'closed.total'])).toEqual(['*', '*', 23]);
  });
});

describe('secondary suppression across groups (counts not rounded)', () => {
  it('hides the smallest other non-zero group of a column with one suppressed group, wherever it falls', () => {
    const groups = [
      outcomeRow({ referrals: 3, engaged: 0 }, 'A'),
      outcomeRow({ referrals: 40, engaged: 12 }, 'B'),
      outcomeRow({ referrals: 23, engaged: 2 }, 'C'),
      outcomeRow({ referrals: 30, engaged: 9 }, 'D'),
    ];
    const safe = discloseSummary(outcomeSummary(groups, outcomeRow({ referrals: 96, engaged: 23 })), exact);
    expect(column(safe, 'referrals')).toEqual(['*', 40, '*', 30, 96]);
    expect(column(safe, 'engaged')).toEqual([0, 12, '*', '*', 23]);
  });

  it('hides nothing more in a column with two suppressed groups, or a suppressed total', () => {
    const groups = [outcomeRow({ referrals: 3, engaged: 3 }, 'A'), outcomeRow({ referrals: 5, engaged: 1 }, 'B'), outcomeRow({ referrals: 20, engaged: 0 }, 'C')];
    const safe = discloseSummary(outcomeSummary(groups, outcomeRow({ referrals: 28, engaged: 4 })), exact);
    expect(column(safe, 'referrals')).toEqual(['*', '*', 20, 28]);
    expect(column(safe, 'engaged')).toEqual(['*', '*', 0, '*']);
  });

  it('hides the total when no other group has the figure', () => {
    // A hand-made summary whose groups do not add up to its total.
    const groups = [outcomeRow({ 'goals.set': 2 }, 'A'), outcomeRow({}, 'B')];
    const safe = discloseSummary(outcomeSummary(groups, outcomeRow({ 'goals.set': 12 })), exact);
    expect(column(safe, 'goals.set')).toEqual(['*', 0, '*']);
  });

  it('compares an instrument against groups that never used it', () => {
    const ucla3 = (paired: number) => ({ wellbeing: { ucla3: wellbeing({ higherIsBetter: false, meaningfulChange: null, paired }) } });
    const groups = [outcomeRow(ucla3(3), 'A'), outcomeRow({}, 'B'), outcomeRow(ucla3(10), 'C')];
    const safe = discloseSummary(outcomeSummary(groups, outcomeRow(ucla3(13))), exact);
    expect(safe.groups.map((row) => row.wellbeing)).toEqual([
      { ucla3: wellbeing({ higherIsBetter: false, meaningfulChange: null, paired: '*' as never }) },
      {},
      { ucla3: wellbeing({ higherIsBetter: false, meaningfulChange: null, paired: '*' as never }) },
    ]);
    expect(safe.total.wellbeing['ucla3']?.paired).toBe(13);
  });

  it('follows a hidden cell from column to row and back until nothing can be worked out', () => {
    // A: 3 women. B: 10 women, 10 men. C: 12 men. All of unknown age.
    const person = (female: number, male: number) => ({
      referrals: female + male,
      'demographics.ageBands.unknown': female + male,
      'demographics.sex.female': female,
      'demographics.sex.male': male,
    });
    const groups = [outcomeRow(person(3, 0), 'A'), outcomeRow(person(10, 10), 'B'), outcomeRow(person(0, 12), 'C')];
    const safe = discloseSummary(outcomeSummary(groups, outcomeRow(person(13, 22))), exact);
    // The referrals column hides C (12 < 20); the women column hides B; B's men then give B's women away, so they
    // are hidden; the men column then has one hidden group, so C's men go too.
    expect(column(safe, 'referrals')).toEqual(['*', 20, '*', 35]);
    expect(column(safe, 'demographics.ageBands.unknown')).toEqual(['*', 20, '*', 35]);
    expect(column(safe, 'demographics.sex.female')).toEqual(['*', '*', 0, 13]);
    expect(column(safe, 'demographics.sex.male')).toEqual([0, '*', '*', 22]);
  });

  it('hides no more of a group whose total was hidden to protect another group', () => {
    // A: 3 referrals (a woman aged 20–59 closed for another reason). B: 20 referrals, 9 women and 11 men, 9 aged 20–59
    // and 11 aged 60–74, 9 closed for another reason and 11 deceased. MYCaW recorded with nobody paired: a row
    // layout of its own, which this test is the first in the file to read.
    const person = (women: number, men: number) => ({
      wellbeing: { mycaw: wellbeing() },
      referrals: women + men,
      'demographics.sex.female': women,
      'demographics.sex.male': men,
      'demographics.ageBands.20-59': women,
      'demographics.ageBands.60-74': men,
      'closed.total': women + men,
      'closed.byReason.other': women,
      'closed.byReason.deceased': men,
    });
    const safe = discloseSummary(outcomeSummary([outcomeRow(person(3, 0), 'A'), outcomeRow(person(9, 11), 'B')], outcomeRow(person(12, 11))), exact);
    // B's referrals, women, 20–59s, closed total and other reasons are hidden to protect A's; with B's totals hidden,
    // B's men, 60–74s and deaths give nothing away, so they stay.
    const b = safe.groups[1] as OutcomeRow;
    expect(b.referrals).toBe('*');
    expect(b.demographics.sex).toEqual({ female: '*', male: 11, other: 0, unknown: 0 });
    expect(b.demographics.ageBands).toEqual({ '0-19': 0, '20-59': '*', '60-74': 11, '75+': 0, unknown: 0 });
    expect(reasons(b)).toMatchObject({ other: '*', deceased: 11, total: '*' });
    expect(column(safe, 'demographics.sex.male')).toEqual([0, 11, 11]);
  });

  it('hides the aged 20–59 share of a group whose referrals were hidden to protect another group', () => {
    const groups = [
      outcomeRow({ referrals: 3, 'demographics.ageBands.unknown': 3 }, 'A'),
      outcomeRow({ referrals: 20, 'demographics.ageBands.20-59': 12, 'demographics.ageBands.60-74': 8, 'demographics.aged20To59Rate': rate(12, 20) }, 'B'),
    ];
    const total = outcomeRow({ referrals: 23, 'demographics.ageBands.20-59': 12, 'demographics.ageBands.60-74': 8, 'demographics.ageBands.unknown': 3, 'demographics.aged20To59Rate': rate(12, 20) });
    const safe = discloseSummary(outcomeSummary(groups, total), exact);
    expect(column(safe, 'referrals')).toEqual(['*', '*', 23]);
    // B's share would give its referrals back (12 of 20 known): hidden; A's and the total's rest on 3 people.
    expect(column(safe, 'demographics.aged20To59Rate')).toEqual([hidden(), hidden(), hidden()]);
  });
});
