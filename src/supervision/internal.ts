/**
 * The options reader and period arithmetic shared by the supervision functions. Internal.
 *
 * @module
 */
import type * as z from 'zod';
import { fromDayNumber, isoWeekday, issuesFromZod, SocialPrescribingError, toDayNumber, type ErrorCode, type ValidationIssue } from '../core/index.js';
import { workingDaysBetween, type WorkingCalendar } from '../calendar/index.js';
import { supervisionPolicies } from './policies.js';
import type { SupervisionFrequency, SupervisionPolicy } from './schemas.js';

/** A period of a requirement, clipped to `from`–`to`, as day numbers. */
export interface Period {
  readonly start: number;
  readonly end: number;
  /** The period's natural first day (before clipping), for placing the preferred day. */
  readonly naturalStart: number;
  /** Whether `from` or `to` cut the period short. */
  readonly partial: boolean;
}

/** Which code an issue is thrown with, by the option it is about; the first in this order decides. */
const CODE_ORDER: readonly ErrorCode[] = [
  'supervision/invalid-options',
  'supervision/invalid-date',
  'supervision/invalid-range',
  'supervision/invalid-policy',
  'supervision/invalid-calendar',
];

function codeOf(issue: ValidationIssue, known: readonly string[]): ErrorCode {
  const [field] = issue.path;
  // The root (not an object) and unknown options are option errors, as are the schedule's own fields.
  if (typeof field !== 'string' || !known.includes(field)) return 'supervision/invalid-options';
  if (field === 'from' || field === 'to') return issue.message === 'must be on or after from' ? 'supervision/invalid-range' : 'supervision/invalid-date';
  if (field === 'policy') return 'supervision/invalid-policy';
  return field === 'calendar' ? 'supervision/invalid-calendar' : 'supervision/invalid-options';
}

/** Options after {@link readOptions}: the span as day numbers, the policy and calendar resolved. */
type ReadOptions<T> = T & { readonly fromDay: number; readonly toDay: number; readonly resolvedPolicy: SupervisionPolicy };

/**
 * Reads a supervision function's options with its zod schema, reporting every bad value at once:
 * the error's code is that of the first issue, options before dates, dates before the range,
 * then the policy, then the calendar.
 *
 * @throws SocialPrescribingError `supervision/invalid-options` (not an object, an unknown option, a bad
 * schedule option), `supervision/invalid-date`, `supervision/invalid-range`, `supervision/invalid-policy`,
 * `supervision/invalid-calendar`.
 * @example
 * ```ts
 * import { toDayNumber } from '../core/index.js';
 * import { readOptions } from './internal.js';
 * import { SupervisionComplianceOptionsSchema } from './schemas.js';
 *
 * const read = readOptions(SupervisionComplianceOptionsSchema, { from: '2025-04-01', to: '2025-04-30' });
 * [read.fromDay === toDayNumber('2025-04-01'), read.toDay - read.fromDay, read.resolvedPolicy.minutesPerPeriod];
 * //=> [true, 29, 60]
 * readOptions(SupervisionComplianceOptionsSchema, { form: '2025-04-01', to: '2025-04-30' });
 * //=> throws 'supervision/invalid-options'
 * readOptions(SupervisionComplianceOptionsSchema, { from: '2025-04-30', to: '2025-04-01' });
 * //=> throws 'supervision/invalid-range'
 * readOptions(SupervisionComplianceOptionsSchema, { from: '1994-12-31', to: '2025-04-01' });
 * //=> throws 'supervision/invalid-date'
 * ```
 */
export function readOptions<S extends z.ZodObject>(schema: S, value: unknown): ReadOptions<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const known = Object.keys(schema.shape);
    const issues = issuesFromZod(parsed.error.issues, [], { schema, input: value, options: true });
    const ranked = issues
      .map((issue) => ({ issue, rank: CODE_ORDER.indexOf(codeOf(issue, known)) }))
      .sort((a, b) => a.rank - b.rank);
    throw new SocialPrescribingError(CODE_ORDER[ranked[0]?.rank ?? 0] as ErrorCode, ranked.map((entry) => entry.issue));
  }
  const options = parsed.data as z.output<S> & { readonly from: string; readonly to: string; readonly policy?: SupervisionPolicy };
  return { ...options, fromDay: toDayNumber(options.from), toDay: toDayNumber(options.to), resolvedPolicy: options.policy ?? supervisionPolicies.nhsEnglandMonthly };
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
