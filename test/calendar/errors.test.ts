/** The exact errors of the calendar module: code, paths and messages, pinned. */
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  ukBankHolidays,
  workingDaysBetween,
} from '../../src/calendar/index.js';
import { errorOf } from '../support/errorOf.js';

describe('calendar errors', () => {
  it('pins every code, path and message', () => {
    expect([
      errorOf(() => ukBankHolidays(1994, 'scotland')),
      errorOf(() => ukBankHolidays(2025.5, 'scotland')),
      errorOf(() => ukBankHolidays(2025, 'wales' as never)),
      errorOf(() => isWorkingDay('2025-02-30')),
      errorOf(() => isWorkingDay('1994-12-31')),
      errorOf(() => isWorkingDay('2101-01-01')),
      errorOf(() => isWorkingDay('2025-01-06', 'scotland' as never)),
      errorOf(() => isWorkingDay('2025-01-06', { region: 'wales', workingDays: 'mon', extraNonWorkingDays: 'x', shift: 1 } as never)),
      errorOf(() => isWorkingDay('2025-01-06', { workingDays: [], extraNonWorkingDays: ['2025-02-30'] })),
      errorOf(() => isWorkingDay('2025-01-06', { workingDays: [0, 8, 1.5] } as never)),
      errorOf(() => addWorkingDays('2025-01-06', 1.5)),
      errorOf(() => addWorkingDays('2025-01-06', '2' as never)),
      errorOf(() => addWorkingDays('2100-12-30', 5)),
      errorOf(() => addWorkingDays('2025-13-01', 1)),
      errorOf(() => nextWorkingDay('2100-12-31')),
      errorOf(() => nextWorkingDay('2025-1-1')),
      errorOf(() => previousWorkingDay('1995-01-02')),
      errorOf(() => previousWorkingDay('x')),
      errorOf(() => workingDaysBetween('2025-02-01', '2025-01-01')),
      errorOf(() => workingDaysBetween('2025-02-30', '2025-03-01')),
      errorOf(() => workingDaysBetween('2025-02-01', '2025-02-30')),
    ]).toMatchInlineSnapshot(`
      [
        {
          "code": "calendar/year-out-of-range",
          "issues": [
            {
              "message": "must be a whole year from 1995 to 2100",
              "path": [
                "year",
              ],
            },
          ],
        },
        {
          "code": "calendar/year-out-of-range",
          "issues": [
            {
              "message": "must be a whole year from 1995 to 2100",
              "path": [
                "year",
              ],
            },
          ],
        },
        {
          "code": "calendar/invalid-region",
          "issues": [
            {
              "message": "must be 'england-and-wales', 'scotland' or 'northern-ireland'",
              "path": [
                "region",
              ],
            },
          ],
        },
        {
          "code": "calendar/invalid-date",
          "issues": [
            {
              "message": "must be a real calendar date written YYYY-MM-DD",
              "path": [
                "date",
              ],
            },
          ],
        },
        {
          "code": "calendar/year-out-of-range",
          "issues": [
            {
              "message": "must be within the years 1995 to 2100, the years with bank holidays computed",
              "path": [
                "date",
              ],
            },
          ],
        },
        {
          "code": "calendar/year-out-of-range",
          "issues": [
            {
              "message": "must be within the years 1995 to 2100, the years with bank holidays computed",
              "path": [
                "date",
              ],
            },
          ],
        },
        {
          "code": "calendar/invalid-calendar",
          "issues": [
            {
              "message": "must be a working calendar object",
              "path": [
                "calendar",
              ],
            },
          ],
        },
        {
          "code": "calendar/invalid-calendar",
          "issues": [
            {
              "message": "is not a known option",
              "path": [
                "calendar",
                "shift",
              ],
            },
            {
              "message": "must be 'england-and-wales', 'scotland' or 'northern-ireland'",
              "path": [
                "calendar",
                "region",
              ],
            },
            {
              "message": "must be an array of ISO weekdays",
              "path": [
                "calendar",
                "workingDays",
              ],
            },
            {
              "message": "must be an array of dates",
              "path": [
                "calendar",
                "extraNonWorkingDays",
              ],
            },
          ],
        },
        {
          "code": "calendar/invalid-calendar",
          "issues": [
            {
              "message": "must list at least one working weekday (1 = Monday ... 7 = Sunday)",
              "path": [
                "calendar",
                "workingDays",
              ],
            },
            {
              "message": "must be a real calendar date written YYYY-MM-DD",
              "path": [
                "calendar",
                "extraNonWorkingDays",
                0,
              ],
            },
          ],
        },
        {
          "code": "calendar/invalid-calendar",
          "issues": [
            {
              "message": "must be an ISO weekday from 1 (Monday) to 7 (Sunday)",
              "path": [
                "calendar",
                "workingDays",
                0,
              ],
            },
            {
              "message": "must be an ISO weekday from 1 (Monday) to 7 (Sunday)",
              "path": [
                "calendar",
                "workingDays",
                1,
              ],
            },
            {
              "message": "must be an ISO weekday from 1 (Monday) to 7 (Sunday)",
              "path": [
                "calendar",
                "workingDays",
                2,
              ],
            },
          ],
        },
        {
          "code": "calendar/invalid-count",
          "issues": [
            {
              "message": "must be a whole number of working days",
              "path": [
                "n",
              ],
            },
          ],
        },
        {
          "code": "calendar/invalid-count",
          "issues": [
            {
              "message": "must be a whole number of working days",
              "path": [
                "n",
              ],
            },
          ],
        },
        {
          "code": "calendar/year-out-of-range",
          "issues": [
            {
              "message": "the result would fall outside the years 1995 to 2100",
              "path": [
                "n",
              ],
            },
          ],
        },
        {
          "code": "calendar/invalid-date",
          "issues": [
            {
              "message": "must be a real calendar date written YYYY-MM-DD",
              "path": [
                "date",
              ],
            },
          ],
        },
        {
          "code": "calendar/year-out-of-range",
          "issues": [
            {
              "message": "the result would fall outside the years 1995 to 2100",
              "path": [
                "date",
              ],
            },
          ],
        },
        {
          "code": "calendar/invalid-date",
          "issues": [
            {
              "message": "must be a real calendar date written YYYY-MM-DD",
              "path": [
                "date",
              ],
            },
          ],
        },
        {
          "code": "calendar/year-out-of-range",
          "issues": [
            {
              "message": "the result would fall outside the years 1995 to 2100",
              "path": [
                "date",
              ],
            },
          ],
        },
        {
          "code": "calendar/invalid-date",
          "issues": [
            {
              "message": "must be a real calendar date written YYYY-MM-DD",
              "path": [
                "date",
              ],
            },
          ],
        },
        {
          "code": "calendar/invalid-range",
          "issues": [
            {
              "message": "must be on or after from",
              "path": [
                "to",
              ],
            },
          ],
        },
        {
          "code": "calendar/invalid-date",
          "issues": [
            {
              "message": "must be a real calendar date written YYYY-MM-DD",
              "path": [
                "from",
              ],
            },
          ],
        },
        {
          "code": "calendar/invalid-date",
          "issues": [
            {
              "message": "must be a real calendar date written YYYY-MM-DD",
              "path": [
                "to",
              ],
            },
          ],
        },
      ]
    `);
  });
});

