/**
 * The UK working calendar: bank holidays of England and Wales, Scotland and Northern
 * Ireland for every year from 1995 to 2100, and working-day arithmetic for full-time
 * and part-time link workers (working weekdays, annual leave).
 *
 * All dates are `YYYY-MM-DD` strings and all arithmetic is on whole day numbers, so no
 * result depends on the host time zone.
 *
 * @module calendar
 */
export { UkRegionSchema, WorkingCalendarSchema, type UkRegion, type WorkingCalendar } from './schemas.js';
export { ukBankHolidays, type UkBankHoliday } from './ukBankHolidays.js';
export { isWorkingDay } from './isWorkingDay.js';
export { addWorkingDays } from './addWorkingDays.js';
export { nextWorkingDay } from './nextWorkingDay.js';
export { previousWorkingDay } from './previousWorkingDay.js';
export { workingDaysBetween } from './workingDaysBetween.js';
export { CALENDAR_ERRORS, type CalendarErrorCode } from './errors.js';
