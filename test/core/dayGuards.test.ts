/** The day-number helpers check their input: a malformed date or day number is a core error, never NaN. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, isIsoDate, isoWeekday, SocialPrescribingError, toDayNumber } from '../../src/core/index.js';
import { codeOf } from '../support/errorOf.js';

const BAD_DATES: unknown[] = [
  undefined, null, 20_250_401, Number.NaN, '', '2025-02-30', '2025-13-01', '2025-00-10', '2025-04-00', '0999-12-31',
  '2025-4-01', '2025/04/01', '2025-04-01T00:00', ' 2025-04-01', '2O25-04-01', '2025-0a-01', '+025-04-01', ['2025-04-01'], Symbol('d'), 10n,
];

describe('toDayNumber and the helpers built on it', () => {
  it.each(BAD_DATES.map((value) => [String(typeof value === 'symbol' ? 'symbol' : value), value]))('reject %s with core/invalid-date', (_, value) => {
    expect(codeOf(() => toDayNumber(value as string))).toBe('core/invalid-date');
    expect(codeOf(() => daysBetween('2025-01-01', value as string))).toBe('core/invalid-date');
    expect(codeOf(() => daysBetween(value as string, '2025-01-01'))).toBe('core/invalid-date');
    expect(codeOf(() => addDays(value as string, 1))).toBe('core/invalid-date');
    if (typeof value !== 'number') expect(codeOf(() => isoWeekday(value as string))).toBe('core/invalid-date');
  });

  it('name the argument in the issue path and never echo the value', () => {
    try {
      daysBetween('2025-01-01', '1961-02-30');
      expect.unreachable();
    } catch (error) {
      const e = error as SocialPrescribingError;
      expect(e.issues.map((issue) => issue.path)).toEqual([['to']]);
      expect(JSON.stringify(e.issues) + e.message).not.toContain('1961');
    }
  });

  it('accepts exactly what isIsoDate accepts (property)', () => {
    const text = fc.oneof(
      fc.string({ minLength: 10, maxLength: 10, unit: fc.constantFrom('0', '1', '2', '3', '9', '-') }),
      fc.date({ min: new Date(Date.UTC(900, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
        ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
    );
    fc.assert(
      fc.property(text, (value) => {
        expect(codeOf(() => toDayNumber(value)) === null).toBe(isIsoDate(value));
      }),
    );
  });
});

describe('fromDayNumber, addDays and isoWeekday', () => {
  it.each([Number.NaN, Infinity, -Infinity, 0.5, 1e308, -354_286, 2_932_897, '5', null, 10n])('reject the day number %s', (value) => {
    expect(codeOf(() => fromDayNumber(value as number))).toBe('core/invalid-day-number');
    expect(codeOf(() => isoWeekday(value as number))).toBe(typeof value === 'number' ? 'core/invalid-day-number' : 'core/invalid-date');
  });

  it('cover the years 1000 to 9999 exactly', () => {
    expect(fromDayNumber(-354_285)).toBe('1000-01-01');
    expect(fromDayNumber(2_932_896)).toBe('9999-12-31');
    expect(toDayNumber('1000-01-01')).toBe(-354_285);
    expect(toDayNumber('9999-12-31')).toBe(2_932_896);
    expect(isoWeekday(-354_285)).toBe(3);
  });

  it('addDays rejects a fractional, non-numeric or out-of-range step', () => {
    for (const days of [0.5, Number.NaN, Infinity, '1', null, 10n, 1e308]) {
      expect(codeOf(() => addDays('2025-01-01', days as number))).toBe('core/invalid-day-number');
    }
    expect(codeOf(() => addDays('9999-12-31', 1))).toBe('core/invalid-day-number');
    expect(codeOf(() => addDays('1000-01-01', -1))).toBe('core/invalid-day-number');
    expect(addDays('2025-01-01', -0)).toBe('2025-01-01');
  });

  it('never give -0', () => {
    expect(Object.is(daysBetween('2025-01-01', '2025-01-01'), 0)).toBe(true);
    expect(Object.is(toDayNumber('1970-01-01'), 0)).toBe(true);
    expect(fromDayNumber(-0)).toBe('1970-01-01');
  });
});
