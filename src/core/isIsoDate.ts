/**
 * A calendar date as an ISO 8601 string, `YYYY-MM-DD` (for example `'2025-04-01'`).
 *
 * Dates are strings, not `Date` objects, so that no result depends on the host
 * time zone. Functions that take an `IsoDate` check it is a real calendar date.
 *
 * @category Dates
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD`, between the years 1000 and 9999.
 *
 * Rejects impossible dates (`2025-02-30`), unpadded parts (`2025-2-3`) and
 * date-times (`2025-02-03T10:00`).
 *
 * @param value - Anything.
 * @returns `true` when `value` is a valid {@link IsoDate}.
 * @category Dates
 * @example
 * ```ts
 * import { isIsoDate } from 'social-prescribing/core';
 *
 * isIsoDate('2024-02-29');
 * //=> true
 * isIsoDate('2025-02-29');
 * //=> false
 * isIsoDate('2025-2-3');
 * //=> false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
