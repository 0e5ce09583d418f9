import type { IsoDate } from './isIsoDate.js';
import { SocialPrescribingError } from './SocialPrescribingError.js';

/** The day number of 1000-01-01, the first day an {@link IsoDate} can name. */
const MIN_DAY_NUMBER = -354_285;
/** The day number of 9999-12-31, the last day an {@link IsoDate} can name. */
const MAX_DAY_NUMBER = 2_932_896;

/**
 * The calendar date of a day number (whole days since 1970-01-01), the inverse of {@link toDayNumber}.
 *
 * @param dayNumber - An integer day number of a date in the years 1000 to 9999.
 * @returns The `YYYY-MM-DD` date.
 * @throws {@link SocialPrescribingError} `core/invalid-day-number` when `dayNumber` is not a whole number
 * naming a day of the years 1000 to 9999.
 * @category Dates
 * @example
 * ```ts
 * import { fromDayNumber, toDayNumber } from 'social-prescribing/core';
 *
 * fromDayNumber(0);
 * //=> '1970-01-01'
 * fromDayNumber(toDayNumber('2024-02-28') + 1);
 * //=> '2024-02-29'
 * fromDayNumber(0.5);
 * //=> throws 'core/invalid-day-number'
 * ```
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  return dateOf(checkDayNumber(dayNumber, 'dayNumber'));
}

/** `value` when it is a whole day number of the years 1000 to 9999; otherwise throws `core/invalid-day-number` at `name`. */
export function checkDayNumber(value: unknown, name: string): number {
  if (!(Number.isInteger(value) && (value as number) >= MIN_DAY_NUMBER && (value as number) <= MAX_DAY_NUMBER)) {
    throw new SocialPrescribingError('core/invalid-day-number', [{ path: [name], message: 'must be a whole number of days, years 1000-9999' }]);
  }
  return value as number;
}

/** {@link fromDayNumber} without the check, for a day number known to be valid. */
export function dateOf(dayNumber: number): IsoDate {
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
  // Callers pass checked day numbers, so the year has four digits (1000 to 9999) and needs no padding.
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}
