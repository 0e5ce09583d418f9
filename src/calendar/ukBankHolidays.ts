import { SocialPrescribingError } from '../core/index.js';
import { holidaysFor } from './holidays.js';
import type { UkRegion } from './schemas.js';
import { readYear, REGIONS } from './validate.js';

/**
 * A bank holiday: its date and the name people know it by.
 *
 * @category Calendar
 */
export interface UkBankHoliday {
  /** The day off, `YYYY-MM-DD`. */
  readonly date: string;
  /** As published: `'Early May bank holiday (VE day)'`, `'Christmas Day (substitute day)'`. */
  readonly name: string;
}

/**
 * The bank holidays of one UK region in one year, sorted by date.
 *
 * Computed by rule for every year from 1995 to 2100: Easter (Good Friday; Easter Monday
 * outside Scotland), the first Monday of May, the last Monday of May, the last Monday of
 * August (the first in Scotland), New Year's Day, Christmas and Boxing Day; Scotland's
 * 2 January and St Andrew's Day (30 November, from 2007); Northern Ireland's
 * St Patrick's Day (17 March) and Battle of the Boyne (12 July). A fixed day on a
 * Saturday or Sunday gives a "(substitute day)" on the next weekday that is not already
 * a holiday (25 December on a Saturday: 27 and 28 December). One-off changes by
 * proclamation are included: 1995 (VE Day 50), 1999 (millennium), 2002 (Golden Jubilee),
 * 2011 (royal wedding), 2012 (Diamond Jubilee), 2020 (VE Day 75), 2022 (Platinum
 * Jubilee, state funeral) and 2023 (coronation). Names use a plain apostrophe
 * (`"St Andrew's Day"`); GOV.UK prints a typographic one.
 *
 * Each year and region is computed once and then served from memory; the result is a
 * fresh array the caller may change.
 *
 * @param year - A whole year from 1995 to 2100.
 * @param region - `'england-and-wales'`, `'scotland'` or `'northern-ireland'`.
 * @returns The holidays, earliest first.
 * @throws {@link core!SocialPrescribingError} `calendar/year-out-of-range` for a year that is not a whole number
 * from 1995 to 2100; `calendar/invalid-region` for any other region.
 * @see the Sources guide, "UK bank holidays" (rules and one-off changes); St Andrew's Day Bank Holiday (Scotland) Act 2007
 * @see https://www.gov.uk/bank-holidays
 * @category Calendar
 * @example
 * ```ts
 * import { ukBankHolidays } from 'social-prescribing/calendar';
 *
 * ukBankHolidays(2020, 'england-and-wales').slice(3, 5);
 * //=> [
 * //   { date: '2020-05-08', name: 'Early May bank holiday (VE day)' },
 * //   { date: '2020-05-25', name: 'Spring bank holiday' },
 * // ]
 * ukBankHolidays(2021, 'scotland').at(-1);
 * //=> { date: '2021-12-28', name: 'Boxing Day (substitute day)' }
 * ukBankHolidays(2021, 'wales');
 * //=> throws 'calendar/invalid-region'
 * ```
 */
export function ukBankHolidays(year: number, region: UkRegion): UkBankHoliday[] {
  const checkedYear = readYear(year, ['year']);
  if (!REGIONS.has(region)) {
    throw new SocialPrescribingError('calendar/invalid-region', [
      { path: ['region'], message: "must be 'england-and-wales', 'scotland' or 'northern-ireland'" },
    ]);
  }
  return holidaysFor(checkedYear, region).list.map((holiday) => ({ date: holiday.date, name: holiday.name }));
}
