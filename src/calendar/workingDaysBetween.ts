import { SocialPrescribingError } from '../core/index.js';
import { countWorkingDays } from './engine.js';
import type { WorkingCalendar } from './schemas.js';
import { readDate, resolveCalendar } from './validate.js';

/**
 * Working days from `from` to `to`, counting both ends.
 *
 * Counts whole weeks arithmetically and then takes off the bank holidays and extra days
 * off in the span, so a ten-year span costs about as much as a month.
 *
 * @param from - First day, `YYYY-MM-DD`, from 1995 to 2100.
 * @param to - Last day, on or after `from`.
 * @param calendar - Region, working weekdays and extra days off. Default Monday–Friday, England and Wales.
 * @returns The number of working days, 0 or more.
 * @throws {@link core!SocialPrescribingError} `calendar/invalid-date`; `calendar/year-out-of-range`;
 * `calendar/invalid-range` when `to` is before `from`; `calendar/invalid-calendar`.
 * @see GOV.UK, UK bank holidays (https://www.gov.uk/bank-holidays); the rules and one-off changes are listed in the Sources guide
 * @category Calendar
 * @example
 * ```ts
 * import { workingDaysBetween } from 'social-prescribing/calendar';
 *
 * workingDaysBetween('2025-01-01', '2025-12-31'); // 261 weekdays less 8 bank holidays
 * //=> 253
 * workingDaysBetween('2025-01-01', '2025-12-31', { region: 'scotland' });
 * //=> 252
 * workingDaysBetween('2025-01-01', '2025-12-31', { region: 'scotland', workingDays: [1, 2, 3] });
 * //=> 152
 * workingDaysBetween('2025-04-21', '2025-04-21');
 * //=> 0
 * workingDaysBetween('2025-05-01', '2025-04-01');
 * //=> throws 'calendar/invalid-range'
 * ```
 */
export function workingDaysBetween(from: string, to: string, calendar?: WorkingCalendar): number {
  const start = readDate(from, ['from']);
  const end = readDate(to, ['to']);
  if (end < start) {
    throw new SocialPrescribingError('calendar/invalid-range', [{ path: ['to'], message: 'must be on or after from' }]);
  }
  return countWorkingDays(start, end, resolveCalendar(calendar));
}
