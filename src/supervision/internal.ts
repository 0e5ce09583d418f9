/**
 * Option readers and period arithmetic shared by the supervision functions. Internal.
 *
 * @module
 */
import { fromDayNumber, isIsoDate, isoWeekday, issuesFromZod, SocialPrescribingError, toDayNumber, unknownOptionIssues } from '../core/index.js';
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

/**
 * Reads an options argument, which must be a plain object with only the known keys.
 *
 * @throws SocialPrescribingError `supervision/invalid-options` for a non-object or an unknown key.
 * @example
 * ```ts
 * import { readOptions } from './internal.js';
 *
 * readOptions({ from: '2025-04-01' }, 'supervisionSchedule', ['from', 'to']);
 * //=> { from: '2025-04-01' }
 * readOptions({ form: '2025-04-01' }, 'supervisionSchedule', ['from', 'to']);
 * //=> throws 'supervision/invalid-options'
 * readOptions([], 'supervisionSchedule', ['from', 'to']);
 * //=> throws 'supervision/invalid-options'
 * ```
 */
export function readOptions(value: unknown, name: string, keys: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SocialPrescribingError('supervision/invalid-options', [{ path: [], message: `${name} takes an options object` }]);
  }
  const unknown = unknownOptionIssues(value, keys);
  if (unknown.length > 0) throw new SocialPrescribingError('supervision/invalid-options', unknown);
  return value as Record<string, unknown>;
}

/**
 * Reads `from` and `to` as day numbers: real dates from 1995 to 2100, `to` not before `from`.
 *
 * @throws SocialPrescribingError `supervision/invalid-date`, `supervision/invalid-range`.
 * @example
 * ```ts
 * import { toDayNumber } from '../core/index.js';
 * import { readSpan } from './internal.js';
 *
 * const span = readSpan({ from: '2025-04-01', to: '2025-04-30' });
 * [span.from === toDayNumber('2025-04-01'), span.to - span.from];
 * //=> [true, 29]
 * readSpan({ from: '2025-04-30', to: '2025-04-01' });
 * //=> throws 'supervision/invalid-range'
 * readSpan({ from: '1994-12-31', to: '2025-04-01' });
 * //=> throws 'supervision/invalid-date'
 * ```
 */
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

/**
 * Reads the policy, defaulting to NHS England's monthly hour.
 *
 * @throws SocialPrescribingError `supervision/invalid-policy`.
 * @example
 * ```ts
 * import { readPolicy } from './internal.js';
 * import { supervisionPolicies } from './policies.js';
 *
 * readPolicy(undefined) === supervisionPolicies.nhsEnglandMonthly;
 * //=> true
 * readPolicy({ frequency: 'weekly', minutesPerPeriod: 30 });
 * //=> { frequency: 'weekly', minutesPerPeriod: 30 }
 * readPolicy({ frequency: 'daily', minutesPerPeriod: 30 });
 * //=> throws 'supervision/invalid-policy'
 * ```
 */
export function readPolicy(value: unknown): SupervisionPolicy {
  if (value === undefined) return supervisionPolicies.nhsEnglandMonthly;
  const parsed = SupervisionPolicySchema.safeParse(value);
  if (!parsed.success) throw new SocialPrescribingError('supervision/invalid-policy', issuesFromZod(parsed.error.issues, ['policy']));
  return parsed.data;
}

/**
 * Reads the working calendar once, throwing `supervision/invalid-calendar`.
 *
 * @example
 * ```ts
 * import { readCalendar } from './internal.js';
 *
 * readCalendar(undefined);
 * //=> undefined
 * readCalendar({ region: 'scotland', workingDays: [1, 2, 3, 4] });
 * //=> { region: 'scotland', workingDays: [1, 2, 3, 4] }
 * readCalendar({ workingDays: [] });
 * //=> throws 'supervision/invalid-calendar'
 * ```
 */
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

/**
 * The periods of a frequency that overlap `from`–`to`, clipped to it.
 *
 * @example
 * ```ts
 * import { fromDayNumber, toDayNumber } from '../core/index.js';
 * import { periodsOf } from './internal.js';
 *
 * const months = periodsOf('monthly', toDayNumber('2025-04-10'), toDayNumber('2025-06-05'));
 * months.map((p) => [fromDayNumber(p.start), fromDayNumber(p.end), p.partial]);
 * //=> [['2025-04-10', '2025-04-30', true], ['2025-05-01', '2025-05-31', false], ['2025-06-01', '2025-06-05', true]]
 *
 * // Weeks run Monday to Sunday: Wednesday 2 April 2025 falls in the week of Monday 31 March.
 * const weeks = periodsOf('weekly', toDayNumber('2025-04-02'), toDayNumber('2025-04-13'));
 * weeks.map((p) => [fromDayNumber(p.naturalStart), fromDayNumber(p.start), fromDayNumber(p.end)]);
 * //=> [['2025-03-31', '2025-04-02', '2025-04-06'], ['2025-04-07', '2025-04-07', '2025-04-13']]
 * ```
 */
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

/**
 * Working days in a period under the calendar.
 *
 * @example
 * ```ts
 * import { toDayNumber } from '../core/index.js';
 * import { workingDaysIn } from './internal.js';
 *
 * // April 2025 has 22 weekdays; Good Friday and Easter Monday are bank holidays in England
 * // and Wales, only Good Friday in Scotland.
 * const april = { start: toDayNumber('2025-04-01'), end: toDayNumber('2025-04-30'), naturalStart: toDayNumber('2025-04-01'), partial: false };
 * [workingDaysIn(april, undefined), workingDaysIn(april, { region: 'scotland' }), workingDaysIn(april, { workingDays: [1, 2, 3, 4] })];
 * //=> [20, 21, 17]
 * ```
 */
export function workingDaysIn(period: Period, calendar: WorkingCalendar | undefined): number {
  return workingDaysBetween(fromDayNumber(period.start), fromDayNumber(period.end), calendar);
}
