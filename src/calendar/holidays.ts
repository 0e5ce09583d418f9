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

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
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

/** One-off changes that apply in all three jurisdictions. @see shared/DOMAIN.md, UK bank holidays */
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

/** One year's holidays for a region, computed once and then served from memory. Trusts its input. */
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

/** The calendar year of a day number within FIRST_DAY..LAST_DAY. */
export function yearOfDay(day: number): number {
  let index = Math.floor((day - FIRST_DAY) / 365.2425);
  while (index > 0 && (YEAR_STARTS[index] as number) > day) index--;
  while ((YEAR_STARTS[index + 1] as number) <= day) index++;
  return MIN_YEAR + index;
}
