/**
 * The exact errors of core (code, issue path naming the argument, message) and the
 * edges of the date checks: month lengths, century leap years, separators and digits.
 */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  isoWeekday,
  issuesFromZod,
  SocialPrescribingError,
  toDayNumber,
} from '../../src/core/index.js';
import { errorOf } from '../support/errorOf.js';

const badDate = (name: string) => ({
  code: 'core/invalid-date',
  issues: [{ path: [name], message: 'must be a real YYYY-MM-DD date, years 1000-9999' }],
});
const badDayNumber = (name: string) => ({
  code: 'core/invalid-day-number',
  issues: [{ path: [name], message: 'must be a whole number of days, years 1000-9999' }],
});

describe('core errors name the argument at fault', () => {
  it('toDayNumber and fromDayNumber', () => {
    expect(errorOf(() => toDayNumber('2025-02-30'))).toEqual(badDate('date'));
    expect(errorOf(() => fromDayNumber(0.5))).toEqual(badDayNumber('dayNumber'));
    expect(errorOf(() => fromDayNumber(2_932_897))).toEqual(badDayNumber('dayNumber'));
  });

  it('daysBetween names from or to', () => {
    expect(errorOf(() => daysBetween('2025-02-30', '2025-01-01'))).toEqual(badDate('from'));
    expect(errorOf(() => daysBetween('2025-01-01', '2025-02-30'))).toEqual(badDate('to'));
  });

  it('addDays names the date or the step', () => {
    expect(errorOf(() => addDays('2025-02-30', 1))).toEqual(badDate('date'));
    expect(errorOf(() => addDays('2025-01-01', 0.5))).toEqual(badDayNumber('days'));
    expect(errorOf(() => addDays('9999-12-31', 1))).toEqual(badDayNumber('days'));
  });

  it('isoWeekday names the date, as a string or a day number', () => {
    expect(errorOf(() => isoWeekday('2025-02-30'))).toEqual(badDate('date'));
    expect(errorOf(() => isoWeekday(0.5))).toEqual(badDayNumber('date'));
  });

  it('issuesFromZod explains a bad argument at the root', () => {
    expect(errorOf(() => issuesFromZod(null as never))).toEqual({
      code: 'core/invalid-argument',
      issues: [
        {
          path: [],
          message: 'needs zod issues (each a path array and a message string) and a path array of strings and finite numbers',
        },
      ],
    });
  });
});

describe('issuesFromZod', () => {
  it('replaces the message only of unrecognized_keys issues', () => {
    // Another issue that happens to carry a keys array keeps its own message.
    expect(issuesFromZod([{ code: 'custom', path: ['a'], message: 'bad', keys: ['x'] } as never])).toEqual([{ path: ['a'], message: 'bad' }]);
  });
});

describe('SocialPrescribingError message', () => {
  it('shows exactly five issues without a remainder', () => {
    const issues = Array.from({ length: 5 }, (_, i) => ({ path: [i], message: 'bad' }));
    expect(new SocialPrescribingError('x/five' as never, issues).message).toBe('x/five: 0 bad; 1 bad; 2 bad; 3 bad; 4 bad');
  });
});

describe('date checks', () => {
  it('30-day months end on the 30th', () => {
    for (const month of ['04', '06', '09', '11']) {
      expect(isIsoDate(`2025-${month}-30`)).toBe(true);
      expect(isIsoDate(`2025-${month}-31`)).toBe(false);
      expect(errorOf(() => toDayNumber(`2025-${month}-31`)).code).toBe('core/invalid-date');
    }
    for (const month of ['01', '03', '05', '07', '08', '10', '12']) {
      expect(isIsoDate(`2025-${month}-31`)).toBe(true);
      expect(toDayNumber(`2025-${month}-31`)).toBe(toDayNumber(`2025-${month}-30`) + 1);
    }
  });

  it('isIsoDate takes only strings, not values that print as a date', () => {
    expect(isIsoDate(['2025-04-01'])).toBe(false);
    expect(isIsoDate({ toString: () => '2025-04-01' })).toBe(false);
    expect(isIsoDate(new String('2025-04-01'))).toBe(false);
  });

  it('a century year is a leap year only when divisible by 400', () => {
    expect(errorOf(() => toDayNumber('1900-02-29'))).toEqual(badDate('date'));
    expect(errorOf(() => toDayNumber('2100-02-29'))).toEqual(badDate('date'));
    expect(toDayNumber('2000-02-29')).toBe(toDayNumber('2000-03-01') - 1);
    expect(toDayNumber('2024-02-29')).toBe(toDayNumber('2024-03-01') - 1);
  });

  it('needs a hyphen at both separator places', () => {
    expect(errorOf(() => toDayNumber('2025/04-01'))).toEqual(badDate('date'));
    expect(errorOf(() => toDayNumber('2025-04/01'))).toEqual(badDate('date'));
  });

  it('needs a digit in the tens places of the year', () => {
    // Each would read as a real year (17025, 2105) if the character were taken as a digit worth its code.
    for (const value of ['A025-04-01', '20:5-04-01']) {
      expect(errorOf(() => toDayNumber(value))).toEqual(badDate('date'));
    }
  });
});
