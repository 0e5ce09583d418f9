/**
 * Option readers and period arithmetic shared by the supervision functions. Internal.
 *
 * @module
 */
import { fromDayNumber, isIsoDate, isoWeekday, issuesFromZod, SocialPrescribingError, toDayNumber } from '../core/index.js';
import { workingDaysBetween, WorkingCalendarSchema, type WorkingCalendar } from '../calendar/index.js';
import { supervisionPolicies } from './policies.js';
import { SupervisionPolicySchema, type SupervisionFrequency, type SupervisionPolicy } from './schemas.js';

/** A period of a requirement, clipped to `from`–`to`, as day numbers. */
export interface Period {
  readonly start: number;
  readonly end: number;
  /** The period's natural first day (before clipping), for placing the preferred day. */
  readonly naturalStart: number;
  /** Whether `from` or `to` cut the period short. */
  readonly partial: boolean;
}

const MIN_DAY = toDayNumber('1995-01-01');
const MAX_DAY = toDayNumber('2100-12-31');

/** Reads an options argument, which must be a plain object with only the known keys. */
export function readOptions(value: unknown, name: string, keys: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SocialPrescribingError('supervision/invalid-options', [{ path: [], message: `${name} takes an options object` }]);
  }
  const unknown = Object.keys(value).filter((key) => !keys.includes(key));
  if (unknown.length > 0) {
    throw new SocialPrescribingError(
      'supervision/invalid-options',
      unknown.map((key) => ({ path: [key], message: `is not an option of ${name}` })),
    );
  }
  return value as Record<string, unknown>;
}

/** Reads `from` and `to` as day numbers: real dates from 1995 to 2100, `to` not before `from`. */
export function readSpan(options: Record<string, unknown>): { from: number; to: number } {
  const [from, to] = (['from', 'to'] as const).map((key) => {
    const value = options[key];
    if (!isIsoDate(value)) {
      throw new SocialPrescribingError('supervision/invalid-date', [{ path: [key], message: 'must be a real calendar date written YYYY-MM-DD' }]);
    }
    const day = toDayNumber(value);
    if (day < MIN_DAY || day > MAX_DAY) {
      throw new SocialPrescribingError('supervision/invalid-date', [
        { path: [key], message: 'must be within the years 1995 to 2100, the years with bank holidays computed' },
      ]);
    }
    return day;
  }) as [number, number];
  if (to < from) throw new SocialPrescribingError('supervision/invalid-range', [{ path: ['to'], message: 'must be on or after from' }]);
  return { from, to };
}

/** Reads the policy, defaulting to NHS England's monthly hour. */
export function readPolicy(value: unknown): SupervisionPolicy {
  if (value === undefined) return supervisionPolicies.nhsEnglandMonthly;
  const parsed = SupervisionPolicySchema.safeParse(value);
  if (!parsed.success) throw new SocialPrescribingError('supervision/invalid-policy', issuesFromZod(parsed.error.issues, ['policy']));
  return parsed.data;
}

/** Reads the working calendar once, throwing `supervision/invalid-calendar`. */
export function readCalendar(value: unknown): WorkingCalendar | undefined {
  if (value === undefined) return undefined;
  const parsed = WorkingCalendarSchema.safeParse(value);
  if (!parsed.success) throw new SocialPrescribingError('supervision/invalid-calendar', issuesFromZod(parsed.error.issues, ['calendar']));
  return parsed.data;
}

/** First day of the month holding `day`. */
function monthStart(day: number): number {
  return toDayNumber(`${fromDayNumber(day).slice(0, 8)}01`);
}

/** First day of the month after the one holding `day`. */
function nextMonthStart(day: number): number {
  const date = fromDayNumber(day);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 12 ? toDayNumber(`${year + 1}-01-01`) : toDayNumber(`${year}-${month < 9 ? '0' : ''}${month + 1}-01`);
}

/** The periods of a frequency that overlap `from`–`to`, clipped to it. */
export function periodsOf(frequency: SupervisionFrequency, from: number, to: number): Period[] {
  const periods: Period[] = [];
  const weekStart = from - (isoWeekday(from) - 1);
  let start = frequency === 'monthly' ? monthStart(from) : weekStart;
  while (start <= to) {
    const next = frequency === 'monthly' ? nextMonthStart(start) : start + (frequency === 'weekly' ? 7 : 14);
    const clippedStart = Math.max(start, from);
    const clippedEnd = Math.min(next - 1, to);
    periods.push({ start: clippedStart, end: clippedEnd, naturalStart: start, partial: clippedStart !== start || clippedEnd !== next - 1 });
    start = next;
  }
  return periods;
}

/** Working days in a period under the calendar. */
export function workingDaysIn(period: Period, calendar: WorkingCalendar | undefined): number {
  return workingDaysBetween(fromDayNumber(period.start), fromDayNumber(period.end), calendar);
}
