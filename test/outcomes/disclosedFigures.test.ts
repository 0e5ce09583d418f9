import { describe, expect, it } from 'vitest';
import { NHS_DIGITAL_DISCLOSURE, type OutcomeRow } from '../../src/outcomes/index.js';
import { NEED_CATEGORIES } from '../../src/referrals/index.js';
import { discloseSummary, type OutcomeDisclosureRule } from '../../src/outcomes/disclosure.js';
import { ROW_RATES, hidden, outcomeRow, outcomeSummary, rate, wellbeing } from './outcomeRows.js';

/** The one row of an ungrouped summary with this total, after disclosure control. */
function disclosedTotal(total: OutcomeRow, rule: OutcomeDisclosureRule = NHS_DIGITAL_DISCLOSURE): OutcomeRow {
  return discloseSummary(outcomeSummary([], total, []), rule).total;
}

describe('disclosure control: suppressing and rounding counts', () => {
  it('keeps 0, suppresses 1 to 7, and rounds 8 and over to the nearest 5', () => {
    const row = outcomeRow({ referrals: 23, accepted: 1, unableToContact: 7, engaged: 8, declined: 0, 'closed.total': 12, 'closed.byReason.goals-met': 13 });
    expect(disclosedTotal(row)).toEqual(
      outcomeRow({ referrals: 25, accepted: '*', unableToContact: '*', engaged: 10, declined: 0, 'closed.total': 10, 'closed.byReason.goals-met': 15 }),
    );
  });

  it('rounds every count of a row, and shows every small one as the symbol', () => {
    const counts: Record<string, number> = {
      referrals: 98,
      accepted: 97,
      declined: 96,
      unableToContact: 94,
      engaged: 93,
      'closed.total': 92,
      'closed.byReason.goals-met': 91,
      'closed.byReason.disengaged': 89,
      'closed.byReason.moved-away': 88,
      'closed.byReason.referred-elsewhere': 87,
      'closed.byReason.deceased': 86,
      'closed.byReason.declined-further-support': 84,
      'closed.byReason.other': 83,
      'closed.reasonUnknown': 82,
      'goals.set': 81,
      'goals.met': 79,
      'goals.partlyMet': 78,
      positiveOutcomes: 77,
      'contacts.attended': 76,
      'contacts.missed': 74,
      'contacts.withinExpected': 73,
      referralsWithNeeds: 72,
      'needs.housing.count': 71,
      'needs.bereavement.count': 69,
      'onward.total': 68,
      'onward.referrals': 67,
      'onward.signposts': 66,
      'onward.people': 64,
      'onward.peopleWithThreeOrMore': 63,
      'onward.attendance.attended': 62,
      'onward.attendance.didNotAttend': 61,
      'onward.attendance.unknown': 59,
      'waiting.referrals': 58,
      'waiting.placed': 57,
      enteredInError: 56,
      'demographics.ageBands.0-19': 54,
      'demographics.ageBands.20-59': 53,
      'demographics.ageBands.60-74': 52,
      'demographics.ageBands.75+': 51,
      'demographics.ageBands.unknown': 49,
      'demographics.sex.female': 48,
      'demographics.sex.male': 47,
      'demographics.sex.other': 46,
      'demographics.sex.unknown': 44,
      'countOnly.contacts': 43,
      'countOnly.wellbeing': 42,
      'countOnly.closed': 41,
    };
    const five = (n: number) => Math.round(n / 5) * 5;
    const rounded = Object.fromEntries(Object.entries(counts).map(([path, n]) => [path, five(n)]));
    expect(disclosedTotal(outcomeRow(counts))).toEqual(outcomeRow(rounded));
    const small = Object.fromEntries(Object.keys(counts).map((path) => [path, 3]));
    const symbols: Record<string, unknown> = Object.fromEntries(Object.keys(counts).map((path) => [path, '[c]']));
    const rates = [...ROW_RATES, ...NEED_CATEGORIES.map((need) => `needs.${need}.share`)];
    for (const path of rates) symbols[path] = hidden('[c]');
    expect(disclosedTotal(outcomeRow(small), { ...NHS_DIGITAL_DISCLOSURE, symbol: '[c]' })).toEqual(outcomeRow(symbols));
  });

  it('suppresses up to the rule limit only, and rounds to the rule base', () => {
    const row = outcomeRow({ referrals: 24, accepted: 2, declined: 3, engaged: 14 });
    expect(disclosedTotal(row, { suppressUpTo: 2, roundTo: 10, secondary: false, symbol: '~' })).toEqual(
      outcomeRow({ referrals: 20, accepted: '~', declined: 0, engaged: 10 }),
    );
  });

  it('leaves every figure as it is with suppression off and rounding off', () => {
    const row = outcomeRow({ referrals: 3, engaged: 1, engagementRate: rate(1, 3), 'contacts.attended': 2, 'contacts.mean': 2, 'contacts.median': 2 });
    expect(disclosedTotal(row, { suppressUpTo: 0, roundTo: 1, secondary: true, symbol: '*' })).toEqual(row);
  });

  it('writes nothing into the summary it is given, at any depth', () => {
    // Nine of everything (rounded to 10 when disclosed) in every part of a row, and an instrument of
    // its own id, so this test is the first to build the layout of which parts a disclosed row writes into.
    const nine = Object.fromEntries(
      [
        'closed.total',
        'closed.byReason.goals-met',
        'goals.set',
        'contacts.attended',
        'needs.housing.count',
        'onward.total',
        'onward.attendance.attended',
        'waiting.referrals',
        'demographics.sex.female',
        'demographics.ageBands.20-59',
        'countOnly.contacts',
      ].map((path) => [path, 9]),
    );
    const row = outcomeRow({
      referrals: 9,
      ...nine,
      'onward.attendance.byOrganisation': { 'org-1': { attended: 9, didNotAttend: 0, unknown: 0 } },
      wellbeing: { 'left-alone': wellbeing({ paired: 9, improved: 9, improvedRate: rate(9, 9), meanBaseline: 20, meanFollowUp: 25, meanChange: 5 }) },
    });
    const summary = outcomeSummary([structuredClone(row)], row);
    const before = structuredClone(summary);
    // The summary's own objects, to check that none was replaced, even by an equal copy.
    const parts = (r: OutcomeRow) => [r.closed, r.closed.byReason, r.needs, r.needs.housing, r.onward, r.onward.attendance, r.demographics, r.demographics.sex, r.wellbeing, r.wellbeing['left-alone']];
    const own = parts(summary.total);
    const safe = discloseSummary(summary, NHS_DIGITAL_DISCLOSURE);
    expect(summary).toEqual(before);
    parts(summary.total).forEach((part, i) => expect(part).toBe(own[i]));
    expect([safe.total.closed.total, safe.total.demographics.sex.female, safe.total.wellbeing['left-alone']?.paired]).toEqual([10, 10, 10]);
  });

  it('does not change the summary it is given, and keeps its other fields', () => {
    const row = outcomeRow({ referrals: 23, engaged: 3, engagementRate: rate(3, 23), 'onward.attendance.byOrganisation': { 'org-1': { attended: 2, didNotAttend: 0, unknown: 0 } } });
    const summary = outcomeSummary([outcomeRow({ referrals: 23 }, ['North', '2025-04'])], row, ['pcn', 'month']);
    const before = structuredClone(summary);
    const safe = discloseSummary(summary, NHS_DIGITAL_DISCLOSURE);
    expect(summary).toEqual(before);
    expect(safe).toEqual({ ...before, groups: [outcomeRow({ referrals: 25 }, ['North', '2025-04'])], total: expect.any(Object) as unknown });
    expect(Array.isArray(safe.groups[0]?.key)).toBe(true);
  });
});

