import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  addDays,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  isoWeekday,
  issuesFromZod,
  IsoDateSchema,
  parseWithSchema,
  RangeSchema,
  SocialPrescribingError,
  toDayNumber,
} from '../../src/core/index.js';

describe('isIsoDate', () => {
  it.each(['2025-04-01', '2024-02-29', '2000-02-29', '1000-01-01', '9999-12-31'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });
  it.each([
    '2025-02-29',
    '1900-02-29',
    '2025-02-30',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-04-31',
    '2025-2-3',
    '2025-02-03T10:00',
    '0999-01-01',
    ' 2025-01-01',
    '',
    20250101,
    null,
    undefined,
  ])('rejects %s', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('day numbers', () => {
  it('agree with Date.UTC for every day from 1900 to 2100', () => {
    const start = Date.UTC(1900, 0, 1) / 86_400_000;
    const end = Date.UTC(2100, 11, 31) / 86_400_000;
    // Disagreements are collected and compared once: an expect per day (146,000 of them) took 6 s.
    const disagreements: string[] = [];
    for (let day = start; day <= end; day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (fromDayNumber(day) !== iso || toDayNumber(iso) !== day) disagreements.push(`${day} ${iso}`);
    }
    expect(disagreements).toEqual([]);
    expect(end - start + 1).toBe(73_414);
  });

  it('round-trip for any day number', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1000-01-01'), max: toDayNumber('9999-12-31') }), (day) => {
        const iso = fromDayNumber(day);
        expect(isIsoDate(iso)).toBe(true);
        expect(toDayNumber(iso)).toBe(day);
      }),
    );
  });

  it('weekday follows the day number', () => {
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('1969-12-29')).toBe(1);
    expect(isoWeekday(toDayNumber('2025-04-06'))).toBe(7);
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const weekday = isoWeekday(day);
        expect(isoWeekday(day + 1)).toBe(weekday === 7 ? 1 : weekday + 1);
      }),
    );
  });

  it('addDays and daysBetween are inverse', () => {
    expect(addDays('2025-01-31', 29)).toBe('2025-03-01');
    expect(daysBetween('2025-03-01', '2025-01-31')).toBe(-29);
  });
});

describe('SocialPrescribingError', () => {
  it('builds its message from code and paths only', () => {
    const error = new SocialPrescribingError('x/y' as never, [
      { path: ['a', 0], message: 'is wrong' },
      { path: [], message: 'root is wrong' },
    ]);
    expect(error.message).toMatchInlineSnapshot(`"x/y: a.0 is wrong; root is wrong"`);
    expect(error.name).toBe('SocialPrescribingError');
    expect(new SocialPrescribingError('x/z' as never, []).message).toBe('x/z');
  });

  it('caps the message at five issues', () => {
    const issues = Array.from({ length: 8 }, (_, i) => ({ path: [i], message: 'bad' }));
    const error = new SocialPrescribingError('x/many' as never, issues);
    expect(error.message).toBe('x/many: 0 bad; 1 bad; 2 bad; 3 bad; 4 bad (and 3 more)');
    expect(error.issues).toHaveLength(8);
  });

  it('copies its issues so callers cannot change them', () => {
    const path = ['a'];
    const error = new SocialPrescribingError('x/y' as never, [{ path, message: 'm' }]);
    path.push('b');
    expect(error.issues[0]!.path).toEqual(['a']);
  });
});

describe('schemas', () => {
  it('IsoDateSchema never echoes the value', () => {
    const result = IsoDateSchema.safeParse('1984-02-30');
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).not.toContain('1984');
  });

  it('RangeSchema rejects non-finite and inverted ranges', () => {
    expect(RangeSchema.safeParse({ min: 0, max: Infinity }).success).toBe(false);
    expect(RangeSchema.safeParse({ min: Number.NaN, max: 1 }).success).toBe(false);
    expect(RangeSchema.safeParse({ min: 2, max: 1 }).success).toBe(false);
    // A range of one value ("exactly 6 contacts") is a range.
    expect(RangeSchema.safeParse({ min: 6, max: 6 }).success).toBe(true);
  });

  it('parseWithSchema throws with paths', () => {
    const schema = z.object({ items: z.array(z.number()) });
    expect(() => parseWithSchema(schema, { items: [1, 'x'] }, 'test/bad' as never)).toThrow(
      expect.objectContaining({ code: 'test/bad', issues: [{ path: ['items', 1], message: expect.any(String) }] }),
    );
    expect(parseWithSchema(schema, { items: [1] }, 'test/bad' as never)).toEqual({ items: [1] });
  });

  it('issuesFromZod renders symbol path segments as text', () => {
    const key = Symbol('key');
    expect(issuesFromZod([{ code: 'custom', path: [key], message: 'bad', input: undefined }])).toEqual([
      { path: ['key'], message: 'bad' },
    ]);
  });
});

describe('issuesFromZod and unknown keys', () => {
  it('counts unrecognised keys instead of naming them (a key can be personal data)', () => {
    const result = z.strictObject({ a: z.number() }).safeParse({ a: 1, '943 476 5919': true, 'Jane Doe': 1 });
    expect(result.success).toBe(false);
    const issues = result.success ? [] : issuesFromZod(result.error.issues);
    expect(issues).toEqual([{ path: [], message: 'has 2 unrecognised keys' }]);
    const one = z.strictObject({}).safeParse({ x: 1 });
    expect(one.success ? [] : issuesFromZod(one.error.issues)).toEqual([{ path: [], message: 'has 1 unrecognised key' }]);
  });
});
