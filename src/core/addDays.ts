import { checkDayNumber, dateOf } from './fromDayNumber.js';
import type { IsoDate } from './isIsoDate.js';
import { dayNumberOf } from './toDayNumber.js';

/**
 * The date `days` calendar days after `date` (before it when negative).
 *
 * @param date - A valid `YYYY-MM-DD` date.
 * @param days - A whole number of days.
 * @returns The new date.
 * @throws {@link SocialPrescribingError} `core/invalid-date` when `date` is not a real `YYYY-MM-DD` date of the years 1000 to 9999.
 * @throws {@link SocialPrescribingError} `core/invalid-day-number` when `days` is not a whole number, or moves the date outside the years 1000 to 9999.
 * @category Dates
 * @example
 * ```ts
 * import { addDays } from 'social-prescribing/core';
 *
 * addDays('2025-12-31', 1);
 * //=> '2026-01-01'
 * addDays('2024-03-01', -1);
 * //=> '2024-02-29'
 * addDays('2025-12-31', 1.5);
 * //=> throws 'core/invalid-day-number'
 * addDays('2025-13-01', 1);
 * //=> throws 'core/invalid-date'
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  // A step that is not a whole number gives NaN, which the range check rejects.
  const dayNumber = dayNumberOf(date, 'date') + (Number.isInteger(days) ? days : Number.NaN);
  return dateOf(checkDayNumber(dayNumber, 'days'));
}
