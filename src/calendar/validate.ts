/**
 * Input checks shared by the calendar functions. Internal.
 *
 * @module
 */
import { isIsoDate, SocialPrescribingError, toDayNumber, unknownOptionIssues, type ValidationIssue } from '../core/index.js';
import { FIRST_DAY, LAST_DAY, MAX_YEAR, MIN_YEAR } from './holidays.js';
import type { UkRegion, WorkingCalendar } from './schemas.js';

/** A validated calendar: a weekday mask and sorted unique extra days off. */
export interface ResolvedCalendar {
  readonly region: UkRegion;
  /** `working[w]` for ISO weekday w (index 0 unused). */
  readonly working: readonly boolean[];
  /** Working weekdays per week. */
  readonly perWeek: number;
  /** Extra non-working days, as sorted unique day numbers. */
  readonly extra: readonly number[];
  readonly extraSet: ReadonlySet<number>;
}

const MON_FRI = [false, true, true, true, true, true, false, false] as const;
const EMPTY: readonly number[] = [];

/** The default calendar: Monday–Friday in England and Wales. */
export const DEFAULT_CALENDAR: ResolvedCalendar = {
  region: 'england-and-wales',
  working: MON_FRI,
  perWeek: 5,
  extra: EMPTY,
  extraSet: new Set(),
};

// Inputs are immutable by contract, so a calendar object is validated once, not on every call.
const resolvedCalendars = new WeakMap<object, ResolvedCalendar>();

/**
 * Validates an optional calendar once per calendar object, throwing `calendar/invalid-calendar`.
 *
 * No calendar means {@link DEFAULT_CALENDAR}. The result is the form the working-day arithmetic
 * needs (a weekday mask, the working days per week, sorted unique extra days off), and it is
 * remembered per object, so a calendar passed to thousands of calls is checked once.
 *
 * @throws SocialPrescribingError `calendar/invalid-calendar` with every issue of {@link calendarIssues}.
 * @example
 * ```ts
 * import { fromDayNumber } from '../core/index.js';
 * import { DEFAULT_CALENDAR, resolveCalendar } from './validate.js';
 *
 * resolveCalendar(undefined) === DEFAULT_CALENDAR;
 * //=> true
 * const calendar = { region: 'scotland', workingDays: [1, 2, 3, 4], extraNonWorkingDays: ['2025-12-29', '2025-12-24', '2025-12-24'] };
 * const resolved = resolveCalendar(calendar);
 * [resolved.perWeek, resolved.extra.map(fromDayNumber)];
 * //=> [4, ['2025-12-24', '2025-12-29']]
 * resolveCalendar(calendar) === resolved;
 * //=> true
 * resolveCalendar({ region: 'wales' });
 * //=> throws 'calendar/invalid-calendar'
 * ```
 */
export function resolveCalendar(calendar: unknown, path: readonly (string | number)[] = ['calendar']): ResolvedCalendar {
  if (calendar === undefined) return DEFAULT_CALENDAR;
  // WeakMap.get gives undefined for a key that is not an object (null, a string...), which then fails validation.
  const known = resolvedCalendars.get(calendar as object);
  if (known !== undefined) return known;
  const resolved = resolveUncached(calendar, path);
  resolvedCalendars.set(calendar as object, resolved);
  return resolved;
}

function resolveUncached(calendar: unknown, path: readonly (string | number)[]): ResolvedCalendar {
  const issues = calendarIssues(calendar, path);
  if (issues.length > 0) throw new SocialPrescribingError('calendar/invalid-calendar', issues);
  const { region = 'england-and-wales', workingDays, extraNonWorkingDays } = calendar as WorkingCalendar;
  const working = workingDays === undefined ? MON_FRI : Array.from({ length: 8 }, (_, i) => (workingDays as readonly number[]).includes(i));
  const extra = extraNonWorkingDays === undefined ? EMPTY : [...new Set(extraNonWorkingDays.map(toDayNumber))].sort((a, b) => a - b);
  return { region, working, perWeek: working.filter(Boolean).length, extra, extraSet: new Set(extra) };
}

const CALENDAR_KEYS = new Set(['region', 'workingDays', 'extraNonWorkingDays']);
export const REGIONS: ReadonlySet<string> = new Set(['england-and-wales', 'scotland', 'northern-ireland']);

/**
 * The issues of a calendar, checked by hand: the same rules as `WorkingCalendarSchema`
 * (the tests check both accept the same calendars), but fast, and without pulling zod into
 * bundles that only need working-day arithmetic. Empty when the calendar is valid.
 *
 * Every issue is reported at once, each with its path under `path`; a hole in a
 * sparse array is reported at its index, as the schema does.
 *
 * @example
 * ```ts
 * import { calendarIssues } from './validate.js';
 * import { WorkingCalendarSchema } from './schemas.js';
 *
 * calendarIssues({ region: 'scotland', workingDays: [1, 2, 3, 4] }, ['calendar']);
 * //=> []
 * const wrong = { region: 'wales', workingDays: [0, 1], weekends: true };
 * calendarIssues(wrong, ['calendar']).map((issue) => issue.path.join('.'));
 * //=> ['calendar.weekends', 'calendar.region', 'calendar.workingDays.0']
 * WorkingCalendarSchema.safeParse(wrong).success;
 * //=> false
 * calendarIssues({ workingDays: [1, , 3] }, ['calendar']);
 * //=> [{ path: ['calendar', 'workingDays', 1], message: 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)' }]
 * ```
 */
