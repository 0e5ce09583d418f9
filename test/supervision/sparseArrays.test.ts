/* eslint-disable no-sparse-arrays */
/**
 * Issue 14, defect 4: `supervisionCompliance([, record], ...)` counted one session; a hole is a bad
 * record at its index. The calendar option is checked with WorkingCalendarSchema, which reports holes too.
 */
import { describe, expect, it } from 'vitest';
import { supervisionCompliance, supervisionSchedule } from '../../src/supervision/index.js';
import { errorOf } from '../support/errorOf.js';

const record = { on: '2025-04-10', minutes: 60, kind: 'peer' } as const;
const quarter = { from: '2025-04-01', to: '2025-06-30' } as const;
const NOT_A_RECORD = 'is required';

describe('supervision with sparse arrays', () => {
  it('supervisionCompliance rejects a hole in the records at its index', () => {
    expect(errorOf(() => supervisionCompliance([, record] as never, quarter))).toEqual({
      code: 'supervision/invalid-record',
      issues: [{ path: [0], message: NOT_A_RECORD }],
    });
  });

  it('reports every hole and every bad record together', () => {
    expect(errorOf(() => supervisionCompliance([record, , { ...record, minutes: -1 }, ,] as never, quarter))).toEqual({
      code: 'supervision/invalid-record',
      issues: [
        { path: [1], message: NOT_A_RECORD },
        { path: [2, 'minutes'], message: 'must be above 0' },
        { path: [3], message: NOT_A_RECORD },
      ],
    });
  });

  it('an array of holes only is not an empty record list', () => {
    expect(errorOf(() => supervisionCompliance(new Array(2) as never, quarter))?.issues.map((issue) => issue.path)).toEqual([[0], [1]]);
    expect(supervisionCompliance([], quarter).sessions).toBe(0);
  });

  it('a hole in the calendar is a calendar error at its path', () => {
    expect(errorOf(() => supervisionCompliance([record], { ...quarter, calendar: { workingDays: [1, , 3] } as never }))?.issues[0]?.path).toEqual([
      'calendar',
      'workingDays',
      1,
    ]);
    expect(errorOf(() => supervisionSchedule({ ...quarter, calendar: { extraNonWorkingDays: [, '2025-04-02'] } as never }))).toMatchObject({
      code: 'supervision/invalid-calendar',
      issues: [{ path: ['calendar', 'extraNonWorkingDays', 0] }],
    });
  });
});
