import { isWorkingDayNumber } from './engine.js';
import type { WorkingCalendar } from './schemas.js';
import { readDate, resolveCalendar } from './validate.js';

/**
 * Whether a date is a working day: one of the calendar's working weekdays, not a bank
 * holiday in its region and not one of its extra days off.
 *
 * Bank holidays are computed once per year and region, so calling this in a loop is cheap.
 *
 * @param date - A `YYYY-MM-DD` date from 1995 to 2100.
 * @param calendar - Region, working weekdays and extra days off. Default Monday–Friday, England and Wales.
 * @returns `true` for a working day.
 * @throws {@link core!SocialPrescribingError} `calendar/invalid-date` for a malformed or impossible date;
 * `calendar/year-out-of-range` outside 1995–2100; `calendar/invalid-calendar` for a malformed calendar.
 * @see GOV.UK, UK bank holidays (https://www.gov.uk/bank-holidays); the rules and one-off changes are listed in the Sources guide
 * @category Calendar
 * @example
 * ```ts
 * import { isWorkingDay } from 'social-prescribing/calendar';
 *
 * isWorkingDay('2025-12-25');
 * //=> false
 * isWorkingDay('2025-08-04'); // first Monday of August: a holiday in Scotland only
 * //=> true
 * isWorkingDay('2025-08-04', { region: 'scotland' });
 * //=> false
 * isWorkingDay('2025-04-02', { workingDays: [1, 2] }); // a Wednesday
 * //=> false
 * isWorkingDay('2025-02-30');
 * //=> throws 'calendar/invalid-date'
 * ```
 */
export function isWorkingDay(date: string, calendar?: WorkingCalendar): boolean {
  return isWorkingDayNumber(readDate(date, ['date']), resolveCalendar(calendar));
}
