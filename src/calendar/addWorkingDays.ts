import { fromDayNumber, SocialPrescribingError } from '../core/index.js';
import { addWorkingDayNumbers } from './engine.js';
import type { WorkingCalendar } from './schemas.js';
import { readDate, resolveCalendar } from './validate.js';

/**
 * The date `n` working days after `date` (before it when `n` is negative).
 *
 * Counting starts from the next working day, so the start date does not count
 * whether or not it is a working day: 1 working day after a Friday is the Monday,
 * and 1 after a Saturday is also the Monday. `n = 0` returns `date` unchanged.
 *
 * @param date - A `YYYY-MM-DD` date from 1995 to 2100.
 * @param n - A whole number of working days, negative to go back.
 * @param calendar - Region, working weekdays and extra days off. Default Monday–Friday, England and Wales.
 * @returns The working day reached.
 * @throws {@link core!SocialPrescribingError} `calendar/invalid-date`; `calendar/invalid-count` when `n` is not a
 * whole number; `calendar/year-out-of-range` when `date` or the result is outside 1995–2100;
 * `calendar/invalid-calendar`.
 * @see GOV.UK, UK bank holidays (https://www.gov.uk/bank-holidays); the rules and one-off changes are listed in the Sources guide
 * @category Calendar
 * @example
 * ```ts
 * import { addWorkingDays } from 'social-prescribing/calendar';
 *
 * addWorkingDays('2025-04-17', 1); // Thursday before Easter
 * //=> '2025-04-22'
 * addWorkingDays('2025-04-22', -1);
 * //=> '2025-04-17'
 * addWorkingDays('2025-04-17', 1, { region: 'scotland' }); // no Easter Monday in Scotland
 * //=> '2025-04-21'
 * addWorkingDays('2025-04-17', 1.5);
 * //=> throws 'calendar/invalid-count'
 * ```
 */
export function addWorkingDays(date: string, n: number, calendar?: WorkingCalendar): string {
  const day = readDate(date, ['date']);
  // Number.isSafeInteger is false for anything that is not a number, too.
  if (!Number.isSafeInteger(n)) {
    throw new SocialPrescribingError('calendar/invalid-count', [{ path: ['n'], message: 'must be a whole number of working days' }]);
  }
  return fromDayNumber(addWorkingDayNumbers(day, n, resolveCalendar(calendar), ['n']));
}