export function calendarIssues(value: unknown, path: readonly (string | number)[]): ValidationIssue[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [{ path, message: 'must be a working calendar object' }];
  // A calendar is options (the caller's code): a misspelt field is named, a key that may be data is not.
  const issues: ValidationIssue[] = unknownOptionIssues(value, CALENDAR_KEYS, path);
  const { region, workingDays, extraNonWorkingDays } = value as Record<string, unknown>;
  if (region !== undefined && !REGIONS.has(region as string)) {
    issues.push({ path: [...path, 'region'], message: "must be 'england-and-wales', 'scotland' or 'northern-ireland'" });
  }
  if (workingDays !== undefined) {
    if (!Array.isArray(workingDays)) issues.push({ path: [...path, 'workingDays'], message: 'must be an array of ISO weekdays' });
    else if (workingDays.length === 0) {
      issues.push({ path: [...path, 'workingDays'], message: 'must list at least one working weekday (1 = Monday ... 7 = Sunday)' });
    } else {
      // An index loop, not forEach: a hole in a sparse array is an error at its index, as in the schema.
      for (let index = 0; index < workingDays.length; index++) {
        const day: unknown = workingDays[index];
        if (!Number.isInteger(day) || (day as number) < 1 || (day as number) > 7) {
          issues.push({ path: [...path, 'workingDays', index], message: 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)' });
        }
      }
    }
  }
  if (extraNonWorkingDays !== undefined) {
    if (!Array.isArray(extraNonWorkingDays)) issues.push({ path: [...path, 'extraNonWorkingDays'], message: 'must be an array of dates' });
    else {
      for (let index = 0; index < extraNonWorkingDays.length; index++) {
        if (!isIsoDate(extraNonWorkingDays[index])) {
          issues.push({ path: [...path, 'extraNonWorkingDays', index], message: 'must be a real calendar date written YYYY-MM-DD' });
        }
      }
    }
  }
  return issues;
}

const YEAR_MESSAGE = `must be within the years ${MIN_YEAR} to ${MAX_YEAR}, the years with bank holidays computed`;

/**
 * Validates a date argument and returns its day number, throwing `calendar/invalid-date` or `calendar/year-out-of-range`.
 *
 * The date must also fall in a year with bank holidays computed, since every calendar answer
 * depends on them.
 *
 * @throws SocialPrescribingError `calendar/invalid-date`, `calendar/year-out-of-range`.
 * @example
 * ```ts
 * import { toDayNumber } from '../core/index.js';
 * import { readDate } from './validate.js';
 *
 * readDate('2025-04-01', ['from']) === toDayNumber('2025-04-01');
 * //=> true
 * readDate('2026-04-01', ['to']) - readDate('2025-04-01', ['from']);
 * //=> 365
 * readDate('2025-04-31', ['from']);
 * //=> throws 'calendar/invalid-date'
 * readDate('2101-01-01', ['from']);
 * //=> throws 'calendar/year-out-of-range'
 * ```
 */
export function readDate(value: unknown, path: readonly (string | number)[]): number {
  if (!isIsoDate(value)) {
    throw new SocialPrescribingError('calendar/invalid-date', [{ path, message: 'must be a real calendar date written YYYY-MM-DD' }]);
  }
  const day = toDayNumber(value);
  checkDayInRange(day, path);
  return day;
}

/**
 * Throws `calendar/year-out-of-range` for a day outside the years covered.
 *
 * The range half of {@link readDate}, for a day number that is already a real date:
 * the years covered are {@link MIN_YEAR} to {@link MAX_YEAR}.
 *
 * @throws SocialPrescribingError `calendar/year-out-of-range`.
 * @example
 * ```ts
 * import { toDayNumber } from '../core/index.js';
 * import { checkDayInRange } from './validate.js';
 *
 * checkDayInRange(toDayNumber('2100-12-31'), ['to']);
 * //=> undefined
 * checkDayInRange(toDayNumber('2101-01-01'), ['to']);
 * //=> throws 'calendar/year-out-of-range'
 * checkDayInRange(toDayNumber('1994-12-31'), ['from']);
 * //=> throws 'calendar/year-out-of-range'
 * ```
 */
export function checkDayInRange(day: number, path: readonly (string | number)[]): void {
  if (day < FIRST_DAY || day > LAST_DAY) throw new SocialPrescribingError('calendar/year-out-of-range', [{ path, message: YEAR_MESSAGE }]);
}

/**
 * Validates a year argument, throwing `calendar/year-out-of-range`.
 *
 * Only a whole number from {@link MIN_YEAR} to {@link MAX_YEAR} passes: the years with bank holidays computed.
 *
 * @throws SocialPrescribingError `calendar/year-out-of-range` for anything else, including a string such as `'2025'`.
 * @example
 * ```ts
 * import { readYear } from './validate.js';
 *
 * readYear(2025, ['year']);
 * //=> 2025
 * readYear(1994, ['year']);
 * //=> throws 'calendar/year-out-of-range'
 * readYear(2025.5, ['year']);
 * //=> throws 'calendar/year-out-of-range'
 * readYear('2025', ['year']);
 * //=> throws 'calendar/year-out-of-range'
 * ```
 */
export function readYear(value: unknown, path: readonly (string | number)[]): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_YEAR || value > MAX_YEAR) {
    throw new SocialPrescribingError('calendar/year-out-of-range', [{ path, message: `must be a whole year from ${MIN_YEAR} to ${MAX_YEAR}` }]);
  }
  return value;
}
