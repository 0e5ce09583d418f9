import type { IsoDate } from './isIsoDate.js';
import { dayNumberOf } from './toDayNumber.js';

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @param from - A valid `YYYY-MM-DD` date.
 * @param to - A valid `YYYY-MM-DD` date.
 * @returns `to - from` in whole days.
 * @throws {@link SocialPrescribingError} `core/invalid-date` when `from` or `to` is not a real `YYYY-MM-DD` date of the years 1000 to 9999.
 * @category Dates
 * @example
 * ```ts
 * import { daysBetween } from 'social-prescribing/core';
 *
 * daysBetween('2025-01-01', '2025-03-01');
 * //=> 59
 * daysBetween('2025-01-01', '2025-02-29');
 * //=> throws 'core/invalid-date'
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumberOf(to, 'to') - dayNumberOf(from, 'from');
}
