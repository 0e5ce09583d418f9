/**
 * The bank holiday rules of the three UK jurisdictions, computed per year and
 * memoised per year and region. Internal: the public surface is in index.ts.
 *
 * @module
 */
import { fromDayNumber, isoWeekday, toDayNumber } from '../core/index.js';
import type { UkRegion } from './schemas.js';

/** First year with bank holidays computed (the 1995 VE Day change is the oldest one-off encoded). */
export const MIN_YEAR = 1995;
/** Last year with bank holidays computed. */
export const MAX_YEAR = 2100;

/** A bank holiday: its date and the name people know it by. */
export interface BankHoliday {
  readonly date: string;
  readonly name: string;
}

/** One year's holidays for a region, as a list and as a set of day numbers. */
export interface HolidayYear {
  readonly list: readonly BankHoliday[];
  readonly days: ReadonlySet<number>;
}

/** Day number of `year`-`month`-`day`. */
function dayOf(year: number, month: number, day: number): number {
  return toDayNumber(`${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`);
}

/**
 * Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 *
 * Returns a day number: Good Friday is two days before it and Easter Monday the day after.
 *
 * @example
 * ```ts
 * import { fromDayNumber } from '../core/index.js';
 * import { easterSunday } from './holidays.js';
 *
 * [2024, 2025, 2026].map((year) => fromDayNumber(easterSunday(year)));
 * //=> ['2024-03-31', '2025-04-20', '2026-04-05']
 * ```
 */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, day);
}

/** The first Monday on or after a day. */
function mondayOnOrAfter(day: number): number {
  return day + ((8 - isoWeekday(day)) % 7);
}

/** The last Monday on or before a day. */
function mondayOnOrBefore(day: number): number {
  return day - ((isoWeekday(day) + 6) % 7);
}

function isWeekend(day: number): boolean {
  return isoWeekday(day) >= 6;
}

/**
 * One-off changes by royal proclamation. `replaces` names the regular day (by its
 * key) that the one-off moves; `add` holidays are extra days.
 */
interface OneOff {
  readonly moves?: { readonly key: 'earlyMay' | 'spring'; readonly to: string; readonly name?: string };
  readonly add?: readonly BankHoliday[];
}

