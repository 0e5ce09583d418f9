import { fromDayNumber } from '../core/index.js';
import { stepToWorkingDay } from './engine.js';
import type { WorkingCalendar } from './schemas.js';
import { readDate, resolveCalendar } from './validate.js';

/**
 * The first working day strictly after `date`.
 *
 * To move a date forward only when it is not a working day ("on or after"), use
 * `isWorkingDay(date, calendar) ? date : nextWorkingDay(date, calendar)`.
 *
 * @param date - A `YYYY-MM-DD` date from 1995 to 2100.
 * @param calendar - Region, working weekdays and extra days off. Default Monday–Friday, England and Wales.
 * @returns The next working day.
 * @throws {@link core!SocialPrescribingError} `calendar/invalid-date`; `calendar/year-out-of-range` when `date` or
 * the result is outside 1995–2100; `calendar/invalid-calendar`.
 * @see GOV.UK, UK bank holidays (https://www.gov.uk/bank-holidays); the rules and one-off changes are listed in the Sources guide
 * @category Calendar
 * @example
 * ```ts
 * import { nextWorkingDay } from 'social-prescribing/calendar';
 *
 * nextWorkingDay('2025-12-24');
 * //=> '2025-12-29'
 * nextWorkingDay('2025-12-24', { extraNonWorkingDays: ['2025-12-29', '2025-12-30', '2025-12-31'] });
 * //=> '2026-01-02'
 * nextWorkingDay('2025-12-24', { region: 'scotland', extraNonWorkingDays: ['2025-12-29', '2025-12-30', '2025-12-31'] });
 * //=> '2026-01-05'
 * ```
 */
export function nextWorkingDay(date: string, calendar?: WorkingCalendar): string {
  return fromDayNumber(stepToWorkingDay(readDate(date, ['date']), 1, resolveCalendar(calendar), ['date']));
}
