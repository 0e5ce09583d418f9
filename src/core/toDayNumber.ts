import type { IsoDate } from './isIsoDate.js';
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
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) throw invalidDate(name);
  const y1 = date.charCodeAt(0) - 48;
  const y2 = date.charCodeAt(1) - 48;
  const y3 = date.charCodeAt(2) - 48;
  const y4 = date.charCodeAt(3) - 48;
  const m1 = date.charCodeAt(5) - 48;
  const m2 = date.charCodeAt(6) - 48;
  const d1 = date.charCodeAt(8) - 48;
  const d2 = date.charCodeAt(9) - 48;
  // `>>> 0` turns a negative difference into a large number: one comparison per digit.
  if (
    y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || y4 >>> 0 > 9 ||
    m1 >>> 0 > 9 || m2 >>> 0 > 9 || d1 >>> 0 > 9 || d2 >>> 0 > 9
  ) {
    throw invalidDate(name);
  }
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (year < 1000 || month < 1 || month > 12 || day < 1 || (day > 28 && day > monthLength(year, month))) throw invalidDate(name);
  // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function monthLength(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function invalidDate(name: string): SocialPrescribingError {
  return new SocialPrescribingError('core/invalid-date', [
    { path: [name], message: 'must be a real calendar date written YYYY-MM-DD, in the years 1000 to 9999' },
  ]);
}
