/**
 * Working-day arithmetic on day numbers, trusting validated input. Internal:
 * the public functions validate once and then call these.
 *
 * @module
 */
import { isoWeekday, SocialPrescribingError } from '../core/index.js';
import { FIRST_DAY, holidaysFor, LAST_DAY, MAX_YEAR, MIN_YEAR, yearOfDay } from './holidays.js';
import type { ResolvedCalendar } from './validate.js';

/** Whether a day number is a working day. The day must be within the covered years. */
export function isWorkingDayNumber(day: number, calendar: ResolvedCalendar): boolean {
  if (calendar.working[isoWeekday(day)] !== true) return false;
  if (calendar.extraSet.has(day)) return false;
  return !holidaysFor(yearOfDay(day), calendar.region).days.has(day);
}

function outOfRange(path: readonly (string | number)[]): SocialPrescribingError {
  return new SocialPrescribingError('calendar/year-out-of-range', [
    { path, message: `the result would fall outside the years ${MIN_YEAR} to ${MAX_YEAR}` },
  ]);
}

/** The first working day strictly after (step 1) or before (step -1) `day`; throws when it leaves the covered years. */
export function stepToWorkingDay(day: number, step: 1 | -1, calendar: ResolvedCalendar, path: readonly (string | number)[]): number {
  let next = day + step;
  while (next >= FIRST_DAY && next <= LAST_DAY) {
    if (isWorkingDayNumber(next, calendar)) return next;
    next += step;
  }
  throw outOfRange(path);
}

/** `n` working days after `day` (before it when `n` is negative); `day` itself when `n` is 0. */
export function addWorkingDayNumbers(day: number, n: number, calendar: ResolvedCalendar, path: readonly (string | number)[]): number {
  const step = n < 0 ? -1 : 1;
  let current = day;
  for (let left = Math.abs(n); left > 0; left--) current = stepToWorkingDay(current, step, calendar, path);
  return current;
}

/** Working days from `from` to `to`, both included (`from <= to`). */
export function countWorkingDays(from: number, to: number, calendar: ResolvedCalendar): number {
  const span = to - from + 1;
  const weeks = Math.floor(span / 7);
  let count = weeks * calendar.perWeek;
  for (let day = from + weeks * 7; day <= to; day++) if (calendar.working[isoWeekday(day)] === true) count++;
  // Take off bank holidays and extra days off that fall on a working weekday (each day once).
  for (let year = yearOfDay(from), last = yearOfDay(to); year <= last; year++) {
    for (const day of holidaysFor(year, calendar.region).days) {
      if (day >= from && day <= to && calendar.working[isoWeekday(day)] === true) count--;
    }
  }
  for (const day of calendar.extra) {
    if (day < from) continue;
    if (day > to) break;
    if (calendar.working[isoWeekday(day)] === true && !holidaysFor(yearOfDay(day), calendar.region).days.has(day)) count--;
  }
  return count;
}
