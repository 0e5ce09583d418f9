/* eslint-disable no-sparse-arrays */
/**
 * Issue 14, defect 4: a hole in a sparse array is an error at the hole's path, as WorkingCalendarSchema
 * reports it, never a skipped entry (`workingDays: [1, , 3]` counted 100 working days in 2025).
 */
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, nextWorkingDay, previousWorkingDay, WorkingCalendarSchema, workingDaysBetween } from '../../src/calendar/index.js';
import { errorOf } from '../support/errorOf.js';

const WEEKDAY = 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)';
const DATE = 'must be a real calendar date written YYYY-MM-DD';

describe('calendars with holes', () => {
  it('workingDaysBetween rejects a hole in workingDays at its index, like the schema', () => {
    const calendar = { workingDays: [1, , 3] } as never;
    expect(errorOf(() => workingDaysBetween('2025-01-01', '2025-12-31', calendar))).toEqual({
      code: 'calendar/invalid-calendar',
      issues: [{ path: ['calendar', 'workingDays', 1], message: WEEKDAY }],
    });
    const parsed = WorkingCalendarSchema.safeParse(calendar);
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path)).toEqual([['workingDays', 1]]);
  });

  it('reports every hole, in workingDays and extraNonWorkingDays', () => {
    const calendar = { workingDays: [, 2, , 4], extraNonWorkingDays: ['2025-12-24', , '2025-12-31', ,] } as never;
    expect(errorOf(() => isWorkingDay('2025-12-24', calendar))).toEqual({
      code: 'calendar/invalid-calendar',
      issues: [
        { path: ['calendar', 'workingDays', 0], message: WEEKDAY },
        { path: ['calendar', 'workingDays', 2], message: WEEKDAY },
        { path: ['calendar', 'extraNonWorkingDays', 1], message: DATE },
        { path: ['calendar', 'extraNonWorkingDays', 3], message: DATE },
      ],
    });
  });

  it('every function that takes a calendar rejects it', () => {
    const calendar = { extraNonWorkingDays: [, '2025-12-29'] } as never;
    for (const run of [
      () => isWorkingDay('2025-12-24', calendar),
      () => addWorkingDays('2025-12-24', 2, calendar),
      () => nextWorkingDay('2025-12-24', calendar),
      () => previousWorkingDay('2025-12-24', calendar),
      () => workingDaysBetween('2025-12-01', '2025-12-31', calendar),
    ]) {
      expect(errorOf(run)).toEqual({ code: 'calendar/invalid-calendar', issues: [{ path: ['calendar', 'extraNonWorkingDays', 0], message: DATE }] });
    }
  });

  it('an explicit undefined entry is rejected the same way', () => {
    expect(errorOf(() => workingDaysBetween('2025-01-01', '2025-01-31', { workingDays: [1, undefined] } as never))?.issues).toEqual([
      { path: ['calendar', 'workingDays', 1], message: WEEKDAY },
    ]);
  });
});
