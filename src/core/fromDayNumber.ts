import type { IsoDate } from './isIsoDate.js';

/**
 * The calendar date of a day number (whole days since 1970-01-01), the inverse of {@link toDayNumber}.
 *
 * @param dayNumber - An integer day number.
 * @returns The `YYYY-MM-DD` date.
 * @category Dates
 * @example
 * ```ts
 * import { fromDayNumber, toDayNumber } from 'social-prescribing/core';
 *
 * fromDayNumber(0);
 * //=> '1970-01-01'
 * fromDayNumber(toDayNumber('2024-02-28') + 1);
 * //=> '2024-02-29'
 * ```
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  // Howard Hinnant's civil_from_days.
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}
