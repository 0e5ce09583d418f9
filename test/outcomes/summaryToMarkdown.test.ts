import { describe, expect, it } from 'vitest';
import { summaryToMarkdown, type OutcomeSummary } from '../../src/outcomes/index.js';
import { errorOf } from '../support/errorOf.js';
import { outcomeRow, outcomeSummary, rate, wellbeing } from './outcomeRows.js';

/**
 * PCN A: 12 referrals, 9 engaged (3 with a positive outcome, 1 within 6–12 contacts, median 2 contacts), 12 SWEMWBS
 * pairs with a mean change of 1.238. PCN `=1+1`: 3 referrals, nobody engaged, 2 SWEMWBS pairs (mean change −2.5)
 * and UCLA-3 recorded with nobody paired. Total: 15 referrals, 9 engaged, 4 of 10 people referred on got 3 or more.
 */
function twoPcns(): OutcomeSummary {
  const a = outcomeRow(
    {
      referrals: 12,
      engaged: 9,
      engagementRate: rate(9, 12),
      positiveOutcomes: 3,
      positiveOutcomeRate: rate(3, 9),
      'contacts.median': 2,
      'contacts.withinExpected': 1,
      'contacts.withinExpectedRate': rate(1, 9),
      wellbeing: { swemwbs: wellbeing({ paired: 12, meanChange: 1.238 }) },
    },
    'A',
  );
  const b = outcomeRow({ referrals: 3, wellbeing: { swemwbs: wellbeing({ paired: 2, meanChange: -2.5 }), ucla3: wellbeing() } }, '=1+1');
  const total = outcomeRow({
    referrals: 15,
    engaged: 9,
    engagementRate: rate(9, 15),
    'onward.people': 10,
    'onward.peopleWithThreeOrMore': 4,
    'onward.threeOrMoreRate': rate(4, 10),
    wellbeing: { swemwbs: wellbeing({ paired: 14, meanChange: 0.7042857 }), ucla3: wellbeing() },
  });
  return outcomeSummary([a, b], total);
}

const header = '| pcn | referrals | engaged | goals met | positive outcome | median contacts | 6–12 contacts | referred on: 3+ |';
const rule = '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |';

describe('summaryToMarkdown: the table', () => {
  it('writes a header, an alignment line, a line per group and a bold total line, each rate with its interval', () => {
    expect(summaryToMarkdown(twoPcns())).toBe(
      [
        header,
        rule,
        '| A | 12 | 75% (47–91) | – | 33% (12–65) | 2 | 11% (2–43) | – |',
        '| =1+1 | 3 | – | – | – | – | – | – |',
        '| **total** | 15 | 60% (36–80) | – | – | – | – | 40% (17–69) |',
        '',
      ].join('\n'),
    );
  });

  it('adds a pairs and a mean change column per instrument asked for, the change to 2 decimals', () => {
    expect(summaryToMarkdown(twoPcns(), { wellbeing: ['swemwbs', 'ucla3'] })).toBe(
      [
        `${header} swemwbs pairs | swemwbs mean change | ucla3 pairs | ucla3 mean change |`,
        `${rule} ---: | ---: | ---: | ---: |`,
        '| A | 12 | 75% (47–91) | – | 33% (12–65) | 2 | 11% (2–43) | – | 12 | 1.24 | 0 | – |',
        '| =1+1 | 3 | – | – | – | – | – | – | 2 | -2.50 | 0 | – |',
        '| **total** | 15 | 60% (36–80) | – | – | – | – | 40% (17–69) | 14 | 0.70 | 0 | – |',
        '',
      ].join('\n'),
    );
  });

  it('escapes pipes in an instrument id in its column titles', () => {
    const lines = summaryToMarkdown(twoPcns(), { wellbeing: ['a|b'] }).split('\n');
    expect(lines[0]).toBe(`${header} a\\|b pairs | a\\|b mean change |`);
    expect(lines[1]).toBe(`${rule} ---: | ---: |`);
    expect(lines[2]?.endsWith('| – | 0 | – |')).toBe(true);
  });

  it('writes the disclosed figures, suppressed ones as the symbol, percentages to the digits asked for', () => {
    expect(summaryToMarkdown(twoPcns(), { wellbeing: ['swemwbs', 'ucla3'], disclosure: true, digits: 1 })).toBe(
      [
        `${header} swemwbs pairs | swemwbs mean change | ucla3 pairs | ucla3 mean change |`,
        `${rule} ---: | ---: | ---: | ---: |`,
        '| A | 10 | 100.0% (72.2–100.0) | – | * | 2 | * | – | 10 | 1.24 | 0 | – |',
        '| =1+1 | * | * | – | – | – | – | – | * | * | 0 | – |',
        '| **total** | 15 | 66.7% (41.7–84.8) | – | – | – | – | * | 15 | 0.70 | 0 | – |',
        '',
      ].join('\n'),
    );
    const symbol = summaryToMarkdown(twoPcns(), { disclosure: { symbol: '[c]' } }).split('\n')[3];
    expect(symbol).toBe('| =1+1 | [c] | [c] | – | – | – | – | – |');
  });

  it('writes a suppressed median as the symbol', () => {
    const summary = outcomeSummary([], outcomeRow({ referrals: 20, engaged: 4, engagementRate: rate(4, 20), 'contacts.median': 3 }), []);
    expect(summaryToMarkdown(summary, { disclosure: true }).split('\n')[2]).toBe('| **total** | 20 | * | – | * | * | * | – |');
  });
});

describe('summaryToMarkdown: the wellbeing option', () => {
  const refused = { code: 'outcomes/invalid-options', issues: [{ path: ['wellbeing'], message: 'must be a list of up to 20 instrument ids' }] };

  it('takes up to 20 ids of 1 to 64 characters', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `i${String(i)}`);
    expect(summaryToMarkdown(twoPcns(), { wellbeing: twenty }).split('\n')[0]?.split(' pairs |')).toHaveLength(21);
    expect(summaryToMarkdown(twoPcns(), { wellbeing: ['x'.repeat(64)] }).split('\n')[0]).toContain(`| ${'x'.repeat(64)} pairs |`);
    expect(summaryToMarkdown(twoPcns(), { wellbeing: [] })).toBe(summaryToMarkdown(twoPcns()));
  });

  it('refuses anything but a list of up to 20 non-empty ids of at most 64 characters', () => {
    const twentyOne = Array.from({ length: 21 }, (_, i) => `i${String(i)}`);
    for (const wellbeingOption of ['swemwbs', { swemwbs: true }, 5, twentyOne, [''], ['x'.repeat(65)], [5], ['swemwbs', null]]) {
      expect(errorOf(() => summaryToMarkdown(twoPcns(), { wellbeing: wellbeingOption as never }))).toEqual(refused);
    }
  });
});
