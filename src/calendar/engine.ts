/**
 * Working-day arithmetic on day numbers, trusting validated input. Internal:
 * the public functions validate once and then call these.
 *
 * @module
 */
import { isoWeekday, SocialPrescribingError } from '../core/index.js';
import { FIRST_DAY, holidaysFor, LAST_DAY, MAX_YEAR, MIN_YEAR, yearOfDay } from './holidays.js';
import type { ResolvedCalendar } from './validate.js';

/**
 * Whether a day number is a working day. The day must be within the covered years.
 *
 * A working day is a working weekday of the calendar that is neither one of its extra days off
 * nor a bank holiday of its region. Christmas Eve 2025 is a Wednesday; Christmas Day is a bank
 * holiday and 27 December a Saturday.
 *
 * @example
 * ```ts
 * import { toDayNumber } from '../core/index.js';
 * import { isWorkingDayNumber } from './engine.js';
 * import { DEFAULT_CALENDAR, resolveCalendar } from './validate.js';
 *
 * ['2025-12-24', '2025-12-25', '2025-12-27'].map((date) => isWorkingDayNumber(toDayNumber(date), DEFAULT_CALENDAR));
 * //=> [true, false, false]
 * isWorkingDayNumber(toDayNumber('2025-12-24'), resolveCalendar({ extraNonWorkingDays: ['2025-12-24'] }));
 * //=> false
 * ```
 */
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

/**
 * The first working day strictly after (step 1) or before (step -1) `day`; throws when it leaves the covered years.
 *
 * From Christmas Eve 2025 the next working day skips Christmas, Boxing Day and the weekend.
 *
 * @throws SocialPrescribingError `calendar/year-out-of-range`, with `path`, when no working day is left in the covered years.
 * @example
 * ```ts
 * import { fromDayNumber, toDayNumber } from '../core/index.js';
 * import { stepToWorkingDay } from './engine.js';
 * import { DEFAULT_CALENDAR } from './validate.js';
 *
 * fromDayNumber(stepToWorkingDay(toDayNumber('2025-12-24'), 1, DEFAULT_CALENDAR, ['date']));
 * //=> '2025-12-29'
 * fromDayNumber(stepToWorkingDay(toDayNumber('2025-12-29'), -1, DEFAULT_CALENDAR, ['date']));
 * //=> '2025-12-24'
 * stepToWorkingDay(toDayNumber('2100-12-31'), 1, DEFAULT_CALENDAR, ['date']);
 * //=> throws 'calendar/year-out-of-range'
 * ```
 */
export function stepToWorkingDay(day: number, step: 1 | -1, calendar: ResolvedCalendar, path: readonly (string | number)[]): number {
  let next = day + step;
  while (next >= FIRST_DAY && next <= LAST_DAY) {
    if (isWorkingDayNumber(next, calendar)) return next;
    next += step;
  }
  throw outOfRange(path);
}

/**
 * `n` working days after `day` (before it when `n` is negative); `day` itself when `n` is 0.
 *
 * With `n` 0 the day is returned even when it is not a working day.
 *
 * @throws SocialPrescribingError `calendar/year-out-of-range`, with `path`, when the result would leave the covered years.
 * @example
 * ```ts
 * import { fromDayNumber, toDayNumber } from '../core/index.js';
 * import { addWorkingDayNumbers } from './engine.js';
 * import { DEFAULT_CALENDAR } from './validate.js';
 *
 * fromDayNumber(addWorkingDayNumbers(toDayNumber('2025-12-23'), 3, DEFAULT_CALENDAR, ['n']));
 * //=> '2025-12-30'
 * fromDayNumber(addWorkingDayNumbers(toDayNumber('2025-12-29'), -2, DEFAULT_CALENDAR, ['n']));
 * //=> '2025-12-23'
 * fromDayNumber(addWorkingDayNumbers(toDayNumber('2025-12-27'), 0, DEFAULT_CALENDAR, ['n']));
 * //=> '2025-12-27'
 * addWorkingDayNumbers(toDayNumber('2100-12-29'), 5, DEFAULT_CALENDAR, ['n']);
 * //=> throws 'calendar/year-out-of-range'
 * ```
 */
export function addWorkingDayNumbers(day: number, n: number, calendar: ResolvedCalendar, path: readonly (string | number)[]): number {
  const step = n < 0 ? -1 : 1;
  let current = day;
  for (let left = Math.abs(n); left > 0; left--) current = stepToWorkingDay(current, step, calendar, path);
  return current;
}

/**
 * Working days from `from` to `to`, both included (`from <= to`).
 *
 * Whole weeks are counted at once rather than day by day; then the bank holidays and extra
 * days off that fall on working weekdays are taken off, a day that is both only once.
 * April 2025 to March 2026 has 261 weekdays and 8 bank holidays in England and Wales.
 *
 * @example
 * ```ts
 * import { toDayNumber } from '../core/index.js';
 * import { countWorkingDays } from './engine.js';
 * import { DEFAULT_CALENDAR, resolveCalendar } from './validate.js';
 *
 * countWorkingDays(toDayNumber('2025-04-01'), toDayNumber('2026-03-31'), DEFAULT_CALENDAR);
 * //=> 253
 * countWorkingDays(toDayNumber('2025-12-22'), toDayNumber('2026-01-02'), DEFAULT_CALENDAR);
 * //=> 7
 * const closures = resolveCalendar({ extraNonWorkingDays: ['2025-12-25', '2025-12-29'] });
 * countWorkingDays(toDayNumber('2025-12-22'), toDayNumber('2026-01-02'), closures);
 * //=> 6
 * ```
 */
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
