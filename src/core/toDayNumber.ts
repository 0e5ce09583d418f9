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
  if (typeof date !== 'string' || date.length !== 10 || date[4] !== '-' || date[7] !== '-') throw invalidDate(name);
  const year = digits(date, 0) * 100 + digits(date, 2);
  const month = digits(date, 5);
  const day = digits(date, 8);
  // NaN (a non-digit) fails every comparison. Months of 31 days are the odd ones up to July and the even ones after.
  if (
    !(year >= 1000 && month >= 1 && month <= 12 && day >= 1 &&
      day <= (month === 2 ? (year % (year % 100 ? 4 : 400) ? 28 : 29) : 30 + ((month + (month >> 3)) & 1)))
  ) {
    throw invalidDate(name);
  }
  // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The two-digit number at `from`, or NaN when either character is not a digit (read without slicing: no allocation). */
function digits(text: string, from: number): number {
  const tens = text.charCodeAt(from) - 48;
  const units = text.charCodeAt(from + 1) - 48;
  // `>>> 0` turns a negative difference into a large number: one comparison per character.
  return tens >>> 0 > 9 || units >>> 0 > 9 ? Number.NaN : tens * 10 + units;
}

function invalidDate(name: string): SocialPrescribingError {
  return new SocialPrescribingError('core/invalid-date', [{ path: [name], message: 'must be a real YYYY-MM-DD date, years 1000-9999' }]);
}