describe('disclosure control: rates worked out from the published counts', () => {
  it('rebuilds each rate from the rounded numerator and denominator', () => {
    // ONS4 recorded with nobody paired: a row layout of its own, which this test is the first in the file to read.
    const ons4 = { ons4: wellbeing() };
    const row = outcomeRow({
      wellbeing: ons4,
      referrals: 23,
      accepted: 18,
      acceptanceRate: rate(18, 23),
      engaged: 12,
      engagementRate: rate(12, 23),
      'goals.set': 22,
      'goals.met': 9,
      'goals.metRate': rate(9, 22),
      positiveOutcomes: 0,
      positiveOutcomeRate: rate(0, 12),
      'contacts.withinExpected': 11,
      'contacts.withinExpectedRate': rate(11, 12),
      'needs.housing.count': 14,
      'needs.housing.share': rate(14, 23),
      'onward.people': 17,
      'onward.peopleWithThreeOrMore': 8,
      'onward.threeOrMoreRate': rate(8, 17),
    });
    expect(disclosedTotal(row)).toEqual(
      outcomeRow({
        wellbeing: ons4,
        referrals: 25,
        accepted: 20,
        acceptanceRate: rate(20, 25),
        engaged: 10,
        engagementRate: rate(10, 25),
        'goals.set': 20,
        'goals.met': 10,
        'goals.metRate': rate(10, 20),
        positiveOutcomes: 0,
        positiveOutcomeRate: rate(0, 10),
        'contacts.withinExpected': 10,
        'contacts.withinExpectedRate': rate(10, 10),
        'needs.housing.count': 15,
        'needs.housing.share': rate(15, 25),
        'onward.people': 15,
        'onward.peopleWithThreeOrMore': 10,
        'onward.threeOrMoreRate': rate(10, 15),
      }),
    );
  });

  it('hides a rate, its low and its high end when its numerator or its denominator is suppressed', () => {
    const row = outcomeRow({ referrals: 23, accepted: 3, acceptanceRate: rate(3, 23), 'goals.set': 4, 'goals.met': 0, 'goals.metRate': rate(0, 4) });
    expect(disclosedTotal(row)).toEqual(outcomeRow({ referrals: 25, accepted: '*', acceptanceRate: hidden(), 'goals.set': '*', 'goals.met': 0, 'goals.metRate': hidden() }));
    expect(disclosedTotal(row, { ...NHS_DIGITAL_DISCLOSURE, symbol: 'c' }).acceptanceRate).toEqual(hidden('c'));
  });

  it('hides a rate the summary leaves out over zero when a count it rests on is suppressed', () => {
    // A damaged summary: goals met without goals set, and no goals met rate.
    const row = outcomeRow({ 'goals.set': 0, 'goals.met': 3, 'goals.metRate': null });
    expect(disclosedTotal(row)).toEqual(outcomeRow({ 'goals.set': 0, 'goals.met': '*', 'goals.metRate': hidden() }));
  });

  it('gives no rate where the denominator rounds to zero', () => {
    const row = outcomeRow({ referrals: 4, engaged: 3, engagementRate: rate(3, 4) });
    expect(disclosedTotal(row, { suppressUpTo: 0, roundTo: 10, secondary: true, symbol: '*' })).toEqual(outcomeRow({ referrals: 0, engaged: 0, engagementRate: null }));
  });

  it('leaves out a rate the summary leaves out, even when its numerator is suppressed', () => {
    const row = outcomeRow({ 'goals.set': 20, 'goals.met': 3, 'goals.metRate': null, referrals: 30, engaged: 12, engagementRate: null });
    expect(disclosedTotal(row)).toEqual(outcomeRow({ 'goals.set': 20, 'goals.met': '*', 'goals.metRate': null, referrals: 30, engaged: 10, engagementRate: null }));
  });

  it('works the onward attendance rate out from the rounded attended and did-not-attend counts, and withholds it per organisation', () => {
    const byOrganisation = { 'org-1': { attended: 12, didNotAttend: 8, unknown: 2 } };
    const row = outcomeRow({
      'onward.attendance.attended': 12,
      'onward.attendance.didNotAttend': 8,
      'onward.attendance.unknown': 2,
      'onward.attendance.attendanceRate': rate(12, 20),
      'onward.attendance.byOrganisation': byOrganisation,
    });
    expect(disclosedTotal(row)).toEqual(
      outcomeRow({
        'onward.attendance.attended': 10,
        'onward.attendance.didNotAttend': 10,
        'onward.attendance.unknown': '*',
        'onward.attendance.attendanceRate': rate(10, 20),
        'onward.attendance.byOrganisation': {},
      }),
    );
  });

  it('hides the onward attendance rate when either the attended or the did-not-attend count is suppressed', () => {
    const attendedFew = outcomeRow({ 'onward.attendance.attended': 3, 'onward.attendance.didNotAttend': 20, 'onward.attendance.attendanceRate': rate(3, 23) });
    expect(disclosedTotal(attendedFew).onward.attendance).toEqual({ attended: '*', didNotAttend: 20, unknown: 0, attendanceRate: hidden(), byOrganisation: {} });
    const missedFew = outcomeRow({ 'onward.attendance.attended': 20, 'onward.attendance.didNotAttend': 3, 'onward.attendance.attendanceRate': rate(20, 23) });
    expect(disclosedTotal(missedFew).onward.attendance).toEqual({ attended: 20, didNotAttend: '*', unknown: 0, attendanceRate: hidden(), byOrganisation: {} });
  });

  it('works the aged 20–59 share out over the rounded referrals of known age', () => {
    const row = outcomeRow({
      referrals: 40,
      'demographics.ageBands.20-59': 18,
      'demographics.ageBands.60-74': 12,
      'demographics.ageBands.unknown': 10,
      'demographics.aged20To59Rate': rate(18, 30),
    });
    expect(disclosedTotal(row).demographics).toEqual({
      ageBands: { '0-19': 0, '20-59': 20, '60-74': 10, '75+': 0, unknown: 10 },
      aged20To59Rate: rate(20, 30),
      sex: { female: 0, male: 0, other: 0, unknown: 0 },
    });
  });

  it('hides the aged 20–59 share when the unknown-age count is suppressed, or when few referrals are of known age', () => {
    const fewUnknown = outcomeRow({
      referrals: 33,
      'demographics.ageBands.20-59': 18,
      'demographics.ageBands.60-74': 12,
      'demographics.ageBands.unknown': 3,
      'demographics.aged20To59Rate': rate(18, 30),
    });
    expect(disclosedTotal(fewUnknown).demographics.aged20To59Rate).toEqual(hidden());
    const fewKnown = outcomeRow({ referrals: 30, 'demographics.ageBands.20-59': 5, 'demographics.ageBands.unknown': 25, 'demographics.aged20To59Rate': rate(5, 5) });
    expect(disclosedTotal(fewKnown).demographics.aged20To59Rate).toEqual(hidden());
    const enough = outcomeRow({ referrals: 30, 'demographics.ageBands.20-59': 9, 'demographics.ageBands.unknown': 21, 'demographics.aged20To59Rate': rate(9, 9) });
    expect(disclosedTotal(enough).demographics.aged20To59Rate).toEqual(rate(10, 10));
  });
});

