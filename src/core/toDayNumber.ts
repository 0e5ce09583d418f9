import type { IsoDate } from './isIsoDate.js';
import { isoToYmd } from './isoToYmd.js';
import { SocialPrescribingError } from './SocialPrescribingError.js';

/**
 * The day number of a calendar date: whole days since 1970-01-01 (day 0).
 *
 * Day numbers make date arithmetic plain integer arithmetic, with no `Date`
 * object and so no host time zone involved. The date is checked as it is read
 * (a few character comparisons, no regular expression), so a malformed or
 * impossible date throws rather than giving `NaN` or a wrong day.
 *
 * @param date - A valid `YYYY-MM-DD` date, years 1000 to 9999.
 * @returns Days since 1970-01-01, negative before it.
 * @throws {@link SocialPrescribingError} `core/invalid-date` when `date` is not a real `YYYY-MM-DD` date of the years 1000 to 9999.
 * @category Dates
 * @example
 * ```ts
 * import { toDayNumber } from 'social-prescribing/core';
 *
 * toDayNumber('1970-01-02');
 * //=> 1
 * toDayNumber('2025-04-01') - toDayNumber('2025-03-01');
 * //=> 31
 * toDayNumber('2025-02-30');
 * //=> throws 'core/invalid-date'
 * ```
 */
export function toDayNumber(date: IsoDate): number {
  return dayNumberOf(date, 'date');
}

/** {@link toDayNumber}, naming the argument `name` in the error's issue path. */
export function dayNumberOf(date: unknown, name: string): number {
  const ymd = isoToYmd(date);
  if (ymd < 0) throw invalidDate(name);
  const year = Math.floor(ymd / 10000);
  const month = Math.floor(ymd / 100) % 100;
  const day = ymd % 100;
  // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function invalidDate(name: string): SocialPrescribingError {
  return new SocialPrescribingError('core/invalid-date', [{ path: [name], message: 'must be a real YYYY-MM-DD date, years 1000-9999' }]);
}
