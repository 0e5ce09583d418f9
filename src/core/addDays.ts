import { fromDayNumber } from './fromDayNumber.js';
import type { IsoDate } from './isIsoDate.js';
import { toDayNumber } from './toDayNumber.js';

/**
 * The date `days` calendar days after `date` (before it when negative).
 *
 * @param date - A valid `YYYY-MM-DD` date.
 * @param days - A whole number of days.
 * @returns The new date.
 * @category Dates
 * @example
 * ```ts
 * import { addDays } from 'social-prescribing/core';
 *
 * addDays('2025-12-31', 1);
 * //=> '2026-01-01'
 * addDays('2024-03-01', -1);
 * //=> '2024-02-29'
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}
