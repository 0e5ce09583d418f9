import type { IsoDate } from './isIsoDate.js';

/**
 * The day number of a calendar date: whole days since 1970-01-01 (day 0).
 *
 * Day numbers make date arithmetic plain integer arithmetic, with no `Date`
 * object and so no host time zone involved. The input is trusted to be a valid
 * {@link IsoDate}; check untrusted input with {@link isIsoDate} first.
 *
 * @param date - A valid `YYYY-MM-DD` date.
 * @returns Days since 1970-01-01, negative before it.
 * @category Dates
 * @example
 * ```ts
 * import { toDayNumber } from 'social-prescribing/core';
 *
 * toDayNumber('1970-01-02');
 * //=> 1
 * toDayNumber('2025-04-01') - toDayNumber('2025-03-01');
 * //=> 31
 * ```
 */
export function toDayNumber(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
