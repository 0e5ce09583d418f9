import type { IsoDate } from './isIsoDate.js';
import { toDayNumber } from './toDayNumber.js';

/**
 * An ISO weekday number (Monday = 1, ..., Sunday = 7).
 *
 * @category Dates
 */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * The ISO weekday of a date (Monday = 1, ..., Sunday = 7), the same in every time zone.
 *
 * @param date - A valid `YYYY-MM-DD` date, or a day number from {@link toDayNumber}.
 * @returns 1 for Monday through 7 for Sunday.
 * @category Dates
 * @example
 * ```ts
 * import { isoWeekday } from 'social-prescribing/core';
 *
 * isoWeekday('2025-04-01');
 * //=> 2
 * isoWeekday('2025-04-06');
 * //=> 7
 * ```
 */
export function isoWeekday(date: IsoDate | number): IsoWeekday {
  const dayNumber = typeof date === 'number' ? date : toDayNumber(date);
  // Day 0 (1970-01-01) was a Thursday (4).
  return ((((dayNumber + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
}
