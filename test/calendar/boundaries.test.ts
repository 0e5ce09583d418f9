/** Tests that pin behaviour the mutation run found unchecked: the first covered day, and the year of every year's first and last day. */
import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday, toDayNumber } from '../../src/core/index.js';
import { addWorkingDays, previousWorkingDay, ukBankHolidays, workingDaysBetween } from '../../src/calendar/index.js';
import { yearOfDay } from '../../src/calendar/holidays.js';

describe('the first covered day', () => {
  // 1 January 1995 was a Sunday; its bank holiday is the substitute day, Monday 2 January.
  it('is a working day for someone who works Sundays, and can be reached going back', () => {
    expect(ukBankHolidays(1995, 'england-and-wales').map((h) => h.date)).not.toContain('1995-01-01');
    expect(previousWorkingDay('1995-01-08', { workingDays: [7] })).toBe('1995-01-01');
    expect(addWorkingDays('1995-01-08', -1, { workingDays: [7] })).toBe('1995-01-01');
    expect(workingDaysBetween('1995-01-01', '1995-01-08', { workingDays: [7] })).toBe(2);
  });
});

describe('yearOfDay', () => {
  it('gives the year of the first and the last day of every covered year', () => {
    for (let year = 1995; year <= 2100; year++) {
      expect(yearOfDay(toDayNumber(`${String(year)}-01-01`))).toBe(year);
      expect(yearOfDay(toDayNumber(`${String(year)}-12-31`))).toBe(year);
    }
  });
});

describe('workingDaysBetween across a new year', () => {
  // A naive count from the rule: a Monday-Friday day that is not a bank holiday of its year.
  function naive(from: string, to: string): number {
    const holidays = new Set([
      ...ukBankHolidays(Number(from.slice(0, 4)), 'england-and-wales').map((h) => h.date),
      ...ukBankHolidays(Number(to.slice(0, 4)), 'england-and-wales').map((h) => h.date),
    ]);
    let count = 0;
    for (let date = from; date <= to; date = addDays(date, 1)) {
      if (isoWeekday(toDayNumber(date)) <= 5 && !holidays.has(date)) count++;
    }
    return count;
  }

  it('takes off the next year’s New Year holiday when the span starts on 31 December', () => {
    for (let year = 1995; year < 2100; year++) {
      const from = `${String(year)}-12-31`;
      const to = `${String(year + 1)}-01-07`;
      expect([year, workingDaysBetween(from, to)]).toEqual([year, naive(from, to)]);
    }
  });
});

describe('workingDaysBetween with extra days off at the ends of the span', () => {
  it('counts both ends, so an extra day off on the first or the last day is taken off', () => {
    // Monday 7 to Friday 11 April 2025: five working days, no bank holiday.
    expect(workingDaysBetween('2025-04-07', '2025-04-11')).toBe(5);
    expect(workingDaysBetween('2025-04-07', '2025-04-11', { extraNonWorkingDays: ['2025-04-11'] })).toBe(4);
    expect(workingDaysBetween('2025-04-07', '2025-04-11', { extraNonWorkingDays: ['2025-04-07'] })).toBe(4);
    expect(workingDaysBetween('2025-04-07', '2025-04-11', { extraNonWorkingDays: ['2025-04-06', '2025-04-12'] })).toBe(5);
  });
});
