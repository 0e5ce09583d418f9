import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, isoWeekday, SocialPrescribingError, toDayNumber } from '../../src/core/index.js';
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  ukBankHolidays,
  UkRegionSchema,
  workingDaysBetween,
  WorkingCalendarSchema,
  type UkRegion,
  type WorkingCalendar,
} from '../../src/calendar/index.js';
import { computeBankHolidays, easterSunday, yearOfDay } from '../../src/calendar/holidays.js';
import { calendarIssues } from '../../src/calendar/validate.js';
import { codeOf } from '../support/errorOf.js';

const REGIONS: readonly UkRegion[] = UkRegionSchema.options;

describe('ukBankHolidays', () => {
  it('matches GOV.UK for England and Wales 2023 (coronation)', () => {
    expect(ukBankHolidays(2023, 'england-and-wales')).toEqual([
      { date: '2023-01-02', name: "New Year's Day (substitute day)" },
      { date: '2023-04-07', name: 'Good Friday' },
      { date: '2023-04-10', name: 'Easter Monday' },
      { date: '2023-05-01', name: 'Early May bank holiday' },
      { date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III' },
      { date: '2023-05-29', name: 'Spring bank holiday' },
      { date: '2023-08-28', name: 'Summer bank holiday' },
      { date: '2023-12-25', name: 'Christmas Day' },
      { date: '2023-12-26', name: 'Boxing Day' },
    ]);
  });

  it('matches GOV.UK for Scotland 2022 (New Year on a weekend, Platinum Jubilee)', () => {
    expect(ukBankHolidays(2022, 'scotland')).toEqual([
      { date: '2022-01-03', name: "New Year's Day (substitute day)" },
      { date: '2022-01-04', name: '2nd January (substitute day)' },
      { date: '2022-04-15', name: 'Good Friday' },
      { date: '2022-05-02', name: 'Early May bank holiday' },
      { date: '2022-06-02', name: 'Spring bank holiday' },
      { date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
      { date: '2022-08-01', name: 'Summer bank holiday' },
      { date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
      { date: '2022-11-30', name: "St Andrew's Day" },
      { date: '2022-12-26', name: 'Boxing Day' },
      { date: '2022-12-27', name: 'Christmas Day (substitute day)' },
    ]);
  });

  it('matches GOV.UK for Northern Ireland 2020 (VE day, Boyne substitute)', () => {
    expect(ukBankHolidays(2020, 'northern-ireland')).toEqual([
      { date: '2020-01-01', name: "New Year's Day" },
      { date: '2020-03-17', name: "St Patrick's Day" },
      { date: '2020-04-10', name: 'Good Friday' },
      { date: '2020-04-13', name: 'Easter Monday' },
      { date: '2020-05-08', name: 'Early May bank holiday (VE day)' },
      { date: '2020-05-25', name: 'Spring bank holiday' },
      { date: '2020-07-13', name: "Battle of the Boyne (Orangemen's Day) (substitute day)" },
      { date: '2020-08-31', name: 'Summer bank holiday' },
      { date: '2020-12-25', name: 'Christmas Day' },
      { date: '2020-12-28', name: 'Boxing Day (substitute day)' },
    ]);
  });

  it('moves the 2012 spring bank holiday to 4 June and adds 5 June', () => {
    const dates = ukBankHolidays(2012, 'england-and-wales').map((h) => h.date);
    expect(dates).toContain('2012-06-04');
    expect(dates).toContain('2012-06-05');
    expect(dates).not.toContain('2012-05-28');
  });

  it('has St Andrew\'s Day only from 2007, with a Monday substitute', () => {
    expect(ukBankHolidays(2006, 'scotland').some((h) => h.name.startsWith("St Andrew's"))).toBe(false);
    expect(ukBankHolidays(2019, 'scotland')).toContainEqual({ date: '2019-12-02', name: "St Andrew's Day (substitute day)" });
    expect(ukBankHolidays(2008, 'scotland')).toContainEqual({ date: '2008-12-01', name: "St Andrew's Day (substitute day)" });
  });

  it('substitutes Christmas on a Saturday with 27 and 28 December, on a Sunday with 27 December', () => {
    expect(ukBankHolidays(2021, 'england-and-wales').slice(-2).map((h) => h.date)).toEqual(['2021-12-27', '2021-12-28']);
    expect(ukBankHolidays(2022, 'england-and-wales').slice(-2)).toEqual([
      { date: '2022-12-26', name: 'Boxing Day' },
      { date: '2022-12-27', name: 'Christmas Day (substitute day)' },
    ]);
  });

  it('is sorted, on weekdays, and unique for every year and region', () => {
    for (const region of REGIONS) {
      for (let year = 1995; year <= 2100; year++) {
        const dates = ukBankHolidays(year, region).map((h) => h.date);
        expect([...dates].sort()).toEqual(dates);
        expect(new Set(dates).size).toBe(dates.length);
        for (const date of dates) {
          expect(isoWeekday(date)).toBeLessThan(6);
          expect(date.startsWith(String(year))).toBe(true);
        }
      }
    }
  });

  it('returns a fresh copy: changing it does not change the next answer', () => {
    const first = ukBankHolidays(2024, 'england-and-wales');
    first.pop();
    (first[0] as { name: string }).name = 'changed';
    expect(ukBankHolidays(2024, 'england-and-wales')).toEqual(computeBankHolidays(2024, 'england-and-wales'));
  });

  it('computes Easter Sunday by the Gregorian computus', () => {
    expect(fromDayNumber(easterSunday(2025))).toBe('2025-04-20');
    expect(fromDayNumber(easterSunday(2038))).toBe('2038-04-25');
    expect(fromDayNumber(easterSunday(2008))).toBe('2008-03-23');
  });

  it('rejects years outside 1995–2100, fractional years and unknown regions', () => {
    expect(codeOf(() => ukBankHolidays(1994, 'scotland'))).toBe('calendar/year-out-of-range');
    expect(codeOf(() => ukBankHolidays(2101, 'scotland'))).toBe('calendar/year-out-of-range');
    expect(codeOf(() => ukBankHolidays(2020.5, 'scotland'))).toBe('calendar/year-out-of-range');
    expect(codeOf(() => ukBankHolidays('2020' as unknown as number, 'scotland'))).toBe('calendar/year-out-of-range');
    expect(codeOf(() => ukBankHolidays(2020, 'wales' as UkRegion))).toBe('calendar/invalid-region');
  });

  it('yearOfDay finds the year of any covered day', () => {
    for (const date of ['1995-01-01', '1995-12-31', '2000-02-29', '2024-12-31', '2025-01-01', '2100-12-31']) {
      expect(yearOfDay(toDayNumber(date))).toBe(Number(date.slice(0, 4)));
    }
  });
});

describe('isWorkingDay', () => {
  it('knows weekends, bank holidays per region, working patterns and leave', () => {
    expect(isWorkingDay('2025-04-05')).toBe(false);
    expect(isWorkingDay('2025-04-21')).toBe(false);
    expect(isWorkingDay('2025-04-21', { region: 'scotland' })).toBe(true);
    expect(isWorkingDay('2025-03-17', { region: 'northern-ireland' })).toBe(false);
    expect(isWorkingDay('2025-04-05', { workingDays: [6] })).toBe(true);
    expect(isWorkingDay('2025-04-07', { extraNonWorkingDays: ['2025-04-07'] })).toBe(false);
    expect(isWorkingDay('2025-04-08', { extraNonWorkingDays: ['2025-04-07'] })).toBe(true);
    expect(isWorkingDay('2025-04-08', {})).toBe(true);
  });

  it('rejects malformed dates, out-of-range years and bad calendars with codes and paths, never values', () => {
    expect(codeOf(() => isWorkingDay('2025-2-3'))).toBe('calendar/invalid-date');
    expect(codeOf(() => isWorkingDay(20250203 as unknown as string))).toBe('calendar/invalid-date');
    expect(codeOf(() => isWorkingDay('1990-01-02'))).toBe('calendar/year-out-of-range');
    expect(codeOf(() => isWorkingDay('2025-01-02', { workingDays: [] }))).toBe('calendar/invalid-calendar');
    expect(codeOf(() => isWorkingDay('2025-01-02', { workingDays: [0 as 1] }))).toBe('calendar/invalid-calendar');
    expect(codeOf(() => isWorkingDay('2025-01-02', { region: 'wales' as UkRegion }))).toBe('calendar/invalid-calendar');
    expect(codeOf(() => isWorkingDay('2025-01-02', { workdays: [1] } as WorkingCalendar))).toBe('calendar/invalid-calendar');
    try {
      isWorkingDay('2025-01-02', { extraNonWorkingDays: ['2025-01-03', 'Jane Doe'] });
    } catch (error) {
      const e = error as SocialPrescribingError;
      expect(e.code).toBe('calendar/invalid-calendar');
      expect(e.issues).toEqual([{ path: ['calendar', 'extraNonWorkingDays', 1], message: 'must be a real calendar date written YYYY-MM-DD' }]);
      expect(e.message).not.toContain('Jane');
    }
  });
});

describe('addWorkingDays, nextWorkingDay, previousWorkingDay', () => {
  it('skips weekends and holidays in both directions', () => {
    expect(addWorkingDays('2025-12-24', 1)).toBe('2025-12-29');
    expect(addWorkingDays('2025-12-29', -1)).toBe('2025-12-24');
    expect(addWorkingDays('2025-12-27', 0)).toBe('2025-12-27');
    expect(addWorkingDays('2025-04-05', 1)).toBe('2025-04-07');
    expect(addWorkingDays('2025-01-01', 253)).toBe('2025-12-31');
    expect(nextWorkingDay('2025-12-31', { region: 'scotland' })).toBe('2026-01-05');
    expect(previousWorkingDay('2026-01-05', { region: 'scotland' })).toBe('2025-12-31');
  });

  it('throws when the count is not whole or the result leaves 1995–2100', () => {
    expect(codeOf(() => addWorkingDays('2025-01-01', Number.NaN))).toBe('calendar/invalid-count');
    expect(codeOf(() => addWorkingDays('2025-01-01', '3' as unknown as number))).toBe('calendar/invalid-count');
    expect(codeOf(() => addWorkingDays('2100-12-30', 2))).toBe('calendar/year-out-of-range');
    expect(codeOf(() => nextWorkingDay('2100-12-31'))).toBe('calendar/year-out-of-range');
    expect(codeOf(() => previousWorkingDay('1995-01-02'))).toBe('calendar/year-out-of-range');
  });
});

describe('workingDaysBetween', () => {
  it('counts both ends', () => {
    expect(workingDaysBetween('2025-04-07', '2025-04-11')).toBe(5);
    expect(workingDaysBetween('2025-04-14', '2025-04-25')).toBe(8);
    expect(workingDaysBetween('2025-04-14', '2025-04-25', { region: 'scotland' })).toBe(9);
    expect(workingDaysBetween('2025-04-14', '2025-04-25', { extraNonWorkingDays: ['2025-04-21', '2025-04-22', '2025-04-22', '2025-05-01', '2025-01-01'] })).toBe(7);
  });

  it('rejects an inverted range', () => {
    expect(codeOf(() => workingDaysBetween('2025-04-25', '2025-04-14'))).toBe('calendar/invalid-range');
    expect(codeOf(() => workingDaysBetween('2025-04-25', '2101-01-01'))).toBe('calendar/year-out-of-range');
  });
});

const dateArb = fc.integer({ min: toDayNumber('1995-01-01'), max: toDayNumber('2098-12-31') }).map(fromDayNumber);
const calendarArb: fc.Arbitrary<WorkingCalendar> = fc.record(
  {
    region: fc.constantFrom(...REGIONS),
    workingDays: fc.uniqueArray(fc.constantFrom<1 | 2 | 3 | 4 | 5 | 6 | 7>(1, 2, 3, 4, 5, 6, 7), { minLength: 1, maxLength: 7 }),
    extraNonWorkingDays: fc.array(dateArb, { maxLength: 20 }),
  },
  { requiredKeys: [] },
);

function naiveCount(from: string, to: string, calendar: WorkingCalendar): number {
  let count = 0;
  for (let day = from; day <= to; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) count++;
  return count;
}

describe('laws', () => {
  it('workingDaysBetween equals a day-by-day count', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 400 }), calendarArb, (from, span, calendar) => {
        const to = addDays(from, span);
        expect(workingDaysBetween(from, to, calendar)).toBe(naiveCount(from, to, calendar));
      }),
      { numRuns: 150 },
    );
  });

  it('addWorkingDays lands on a working day n working days on, and back again', () => {
    fc.assert(
      fc.property(dateArb.filter((d) => d >= '2002-01-01' && d <= '2090-12-31'), fc.integer({ min: 1, max: 300 }), calendarArb, (from, n, calendar) => {
        const forward = addWorkingDays(from, n, calendar);
        expect(isWorkingDay(forward, calendar)).toBe(true);
        expect(workingDaysBetween(addDays(from, 1), forward, calendar)).toBe(n);
        const back = addWorkingDays(forward, -n, calendar);
        expect(back).toBe(isWorkingDay(from, calendar) ? from : previousWorkingDay(from, calendar));
        expect(nextWorkingDay(from, calendar)).toBe(addWorkingDays(from, 1, calendar));
      }),
      { numRuns: 150 },
    );
  });

  it('the fast calendar check accepts exactly what WorkingCalendarSchema accepts', () => {
    const fuzzy = fc.record(
      {
        region: fc.oneof(fc.constantFrom(...REGIONS), fc.string(), fc.constant(undefined)),
        workingDays: fc.oneof(fc.array(fc.oneof(fc.integer({ min: -1, max: 8 }), fc.double(), fc.string())), fc.anything()),
        extraNonWorkingDays: fc.oneof(fc.array(fc.oneof(dateArb, fc.string())), fc.anything()),
        other: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fuzzy, calendarArb, fc.anything()), (value) => {
        expect(calendarIssues(value, []).length === 0).toBe(WorkingCalendarSchema.safeParse(value).success);
      }),
      { numRuns: 500 },
    );
  });

  it('WorkingCalendarSchema accepts every generated calendar', () => {
    fc.assert(fc.property(calendarArb, (calendar) => WorkingCalendarSchema.safeParse(calendar).success));
  });
});

describe('calendar validation is remembered per calendar object', () => {
  it('gives the same answers on repeated calls with one calendar object', () => {
    const calendar = { region: 'scotland' as const, workingDays: [1, 2, 3] as (1 | 2 | 3)[], extraNonWorkingDays: ['2025-01-06'] };
    expect(isWorkingDay('2025-01-06', calendar)).toBe(false);
    expect(isWorkingDay('2025-01-06', calendar)).toBe(false);
    expect(isWorkingDay('2025-01-07', calendar)).toBe(true);
    expect(workingDaysBetween('2025-01-06', '2025-01-12', calendar)).toBe(2);
  });

  it('rejects a bad calendar on every call', () => {
    const bad = { workingDays: [] };
    expect(() => isWorkingDay('2025-01-06', bad as never)).toThrow(expect.objectContaining({ code: 'calendar/invalid-calendar' }));
    expect(() => isWorkingDay('2025-01-06', bad as never)).toThrow(expect.objectContaining({ code: 'calendar/invalid-calendar' }));
  });
});
