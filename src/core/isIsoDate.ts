import { isoToYmd } from './isoToYmd.js';
/**
 * A calendar date as an ISO 8601 string, `YYYY-MM-DD` (for example `'2025-04-01'`).
 *
 * Dates are strings, not `Date` objects, so that no result depends on the host
 * time zone. Functions that take an `IsoDate` check it is a real calendar date.
 *
 * @category Dates
 */
export type IsoDate = string;

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
  return isoToYmd(value) > 0;
}
