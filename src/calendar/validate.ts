/**
 * Input checks shared by the calendar functions. Internal.
 *
 * @module
 */
import { isIsoDate, issuesFromZod, SocialPrescribingError, toDayNumber } from '../core/index.js';
import { FIRST_DAY, LAST_DAY, MAX_YEAR, MIN_YEAR } from './holidays.js';
import { WorkingCalendarSchema, type UkRegion, type WorkingCalendar } from './schemas.js';

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

/** Validates an optional calendar once, throwing `calendar/invalid-calendar`. */
export function resolveCalendar(calendar: unknown, path: readonly (string | number)[] = ['calendar']): ResolvedCalendar {
  if (calendar === undefined) return DEFAULT_CALENDAR;
  if (!looksValid(calendar)) {
    const parsed = WorkingCalendarSchema.safeParse(calendar);
    /* v8 ignore next -- looksValid and the schema accept the same calendars; the schema supplies the issues */
    if (parsed.success) return resolveCalendar(parsed.data, path);
    throw new SocialPrescribingError('calendar/invalid-calendar', issuesFromZod(parsed.error.issues, path));
  }
  const { region = 'england-and-wales', workingDays, extraNonWorkingDays } = calendar;
  if (workingDays === undefined && extraNonWorkingDays === undefined) {
    return region === 'england-and-wales' ? DEFAULT_CALENDAR : { ...DEFAULT_CALENDAR, region };
  }
  const working = workingDays === undefined ? MON_FRI : Array.from({ length: 8 }, (_, i) => (workingDays as readonly number[]).includes(i));
  const extra = extraNonWorkingDays === undefined ? EMPTY : [...new Set(extraNonWorkingDays.map(toDayNumber))].sort((a, b) => a - b);
  return { region, working, perWeek: working.filter(Boolean).length, extra, extraSet: new Set(extra) };
}

const CALENDAR_KEYS = new Set(['region', 'workingDays', 'extraNonWorkingDays']);
const REGIONS = new Set(['england-and-wales', 'scotland', 'northern-ireland']);

/**
 * A fast hand-written twin of {@link WorkingCalendarSchema}, so that a calendar passed in
 * a loop costs little to check; a calendar it rejects goes through the schema for the issues.
 * The tests check that both accept the same calendars.
 */
export function looksValid(value: unknown): value is WorkingCalendar {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key of Object.keys(value)) if (!CALENDAR_KEYS.has(key)) return false;
  const { region, workingDays, extraNonWorkingDays } = value as Record<string, unknown>;
  if (region !== undefined && !REGIONS.has(region as string)) return false;
  if (workingDays !== undefined) {
    if (!Array.isArray(workingDays) || workingDays.length === 0) return false;
    for (const day of workingDays) if (!Number.isInteger(day) || (day as number) < 1 || (day as number) > 7) return false;
  }
  if (extraNonWorkingDays !== undefined) {
    if (!Array.isArray(extraNonWorkingDays)) return false;
    for (const date of extraNonWorkingDays) if (!isIsoDate(date)) return false;
  }
  return true;
}

const YEAR_MESSAGE = `must be within the years ${MIN_YEAR} to ${MAX_YEAR}, the years with bank holidays computed`;

/** Validates a date argument and returns its day number, throwing `calendar/invalid-date` or `calendar/year-out-of-range`. */
export function readDate(value: unknown, path: readonly (string | number)[]): number {
  if (!isIsoDate(value)) {
    throw new SocialPrescribingError('calendar/invalid-date', [{ path, message: 'must be a real calendar date written YYYY-MM-DD' }]);
  }
  const day = toDayNumber(value);
  checkDayInRange(day, path);
  return day;
}

/** Throws `calendar/year-out-of-range` for a day outside the years covered. */
export function checkDayInRange(day: number, path: readonly (string | number)[]): void {
  if (day < FIRST_DAY || day > LAST_DAY) throw new SocialPrescribingError('calendar/year-out-of-range', [{ path, message: YEAR_MESSAGE }]);
}

/** Validates a year argument, throwing `calendar/year-out-of-range`. */
export function readYear(value: unknown, path: readonly (string | number)[]): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_YEAR || value > MAX_YEAR) {
    throw new SocialPrescribingError('calendar/year-out-of-range', [{ path, message: `must be a whole year from ${MIN_YEAR} to ${MAX_YEAR}` }]);
  }
  return value;
}
