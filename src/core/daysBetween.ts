import type { IsoDate } from './isIsoDate.js';
import { toDayNumber } from './toDayNumber.js';

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @param from - A valid `YYYY-MM-DD` date.
 * @param to - A valid `YYYY-MM-DD` date.
 * @returns `to - from` in whole days.
 * @category Dates
 * @example
 * ```ts
 * import { daysBetween } from 'social-prescribing/core';
 *
 * daysBetween('2025-01-01', '2025-03-01');
 * //=> 59
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}
