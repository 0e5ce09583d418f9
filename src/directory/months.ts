import { fromDayNumber, toDayNumber, type IsoDate } from '../core/index.js';

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The date `months` calendar months after `date`, on the same day of the month,
 * or on the last day of the month when that month is shorter
 * (2024-01-31 + 1 month = 2024-02-29; 2024-02-29 + 12 months = 2025-02-28).
 *
 * Integer arithmetic on years, months and day numbers: no `Date`, no time zone.
 *
 * The assurance check uses it for the date a review falls due: the last review plus the
 * policy's `reviewWithinMonths`. A date after 9999-12-31, beyond the dates the library handles,
 * is `null` (never a made-up date).
 *
 * @example
 * ```ts
 * import { addCalendarMonths } from './months.js';
 *
 * addCalendarMonths('2025-01-10', 12);
 * //=> '2026-01-10'
 * addCalendarMonths('2024-01-31', 1);
 * //=> '2024-02-29'
 * addCalendarMonths('2024-02-29', 12);
 * //=> '2025-02-28'
 * addCalendarMonths('2025-11-15', 3);
 * //=> '2026-02-15'
 * addCalendarMonths('2025-03-31', -1);
 * //=> '2025-02-28'
 * addCalendarMonths('9999-06-01', 12);
 * //=> null
 * ```
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate | null {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  if (targetYear > LAST_YEAR) return null;
  const targetMonth = index - targetYear * 12 + 1;
  const first = toDayNumber(`${pad(targetYear, 4)}-${pad(targetMonth, 2)}-01`);
  const nextIndex = index + 1;
  const nextYear = Math.floor(nextIndex / 12);
  // December 9999 has no next month in range: it has 31 days.
  const nextFirst = nextYear > LAST_YEAR ? first + 31 : toDayNumber(`${pad(nextYear, 4)}-${pad(nextIndex - nextYear * 12 + 1, 2)}-01`);
  return fromDayNumber(first + Math.min(day, nextFirst - first) - 1);
}

const LAST_YEAR = 9999;