describe('calendar boundaries', () => {
  it('covers exactly 1995-01-01 to 2100-12-31', () => {
    expect(isWorkingDay('1995-01-03')).toBe(true);
    expect(isWorkingDay('1995-01-01')).toBe(false);
    expect(isWorkingDay('2100-12-31')).toBe(true);
    expect(ukBankHolidays(1995, 'england-and-wales')[0]).toEqual({ date: '1995-01-02', name: "New Year's Day (substitute day)" });
    expect(ukBankHolidays(2100, 'northern-ireland').at(-1)?.date).toBe('2100-12-28');
    expect(previousWorkingDay('1995-01-04')).toBe('1995-01-03');
    expect(nextWorkingDay('2100-12-30')).toBe('2100-12-31');
  });

  it('adds zero working days to the same date, and goes backwards for negative n', () => {
    expect(addWorkingDays('2025-01-04', 0)).toBe('2025-01-04');
    expect(addWorkingDays('2025-01-06', -1)).toBe('2025-01-03');
    expect(addWorkingDays('2025-01-03', 1)).toBe('2025-01-06');
  });

  it('counts one day for a working day on its own, and none for a day off', () => {
    expect(workingDaysBetween('2025-01-06', '2025-01-06')).toBe(1);
    expect(workingDaysBetween('2025-01-05', '2025-01-05')).toBe(0);
    expect(workingDaysBetween('2024-12-25', '2024-12-26')).toBe(0);
    expect(workingDaysBetween('2025-01-06', '2025-01-12', { extraNonWorkingDays: ['2025-01-07', '2025-01-11'] })).toBe(4);
  });

  it('reads calendars given as the same object twice, and regions without a pattern', () => {
    const scotland = { region: 'scotland' as const };
    expect(isWorkingDay('2025-01-02', scotland)).toBe(false);
    expect(isWorkingDay('2025-01-02', scotland)).toBe(false);
    expect(isWorkingDay('2025-01-02', { region: 'england-and-wales' })).toBe(true);
    expect(isWorkingDay('2025-11-10', { region: 'scotland', workingDays: [1] })).toBe(true);
  });

  it('finds holidays of each year in day numbers near year ends', () => {
    expect(workingDaysBetween('2025-12-24', '2026-01-05')).toBe(6);
    expect(workingDaysBetween('2025-12-24', '2026-01-05', { region: 'scotland' })).toBe(5);
    expect(isWorkingDay('2026-01-01')).toBe(false);
    expect(isWorkingDay('2025-12-31')).toBe(true);
  });
});