/** One-off changes that apply in all three jurisdictions. @see https://www.gov.uk/bank-holidays */
const ONE_OFFS: Readonly<Record<number, OneOff>> = {
  1995: { moves: { key: 'earlyMay', to: '1995-05-08', name: 'Early May bank holiday (VE day)' } },
  1999: { add: [{ date: '1999-12-31', name: 'Millennium Celebrations' }] },
  2002: { moves: { key: 'spring', to: '2002-06-03' }, add: [{ date: '2002-06-04', name: 'Golden Jubilee bank holiday' }] },
  2011: { add: [{ date: '2011-04-29', name: 'Royal wedding' }] },
  2012: { moves: { key: 'spring', to: '2012-06-04' }, add: [{ date: '2012-06-05', name: "Queen's Diamond Jubilee" }] },
  2020: { moves: { key: 'earlyMay', to: '2020-05-08', name: 'Early May bank holiday (VE day)' } },
  2022: {
    moves: { key: 'spring', to: '2022-06-02' },
    add: [
      { date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
      { date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
    ],
  },
  2023: { add: [{ date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III' }] },
};

/**
 * Computes one year's bank holidays for a region from the rules, with no memoisation.
 * `year` must be a whole year from {@link MIN_YEAR} to {@link MAX_YEAR}.
 *
 * Sorted by date. A fixed date on a weekend gets a substitute weekday that is not already a
 * holiday: in 2022 Christmas Day fell on a Sunday, so Boxing Day stayed on Monday and the
 * substitute for Christmas was Tuesday. Scotland has 2 January and St Andrew's Day but no
 * Easter Monday.
 *
 * @example
 * ```ts
 * import { computeBankHolidays } from './holidays.js';
 *
 * const england2022 = computeBankHolidays(2022, 'england-and-wales');
 * england2022.length;
 * //=> 10
 * england2022.slice(-2);
 * //=> [
 * //   { date: '2022-12-26', name: 'Boxing Day' },
 * //   { date: '2022-12-27', name: 'Christmas Day (substitute day)' },
 * //   ]
 * computeBankHolidays(2027, 'scotland').map((holiday) => holiday.date);
 * //=> ['2027-01-01', '2027-01-04', '2027-03-26', '2027-05-03', '2027-05-31', '2027-08-02', '2027-11-30', '2027-12-27', '2027-12-28']
 * ```
 */
export function computeBankHolidays(year: number, region: UkRegion): BankHoliday[] {
  const days = new Map<number, string>();
  const easter = easterSunday(year);
  const oneOff = ONE_OFFS[year];

  // Fixed dates, each substituted when it falls on a weekend.
  const fixed: [number, string][] = [[dayOf(year, 1, 1), "New Year's Day"]];
  if (region === 'scotland') fixed.push([dayOf(year, 1, 2), '2nd January']);
  if (region === 'northern-ireland') {
    fixed.push([dayOf(year, 3, 17), "St Patrick's Day"], [dayOf(year, 7, 12), "Battle of the Boyne (Orangemen's Day)"]);
  }
  if (region === 'scotland' && year >= 2007) fixed.push([dayOf(year, 11, 30), "St Andrew's Day"]);
  fixed.push([dayOf(year, 12, 25), 'Christmas Day'], [dayOf(year, 12, 26), 'Boxing Day']);

  // Moveable days.
  days.set(easter - 2, 'Good Friday');
  if (region !== 'scotland') days.set(easter + 1, 'Easter Monday');
  const earlyMay = oneOff?.moves?.key === 'earlyMay' ? oneOff.moves : null;
  days.set(earlyMay ? toDayNumber(earlyMay.to) : mondayOnOrAfter(dayOf(year, 5, 1)), earlyMay?.name ?? 'Early May bank holiday');
  const spring = oneOff?.moves?.key === 'spring' ? oneOff.moves : null;
  days.set(spring ? toDayNumber(spring.to) : mondayOnOrBefore(dayOf(year, 5, 31)), spring?.name ?? 'Spring bank holiday');
  days.set(region === 'scotland' ? mondayOnOrAfter(dayOf(year, 8, 1)) : mondayOnOrBefore(dayOf(year, 8, 31)), 'Summer bank holiday');
  for (const extra of oneOff?.add ?? []) days.set(toDayNumber(extra.date), extra.name);

  // Weekday fixed dates first, so a substitute never lands on one (Christmas on Sunday: Boxing Day Monday, substitute Tuesday).
  for (const [day, name] of fixed) if (!isWeekend(day)) days.set(day, name);
  for (const [day, name] of fixed) {
    if (!isWeekend(day)) continue;
    let substitute = day + 1;
    while (isWeekend(substitute) || days.has(substitute)) substitute++;
    days.set(substitute, `${name} (substitute day)`);
  }

  return [...days.entries()].sort((a, b) => a[0] - b[0]).map(([day, name]) => ({ date: fromDayNumber(day), name }));
}

const REGION_INDEX: Readonly<Record<UkRegion, number>> = { 'england-and-wales': 0, scotland: 1, 'northern-ireland': 2 };
const cache: (HolidayYear | undefined)[] = [];

/**
 * One year's holidays for a region, computed once and then served from memory. Trusts its input.
 *
 * Working-day arithmetic asks about the same few years again and again, so each year is
 * computed once; the list is frozen because every caller shares it, and `days` answers
 * "is this day a holiday?" without a search.
 *
 * @example
 * ```ts
 * import { toDayNumber } from '../core/index.js';
 * import { holidaysFor } from './holidays.js';
 *
 * const year = holidaysFor(2025, 'england-and-wales');
 * [year.list.length, year.days.has(toDayNumber('2025-12-25')), year.days.has(toDayNumber('2025-12-24'))];
 * //=> [8, true, false]
 * holidaysFor(2025, 'england-and-wales') === year;
 * //=> true
 * Object.isFrozen(year.list);
 * //=> true
 * ```
 */
export function holidaysFor(year: number, region: UkRegion): HolidayYear {
  const slot = (year - MIN_YEAR) * 3 + REGION_INDEX[region];
  let entry = cache[slot];
  if (entry === undefined) {
    const list = Object.freeze(computeBankHolidays(year, region).map((holiday) => Object.freeze(holiday)));
    entry = { list, days: new Set(list.map((holiday) => toDayNumber(holiday.date))) };
    cache[slot] = entry;
  }
  return entry;
}

/** Day number of 1 January of each year from MIN_YEAR to MAX_YEAR + 1. */
const YEAR_STARTS: readonly number[] = /* @__PURE__ */ Array.from({ length: MAX_YEAR - MIN_YEAR + 2 }, (_, i) => dayOf(MIN_YEAR + i, 1, 1));

/** First and last day numbers covered by the holiday rules. */
export const FIRST_DAY = YEAR_STARTS[0] as number;
export const LAST_DAY = (YEAR_STARTS[YEAR_STARTS.length - 1] as number) - 1;

/**
 * The calendar year of a day number within FIRST_DAY..LAST_DAY.
 *
 * Picks the year whose holidays to look up, from the table of 1 January day numbers,
 * without turning the day number back into a date string.
 *
 * @example
 * ```ts
 * import { toDayNumber } from '../core/index.js';
 * import { FIRST_DAY, LAST_DAY, yearOfDay } from './holidays.js';
 *
 * [yearOfDay(toDayNumber('2024-12-31')), yearOfDay(toDayNumber('2025-01-01'))];
 * //=> [2024, 2025]
 * [yearOfDay(FIRST_DAY), yearOfDay(LAST_DAY)];
 * //=> [1995, 2100]
 * ```
 */
export function yearOfDay(day: number): number {
  let index = Math.floor((day - FIRST_DAY) / 365.2425);
  while (index > 0 && (YEAR_STARTS[index] as number) > day) index--;
  while ((YEAR_STARTS[index + 1] as number) <= day) index++;
  return MIN_YEAR + index;
}
