/**
 * The years a supervision span may cover: 1995 to 2100, the years with bank holidays computed.
 * The first and last day of that range are accepted by both functions; the day before and the
 * day after are rejected at the field that holds them.
 */
import { describe, expect, it } from 'vitest';
import { supervisionCompliance, supervisionSchedule } from '../../src/supervision/index.js';
import { errorOf } from '../support/errorOf.js';

const outOfYears = 'must be within the years 1995 to 2100, the years with bank holidays computed';

describe('supervision span years', () => {
  it('accepts 1 January 1995, the first day with bank holidays computed', () => {
    const options = { from: '1995-01-01', to: '1995-01-31' };
    expect(supervisionSchedule(options)).toEqual([{ on: '1995-01-03', minutes: 60, kind: 'clinical-professional' }]);
    expect(supervisionCompliance([], options).periods).toEqual([
      { start: '1995-01-01', end: '1995-01-31', minutes: 0, requiredMinutes: 60, partial: false, workingDays: 21, met: false },
    ]);
  });

  it('accepts 31 December 2100, the last day with bank holidays computed', () => {
    const options = { from: '2100-12-01', to: '2100-12-31' };
    expect(supervisionSchedule(options)).toEqual([{ on: '2100-12-06', minutes: 60, kind: 'clinical-professional' }]);
    expect(supervisionCompliance([], options).periods).toEqual([
      { start: '2100-12-01', end: '2100-12-31', minutes: 0, requiredMinutes: 60, partial: false, workingDays: 21, met: false },
    ]);
  });

  it('rejects 31 December 1994 at from', () => {
    const options = { from: '1994-12-31', to: '1995-01-31' };
    const expected = { code: 'supervision/invalid-date', issues: [{ path: ['from'], message: outOfYears }] };
    expect(errorOf(() => supervisionSchedule(options))).toEqual(expected);
    expect(errorOf(() => supervisionCompliance([], options))).toEqual(expected);
  });

  it('rejects 1 January 2101 at to', () => {
    const options = { from: '2100-12-01', to: '2101-01-01' };
    const expected = { code: 'supervision/invalid-date', issues: [{ path: ['to'], message: outOfYears }] };
    expect(errorOf(() => supervisionSchedule(options))).toEqual(expected);
    expect(errorOf(() => supervisionCompliance([], options))).toEqual(expected);
  });
});
