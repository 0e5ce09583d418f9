import type { IsoDate } from './isIsoDate.js';
import { checkDayNumber } from './fromDayNumber.js';
import { dayNumberOf } from './toDayNumber.js';

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
 * @throws {@link SocialPrescribingError} `core/invalid-date` when a string `date` is not a real `YYYY-MM-DD` date of the years 1000 to 9999.
 * @throws {@link SocialPrescribingError} `core/invalid-day-number` when a number `date` is not a whole day number of the years 1000 to 9999.
 * @category Dates
 * @example
 * ```ts
 * import { isoWeekday } from 'social-prescribing/core';
 *
 * isoWeekday('2025-04-01');
 * //=> 2
 * isoWeekday('2025-04-06');
 * //=> 7
 * isoWeekday('2025-04-31');
 * //=> throws 'core/invalid-date'
 * isoWeekday(Number.NaN);
 * //=> throws 'core/invalid-day-number'
 * ```
 */
export function isoWeekday(date: IsoDate | number): IsoWeekday {
  const dayNumber = typeof date === 'number' ? checkDayNumber(date, 'date') : dayNumberOf(date, 'date');
  // Day 0 (1970-01-01) was a Thursday (4).
  return ((((dayNumber + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
}
