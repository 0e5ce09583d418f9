/**
 * Checks ukBankHolidays against the npm package date-holidays (a devDependency used
 * only here) for every year from 1995 to 2100 and every region.
 *
 * How date-holidays' output is read: it lists the weekend date of a fixed holiday
 * beside its "(substitute day)", and observances such as Mother's Day. A UK bank
 * holiday is a day off, so we keep its `public` and `bank` entries that fall on a
 * weekday and compare dates.
 */
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../../src/core/index.js';
import { ukBankHolidays, type UkRegion } from '../../src/calendar/index.js';

const STATES: Record<UkRegion, string> = { 'england-and-wales': 'ENG', scotland: 'SCT', 'northern-ireland': 'NIR' };
const ALL: readonly UkRegion[] = ['england-and-wales', 'scotland', 'northern-ireland'];

/**
 * Known differences, each explained: the official list (GOV.UK, DOMAIN.md) on our
 * side, date-holidays' gaps on the other. `missing` are days we have that the oracle
 * lacks, `extra` days the oracle has that are not bank holidays.
 */
const KNOWN: Record<number, { missing?: string[]; extra?: string[]; why: string }> = {
  1995: {
    missing: ['1995-05-08'],
    extra: ['1995-05-01'],
    why: 'the early May bank holiday moved from 1 to 8 May for the 50th anniversary of VE Day; date-holidays keeps 1 May',
  },
  1999: { missing: ['1999-12-31'], why: 'the millennium bank holiday on 31 December 1999 is missing from date-holidays' },
  2002: {
    missing: ['2002-06-03', '2002-06-04'],
    extra: ['2002-05-27'],
    why: 'Golden Jubilee: the spring bank holiday moved from 27 May to 3 June and 4 June was added; date-holidays keeps 27 May',
  },
  2011: { missing: ['2011-04-29'], why: 'the royal wedding bank holiday on 29 April 2011 is missing from date-holidays' },
  2012: {
    missing: ['2012-06-04'],
    extra: ['2012-05-28'],
    why: 'Diamond Jubilee: the spring bank holiday moved from 28 May to 4 June (GOV.UK); date-holidays keeps 28 May but has 5 June',
  },
};

/** St Andrew's Day became a bank holiday in 2007; date-holidays has it (and its substitute) in earlier years too. */
function standrewsBefore2007(year: number): string[] {
  if (year >= 2007) return [];
  const day = `${year}-11-30`;
  const weekday = isoWeekday(day);
  if (weekday < 6) return [day];
  return [`${year}-12-0${weekday === 6 ? 2 : 1}`];
}

function oracleDates(holidays: Holidays, year: number): string[] {
  return holidays
    .getHolidays(year)
    .filter((h) => h.type === 'public' || h.type === 'bank')
    .map((h) => h.date.slice(0, 10))
    .filter((date) => isoWeekday(date) < 6)
    .sort();
}

describe('ukBankHolidays agrees with date-holidays for 1995–2100, apart from known differences', () => {
  for (const region of ALL) {
    it(region, () => {
      const oracle = new Holidays('GB', STATES[region]);
      const problems: string[] = [];
      for (let year = 1995; year <= 2100; year++) {
        const ours = new Set(ukBankHolidays(year, region).map((h) => h.date));
        const theirs = new Set(oracleDates(oracle, year));
        const known = KNOWN[year];
        for (const date of known?.missing ?? []) {
          expect(ours.has(date), `${region} ${year}: ${known?.why}`).toBe(true);
          theirs.add(date);
        }
        for (const date of [...(known?.extra ?? []), ...(region === 'scotland' ? standrewsBefore2007(year) : [])]) {
          expect(theirs.has(date), `${region} ${year}: oracle no longer has ${date}`).toBe(true);
          theirs.delete(date);
        }
        const onlyOurs = [...ours].filter((d) => !theirs.has(d));
        const onlyTheirs = [...theirs].filter((d) => !ours.has(d));
        if (onlyOurs.length + onlyTheirs.length > 0) problems.push(`${year}: ours only ${onlyOurs.join(',')}; oracle only ${onlyTheirs.join(',')}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
