import { fromDayNumber } from '../core/index.js';
import { stepToWorkingDay } from './engine.js';
import type { WorkingCalendar } from './schemas.js';
import { readDate, resolveCalendar } from './validate.js';

/**
 * The last working day strictly before `date`.
 *
 * @param date - A `YYYY-MM-DD` date from 1995 to 2100.
 * @param calendar - Region, working weekdays and extra days off. Default Monday–Friday, England and Wales.
 * @returns The previous working day.
 * @throws {@link core!SocialPrescribingError} `calendar/invalid-date`; `calendar/year-out-of-range` when `date` or
 * the result is outside 1995–2100; `calendar/invalid-calendar`.
 * @see GOV.UK, UK bank holidays (https://www.gov.uk/bank-holidays); the rules and one-off changes are listed in the Sources guide
 * @category Calendar
 * @example
 * ```ts
 * import { previousWorkingDay } from 'social-prescribing/calendar';
 *
 * previousWorkingDay('2025-04-22'); // Tuesday after Easter Monday
 * //=> '2025-04-17'
 * previousWorkingDay('1995-01-01');
 * //=> throws 'calendar/year-out-of-range'
 * ```
 */
export function previousWorkingDay(date: string, calendar?: WorkingCalendar): string {
  return fromDayNumber(stepToWorkingDay(readDate(date, ['date']), -1, resolveCalendar(calendar), ['date']));
}
