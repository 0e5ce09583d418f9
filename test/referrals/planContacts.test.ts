import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay, type WorkingCalendar } from '../../src/calendar/index.js';
import { addDays } from '../../src/core/index.js';
import { planContacts } from '../../src/referrals/index.js';

describe('planContacts', () => {
  it('plans weekly contacts by default', () => {
    expect(planContacts({ start: '2025-06-02', count: 6 })).toEqual([
      '2025-06-02',
      '2025-06-09',
      '2025-06-16',
      '2025-06-23',
      '2025-06-30',
      '2025-07-07',
    ]);
    expect(planContacts({ start: '2025-06-02', count: 0 })).toEqual([]);
  });

  it('moves a date off Christmas and Boxing Day, and off a region’s own holidays', () => {
    expect(planContacts({ start: '2025-12-18', count: 3 })).toEqual(['2025-12-18', '2025-12-29', '2026-01-02']);
    expect(planContacts({ start: '2025-07-28', count: 2, calendar: { region: 'scotland' } })).toEqual(['2025-07-28', '2025-08-05']);
    expect(planContacts({ start: '2025-07-28', count: 2 })).toEqual(['2025-07-28', '2025-08-04']);
  });

  it('keeps dates strictly increasing when days off would stack two contacts on one day', () => {
    expect(planContacts({ start: '2025-04-18', count: 5, everyDays: 1 })).toEqual([
      '2025-04-22',
      '2025-04-23',
      '2025-04-24',
      '2025-04-25',
      '2025-04-28',
    ]);
  });

  it('follows a part-time worker’s days and leave', () => {
    const calendar: WorkingCalendar = { workingDays: [2, 3], extraNonWorkingDays: ['2025-06-10'] };
    expect(planContacts({ start: '2025-06-03', count: 3, calendar })).toEqual(['2025-06-03', '2025-06-11', '2025-06-17']);
  });

  it.each([
    [{ start: '2025-02-30', count: 1 }, 'referrals/invalid-date'],
    [{ start: '2025-06-02', count: 1.5 }, 'referrals/invalid-count'],
    [{ start: '2025-06-02', count: 1001 }, 'referrals/invalid-count'],
    [{ start: '2025-06-02', count: 2, everyDays: 0 }, 'referrals/invalid-interval'],
    [{ start: '2025-06-02', count: 2, everyDays: 367 }, 'referrals/invalid-interval'],
    [{ start: '2025-06-02', count: 0, calendar: { workdays: [1] } }, 'calendar/invalid-calendar'],
    [{ start: '1990-06-04', count: 0 }, 'calendar/year-out-of-range'],
    [{ start: '2100-12-30', count: 2 }, 'calendar/year-out-of-range'],
    [null, 'referrals/invalid-options'],
  ])('rejects %o with %s', (options, code) => {
    expect(() => planContacts(options as never)).toThrow(expect.objectContaining({ code }));
  });

  it('reports calendar issues under the calendar path', () => {
    expect(() => planContacts({ start: '2025-06-02', count: 1, calendar: { region: 'wales' as never } })).toThrow(
      expect.objectContaining({ code: 'calendar/invalid-calendar', issues: [expect.objectContaining({ path: ['calendar', 'region'] })] }),
    );
  });

  it('never returns a non-working day, keeps the count and stays in order', () => {
    const calendar = fc.record(
      {
        region: fc.constantFrom('england-and-wales', 'scotland', 'northern-ireland'),
        workingDays: fc.uniqueArray(fc.constantFrom(1, 2, 3, 4, 5, 6, 7), { minLength: 1 }),
        extraNonWorkingDays: fc.array(fc.integer({ min: 0, max: 400 }).map((d) => addDays('2024-01-01', d)), { maxLength: 20 }),
      },
      { requiredKeys: [] },
    ) as fc.Arbitrary<WorkingCalendar>;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 30 }),
        fc.option(calendar, { nil: undefined }),
        (offset, count, everyDays, cal) => {
          const start = addDays('2024-01-01', offset);
          const dates = planContacts(cal === undefined ? { start, count, everyDays } : { start, count, everyDays, calendar: cal });
          expect(dates).toHaveLength(count);
          for (const [i, date] of dates.entries()) {
            expect(isWorkingDay(date, cal)).toBe(true);
            expect(date >= addDays(start, i * everyDays)).toBe(true);
            if (i > 0) expect(date > dates[i - 1]!).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