describe('disclosure control: means and medians over few people', () => {
  it('hides the mean and median contacts over 1 to 7 engaged people, and the waiting days over 1 to 7 placed', () => {
    const row = outcomeRow({
      referrals: 20,
      engaged: 5,
      engagementRate: rate(5, 20),
      'contacts.mean': 2.4,
      'contacts.median': 2,
      'waiting.referrals': 9,
      'waiting.placed': 4,
      'waiting.meanDays': 12.5,
      'waiting.medianDays': 11,
    });
    expect(disclosedTotal(row)).toEqual(
      outcomeRow({
        referrals: 20,
        engaged: '*',
        engagementRate: hidden(),
        positiveOutcomeRate: hidden(),
        'contacts.withinExpectedRate': hidden(),
        'contacts.mean': '*',
        'contacts.median': '*',
        'waiting.referrals': 10,
        'waiting.placed': '*',
        'waiting.meanDays': '*',
        'waiting.medianDays': '*',
      }),
    );
  });

  it('shows means and medians over more than 7 people unrounded', () => {
    const row = outcomeRow({ engaged: 12, 'contacts.mean': 2.4, 'contacts.median': 2, 'waiting.referrals': 9, 'waiting.placed': 8, 'waiting.meanDays': 12.5, 'waiting.medianDays': 11 });
    expect(disclosedTotal(row)).toEqual(
      outcomeRow({ engaged: 10, 'contacts.mean': 2.4, 'contacts.median': 2, 'waiting.referrals': 10, 'waiting.placed': 10, 'waiting.meanDays': 12.5, 'waiting.medianDays': 11 }),
    );
  });
});

