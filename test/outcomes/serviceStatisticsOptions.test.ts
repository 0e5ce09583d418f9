import { describe, expect, it } from 'vitest';
import { serviceStatistics, ServiceStatisticsOptionsSchema } from '../../src/outcomes/index.js';
import { errorOf } from '../support/errorOf.js';

describe('serviceStatistics options and input', () => {
  it('accepts a period of a single day (from equal to to)', () => {
    expect(ServiceStatisticsOptionsSchema.safeParse({ from: '2025-04-01', to: '2025-04-01' }).success).toBe(true);
    expect(serviceStatistics([], { from: '2025-04-01', to: '2025-04-01' })).toEqual({
      period: { from: '2025-04-01', to: '2025-04-01' },
      policyId: null,
      rows: [],
      recordsRead: 0,
      outsidePeriod: 0,
      excluded: { total: 0, issues: [] },
    });
  });

  it('refuses a period that ends the day before it starts, naming to', () => {
    expect(errorOf(() => serviceStatistics([], { from: '2025-04-02', to: '2025-04-01' }))).toEqual({
      code: 'outcomes/invalid-options',
      issues: [{ path: ['to'], message: 'must be on or after from' }],
    });
  });

  it('names a misspelt option as not a known option', () => {
    expect(errorOf(() => serviceStatistics([], { from: '2025-04-01', to: '2025-04-30', fromm: '2025-04-01' } as never))).toEqual({
      code: 'outcomes/invalid-options',
      issues: [{ path: ['fromm'], message: 'is not a known option' }],
    });
  });

  it('refuses a string or null in place of the records, with the referrals path', () => {
    const expected = { code: 'outcomes/invalid-input', issues: [{ path: ['referrals'], message: 'must be an iterable of referral records' }] };
    expect(errorOf(() => serviceStatistics('R-1' as never, { from: '2025-04-01', to: '2025-04-30' }))).toEqual(expected);
    expect(errorOf(() => serviceStatistics(null as never, { from: '2025-04-01', to: '2025-04-30' }))).toEqual(expected);
    expect(errorOf(() => serviceStatistics({} as never, { from: '2025-04-01', to: '2025-04-30' }))).toEqual(expected);
  });

  it('refuses a period starting before the calendar years', () => {
    expect(errorOf(() => serviceStatistics([], { from: '1994-12-31', to: '2025-04-30' }))).toEqual({
      code: 'outcomes/invalid-period',
      issues: [{ path: ['from'], message: 'must fall within the calendar years 1995 to 2100 (from and to)' }],
    });
  });

  it('refuses a period ending after the calendar years', () => {
    expect(errorOf(() => serviceStatistics([], { from: '2100-12-01', to: '2101-01-01' }))).toEqual({
      code: 'outcomes/invalid-period',
      issues: [{ path: ['from'], message: 'must fall within the calendar years 1995 to 2100 (from and to)' }],
    });
  });

  it('accepts a period spanning the whole of the calendar years', () => {
    expect(serviceStatistics([], { from: '1995-01-01', to: '2100-12-31' }).period).toEqual({ from: '1995-01-01', to: '2100-12-31' });
  });
});
