import { addDays, isIsoDate, SocialPrescribingError, type IsoDate } from '../core/index.js';
import { isWorkingDay, nextWorkingDay, type WorkingCalendar } from '../calendar/index.js';

/**
 * Options of {@link planContacts}.
 *
 * @category Contacts
 */
export interface PlanContactsOptions {
  /** The day of the first contact (moved to the next working day when it is not one). */
  readonly start: IsoDate;
  /** How many contacts to plan: a whole number from 0 to 1,000. */
  readonly count: number;
  /** Days between planned contacts: a whole number from 1 to 366. Default 7 (weekly). */
  readonly everyDays?: number;
  /** Whose working days: region, working weekdays, leave. Default Monday–Friday, England and Wales. */
  readonly calendar?: WorkingCalendar;
}

/** The largest plan accepted: far beyond any support period in the seeds (6 to 16 weeks, 6–12 contacts). */
const MAX_COUNT = 1000;

/**
 * Plans `count` contact dates `everyDays` apart from `start`, each on a working day.
 *
 * The i-th date is `start + i × everyDays` days; a date that falls on a
 * non-working day (weekend, bank holiday of the calendar's region, extra day
 * off) moves to the next working day. The dates are strictly increasing: when a
 * short interval and a run of days off would put two contacts on the same
 * working day, the later one moves to the next working day after the earlier.
 *
 * Six weekly contacts fit the NW Surrey six-week episode; 6–12 contacts is the
 * expected band ({@link DEFAULT_CONTACT_BAND}). In the example, weekly Mondays
 * from 14 April 2025 step over Easter Monday (21 April) and the early May bank
 * holiday (5 May), and a fortnightly plan starting on Saturday 5 April starts on the Monday and
 * lands on Saturdays after that, each moved past the weekend and the bank holiday.
 *
 * @param options - The first day, the number of contacts, the interval and the calendar.
 * @returns The planned dates, in order.
 * @throws {@link core!SocialPrescribingError} `referrals/invalid-date` when `start` is not a real `YYYY-MM-DD` date;
 * `referrals/invalid-count` unless `count` is a whole number from 0 to 1,000;
 * `referrals/invalid-interval` unless `everyDays` is a whole number from 1 to 366;
 * `calendar/invalid-calendar` for a calendar {@link calendar!WorkingCalendarSchema} rejects (issues under `calendar`);
 * `calendar/year-out-of-range` when a date falls outside the years 1995–2100 that the calendar covers.
 * @see NWS Community of Practice – Role Mapping (North West Surrey Community of Practice, draft, 1 December 2022) (6 weeks of support, Monday–Friday)
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019) (6–12 contacts)
 * @category Contacts
 * @example
 * ```ts
 * import { planContacts } from 'social-prescribing/referrals';
 *
 * planContacts({ start: '2025-03-27', count: 4 });
 * //=> ['2025-03-27', '2025-04-03', '2025-04-10', '2025-04-17']
 * planContacts({ start: '2025-04-14', count: 4 });
 * //=> ['2025-04-14', '2025-04-22', '2025-04-28', '2025-05-06']
 * planContacts({ start: '2025-04-05', count: 3, everyDays: 14 });
 * //=> ['2025-04-07', '2025-04-22', '2025-05-06']
 * planContacts({ start: '2025-04-14', count: -1 });
 * //=> throws 'referrals/invalid-count'
 * ```
 */
export function planContacts(options: PlanContactsOptions): IsoDate[] {
  if (typeof options !== 'object' || (options as unknown) === null) {
    throw new SocialPrescribingError('referrals/invalid-options', [{ path: [], message: 'planContacts takes an options object' }]);
  }
  const { start, count, everyDays = 7, calendar } = options;
  if (!isIsoDate(start)) {
    throw new SocialPrescribingError('referrals/invalid-date', [
      { path: ['start'], message: 'must be a real calendar date written YYYY-MM-DD' },
    ]);
  }
  if (!Number.isInteger(count) || count < 0 || count > MAX_COUNT) {
    throw new SocialPrescribingError('referrals/invalid-count', [
      { path: ['count'], message: `must be a whole number from 0 to ${MAX_COUNT}` },
    ]);
  }
  if (!Number.isInteger(everyDays) || everyDays < 1 || everyDays > 366) {
    throw new SocialPrescribingError('referrals/invalid-interval', [
      { path: ['everyDays'], message: 'must be a whole number of days from 1 to 366' },
    ]);
  }
  // Checks the calendar (and that start is within the covered years) even when count is 0.
  isWorkingDay(start, calendar);

  const dates: IsoDate[] = [];
  let previous: IsoDate | null = null;
  for (let i = 0; i < count; i++) {
    let date = addDays(start, i * everyDays);
    if (previous !== null && date <= previous) date = nextWorkingDay(previous, calendar);
    else if (!isWorkingDay(date, calendar)) date = nextWorkingDay(date, calendar);
    dates.push(date);
    previous = date;
  }
  return dates;
}