describe('disclosure control: wellbeing instruments', () => {
  it('rounds the counts of each instrument and rebuilds its improvement rates from them', () => {
    const row = outcomeRow({
      wellbeing: {
        swemwbs: wellbeing({
          paired: 23,
          unscorable: 2,
          improved: 12,
          improvedRate: rate(12, 23),
          meaningfullyImproved: 8,
          meaningfulImprovementRate: rate(8, 23),
          meanBaseline: 40.5,
          meanFollowUp: 44,
          meanChange: 3.5,
        }),
      },
    });
    expect(disclosedTotal(row).wellbeing).toEqual({
      swemwbs: wellbeing({
        paired: 25,
        unscorable: '*' as never,
        improved: 10,
        improvedRate: rate(10, 25),
        meaningfullyImproved: 10,
        meaningfulImprovementRate: rate(10, 25),
        meanBaseline: 40.5,
        meanFollowUp: 44,
        meanChange: 3.5,
      }),
    });
  });

  it('hides the means and rates of an instrument paired for 1 to 7 people, and leaves out the rates the summary leaves out', () => {
    const row = outcomeRow({
      wellbeing: {
        mycaw: wellbeing({ higherIsBetter: null, paired: 6, meanBaseline: 3, meanFollowUp: 2, meanChange: -1, meaningfulChange: null }),
        ucla3: wellbeing({ higherIsBetter: false, paired: 5, improved: 4, improvedRate: rate(4, 5), meaningfulChange: null, meanBaseline: 7, meanFollowUp: 5, meanChange: -2 }),
      },
    });
    const star = '*' as never;
    expect(disclosedTotal(row).wellbeing).toEqual({
      mycaw: wellbeing({ higherIsBetter: null, paired: star, meanBaseline: star, meanFollowUp: star, meanChange: star, meaningfulChange: null }),
      ucla3: wellbeing({ higherIsBetter: false, paired: star, improved: star, improvedRate: hidden() as never, meaningfulChange: null, meanBaseline: star, meanFollowUp: star, meanChange: star }),
    });
  });

  it('reads each row by its own instruments, however the ids would run together', () => {
    const first = outcomeRow({ wellbeing: { ab: wellbeing({ paired: 3 }), c: wellbeing({ paired: 12 }) } });
    const second = outcomeRow({ wellbeing: { a: wellbeing({ paired: 12 }), bc: wellbeing({ paired: 3 }) } });
    expect(disclosedTotal(first).wellbeing).toEqual({ ab: wellbeing({ paired: '*' as never }), c: wellbeing({ paired: 10 }) });
    expect(disclosedTotal(second).wellbeing).toEqual({ a: wellbeing({ paired: 10 }), bc: wellbeing({ paired: '*' as never }) });
  });
});
