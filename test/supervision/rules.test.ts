/**
 * The exact errors of the supervision module (codes, paths, messages) and the edges of its rules:
 * period boundaries, the preferred week of the month per frequency, the default weekday, which
 * session is lengthened, and records given out of date order.
 */
import { describe, expect, it } from 'vitest';
import {
  supervisionCompliance,
  supervisionPolicies,
  supervisionSchedule,
  type SupervisionComplianceOptions,
  type SupervisionPolicy,
  type SupervisionRecord,
  type SupervisionScheduleOptions,
} from '../../src/supervision/index.js';
import { errorOf } from '../support/errorOf.js';

const quarter = { from: '2025-04-01', to: '2025-06-30' } as const;
const year: SupervisionScheduleOptions = { from: '2025-01-01', to: '2025-12-31' };
const schedule = (options: unknown) => supervisionSchedule(options as SupervisionScheduleOptions);
const compliance = (records: unknown, options: unknown) =>
  supervisionCompliance(records as SupervisionRecord[], options as SupervisionComplianceOptions);
const options = (code: string, path: (string | number)[], message: string) => ({ code, issues: [{ path, message }] });

describe('supervision errors', () => {
  it('names the function whose options are not an object', () => {
    expect(errorOf(() => schedule(null))).toEqual(options('supervision/invalid-options', [], 'supervisionSchedule takes an options object'));
    expect(errorOf(() => compliance([], [quarter]))).toEqual(
      options('supervision/invalid-options', [], 'supervisionCompliance takes an options object'),
    );
  });

  it('lists every unknown option by path, naming the function', () => {
    expect(errorOf(() => schedule({ ...year, colour: 'red', shade: 1 }))).toEqual({
      code: 'supervision/invalid-options',
      issues: [
        { path: ['colour'], message: 'is not a known option' },
        { path: ['shade'], message: 'is not a known option' },
      ],
    });
    // preferredWeekday is an option of the schedule only.
    expect(errorOf(() => compliance([], { ...quarter, preferredWeekday: 1 }))).toEqual(
      options('supervision/invalid-options', ['preferredWeekday'], 'is not a known option'),
    );
  });

  it('rejects a range that ends before it starts, at to', () => {
    expect(errorOf(() => schedule({ from: '2025-04-02', to: '2025-04-01' }))).toEqual(
      options('supervision/invalid-range', ['to'], 'must be on or after from'),
    );
  });

  it('rejects records that are not an array with one issue at the root', () => {
    expect(errorOf(() => compliance('records', quarter))).toEqual(options('supervision/invalid-record', [], 'records must be an array'));
    expect(errorOf(() => compliance({ 0: { on: '2025-04-10', minutes: 60, kind: 'peer' } }, quarter))).toEqual(
      options('supervision/invalid-record', [], 'records must be an array'),
    );
  });

  it('rejects an unknown kind, listing the four kinds', () => {
    expect(errorOf(() => schedule({ ...year, kind: 'coaching' }))).toEqual(
      options('supervision/invalid-options', ['kind'], "must be 'clinical-professional', 'practice', 'educational' or 'peer'"),
    );
  });

  it('accepts preferredWeekday 1 to 7 only, as whole numbers', () => {
    for (const bad of [0, -1, 8, 1.5, '3', null]) {
      expect(errorOf(() => schedule({ ...year, preferredWeekday: bad }))).toEqual(
        options('supervision/invalid-options', ['preferredWeekday'], 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)'),
      );
    }
    // Both ends of the range are weekdays: Monday meets on Monday 2 June 2025, Sunday on Sunday 1 June for a Sunday worker.
    expect(schedule({ from: '2025-06-01', to: '2025-06-30', preferredWeekday: 1 })).toEqual([
      { on: '2025-06-02', minutes: 60, kind: 'clinical-professional' },
    ]);
    expect(schedule({ from: '2025-06-01', to: '2025-06-30', preferredWeekday: 7, calendar: { workingDays: [6, 7] } })).toEqual([
      { on: '2025-06-01', minutes: 60, kind: 'clinical-professional' },
    ]);
  });

  it("accepts preferredWeekOfMonth 1, 2, 3, 4 or 'last' only", () => {
    for (const bad of [0, 5, 1.5, 2.5, '2', 'first', null]) {
      expect(errorOf(() => schedule({ ...year, preferredWeekOfMonth: bad }))).toEqual(
        options('supervision/invalid-options', ['preferredWeekOfMonth'], "must be 1, 2, 3, 4 or 'last'"),
      );
    }
    // April 2025 has Tuesdays on the 1st, 8th, 15th, 22nd and 29th: week 1 is the 1st, week 4 the 22nd.
    const april = { from: '2025-04-01', to: '2025-04-30', preferredWeekday: 2 };
    expect(schedule({ ...april, preferredWeekOfMonth: 1 }).map((s) => s.on)).toEqual(['2025-04-01']);
    expect(schedule({ ...april, preferredWeekOfMonth: 4 }).map((s) => s.on)).toEqual(['2025-04-22']);
  });

  it('rejects preferredWeekOfMonth for a policy with no monthly requirement', () => {
    expect(errorOf(() => schedule({ ...year, policy: { frequency: 'weekly', minutesPerPeriod: 60 }, preferredWeekOfMonth: 2 }))).toEqual(
      options('supervision/invalid-options', ['preferredWeekOfMonth'], 'applies to monthly requirements only'),
    );
    const noMonthlyKind = { frequency: 'fortnightly', minutesPerPeriod: 60, kinds: { peer: { frequency: 'weekly', minutesPerPeriod: 30 } } };
    expect(errorOf(() => schedule({ ...year, policy: noMonthlyKind, preferredWeekOfMonth: 'last' }))).toEqual(
      options('supervision/invalid-options', ['preferredWeekOfMonth'], 'applies to monthly requirements only'),
    );
  });
});

describe('supervisionSchedule rules', () => {
  it('accepts preferredWeekOfMonth when only a kind is monthly, and applies it to monthly periods only', () => {
    // Weekly overall half-hour, educational monthly on the 2nd Tuesday (10 June 2025). The weeks without the
    // educational session get a session on their Tuesday: the week of the month does not apply to weeks.
    const policy: SupervisionPolicy = { frequency: 'weekly', minutesPerPeriod: 30, kinds: { educational: { frequency: 'monthly', minutesPerPeriod: 30 } } };
    expect(schedule({ from: '2025-06-02', to: '2025-06-29', policy, preferredWeekday: 2, preferredWeekOfMonth: 2 })).toEqual([
      { on: '2025-06-03', minutes: 30, kind: 'clinical-professional' },
      { on: '2025-06-10', minutes: 30, kind: 'educational' },
      { on: '2025-06-17', minutes: 30, kind: 'clinical-professional' },
      { on: '2025-06-24', minutes: 30, kind: 'clinical-professional' },
    ]);
  });

  it("places each monthly kind's session in the preferred week of the month", () => {
    // Sefton: three monthly kinds, all on the 3rd Tuesday of April 2025 (the 15th), listed by kind.
    expect(
      schedule({ from: '2025-04-01', to: '2025-04-30', policy: supervisionPolicies.sefton, preferredWeekday: 2, preferredWeekOfMonth: 3 }),
    ).toEqual([
      { on: '2025-04-15', minutes: 60, kind: 'clinical-professional' },
      { on: '2025-04-15', minutes: 60, kind: 'practice' },
      { on: '2025-04-15', minutes: 60, kind: 'peer' },
    ]);
  });

  it('places weekly kind sessions on the weekday of each week, whatever the week of the month', () => {
    // 4 × 15 minutes of peer supervision make the monthly hour: nothing is added or lengthened.
    const policy: SupervisionPolicy = { frequency: 'monthly', minutesPerPeriod: 60, kinds: { peer: { frequency: 'weekly', minutesPerPeriod: 15 } } };
    expect(schedule({ from: '2025-06-02', to: '2025-06-29', policy, preferredWeekday: 2, preferredWeekOfMonth: 3 })).toEqual([
      { on: '2025-06-03', minutes: 15, kind: 'peer' },
      { on: '2025-06-10', minutes: 15, kind: 'peer' },
      { on: '2025-06-17', minutes: 15, kind: 'peer' },
      { on: '2025-06-24', minutes: 15, kind: 'peer' },
    ]);
  });

  it("counts a kind's session on the last day of a period towards that period's overall requirement", () => {
    // Last Wednesday of April 2025 is the 30th, the month's last day: the peer hour meets the monthly hour.
    const policy: SupervisionPolicy = { frequency: 'monthly', minutesPerPeriod: 60, kinds: { peer: { frequency: 'monthly', minutesPerPeriod: 60 } } };
    expect(schedule({ from: '2025-04-01', to: '2025-04-30', policy, preferredWeekday: 3, preferredWeekOfMonth: 'last' })).toEqual([
      { on: '2025-04-30', minutes: 60, kind: 'peer' },
    ]);
    // A one-day span: the period is that day, and the peer session on it is enough.
    expect(schedule({ from: '2025-04-01', to: '2025-04-01', policy })).toEqual([{ on: '2025-04-01', minutes: 60, kind: 'peer' }]);
  });

  it('lengthens the earliest session of the period, not the first kind listed', () => {
    // Clinical 20 minutes on the 3rd Tuesday (15 April); peer 20 minutes each fortnight (1, 15, 29 April): 80 of 90.
    // The earliest session, peer on 1 April, takes the missing 10 minutes.
    const policy: SupervisionPolicy = {
      frequency: 'monthly',
      minutesPerPeriod: 90,
      kinds: { 'clinical-professional': { frequency: 'monthly', minutesPerPeriod: 20 }, peer: { frequency: 'fortnightly', minutesPerPeriod: 20 } },
    };
    expect(schedule({ from: '2025-04-01', to: '2025-04-30', policy, preferredWeekday: 2, preferredWeekOfMonth: 3 })).toEqual([
      { on: '2025-04-01', minutes: 30, kind: 'peer' },
      { on: '2025-04-15', minutes: 20, kind: 'clinical-professional' },
      { on: '2025-04-15', minutes: 20, kind: 'peer' },
      { on: '2025-04-29', minutes: 20, kind: 'peer' },
    ]);
  });

  it("defaults the weekday to the calendar's first working weekday", () => {
    // Tuesday and Thursday worker: the first Tuesday of June 2025 is the 3rd.
    expect(schedule({ from: '2025-06-01', to: '2025-06-30', calendar: { workingDays: [4, 2] } })).toEqual([
      { on: '2025-06-03', minutes: 60, kind: 'clinical-professional' },
    ]);
  });

  it('gives a period that starts on to its own session', () => {
    // Weeks from Monday 31 March: the first cut to Tuesday 1 – Sunday 6 April, the second to Monday 7 April alone.
    expect(
      schedule({ from: '2025-04-01', to: '2025-04-07', policy: { frequency: 'weekly', minutesPerPeriod: 30 }, preferredWeekday: 1 }).map((s) => s.on),
    ).toEqual(['2025-04-01', '2025-04-07']);
  });
});

describe('supervisionCompliance rules', () => {
  it('reports a one-day period when to is the first day of a period', () => {
    expect(compliance([], { from: '2025-04-01', to: '2025-05-01' }).periods).toEqual([
      { start: '2025-04-01', end: '2025-04-30', minutes: 0, requiredMinutes: 60, partial: false, workingDays: 20, met: false },
      { start: '2025-05-01', end: '2025-05-01', minutes: 0, requiredMinutes: 60, partial: true, workingDays: 1, met: null },
    ]);
    expect(compliance([{ on: '2025-04-01', minutes: 60, kind: 'peer' }], { from: '2025-04-01', to: '2025-04-01' }).periods).toEqual([
      { start: '2025-04-01', end: '2025-04-01', minutes: 60, requiredMinutes: 60, partial: true, workingDays: 1, met: true },
    ]);
  });

  it('measures gaps in date order when records are not sorted', () => {
    // 1 April → 10 April: 9 days; 10 April → 10 May: 30; 10 May → 31 May: 21.
    const report = compliance(
      [
        { on: '2025-05-10', minutes: 60, kind: 'peer' },
        { on: '2025-04-10', minutes: 60, kind: 'peer' },
      ],
      { from: '2025-04-01', to: '2025-05-31' },
    );
    expect(report.longestGapDays).toBe(30);
    expect(report.byKind.peer.longestGapDays).toBe(30);
  });

  it('reports a kind against its own requirement, and says which requirement', () => {
    // One fortnight, Monday 2 – Sunday 15 June 2025, 10 working days; the overall requirement is monthly.
    const policy: SupervisionPolicy = { frequency: 'monthly', minutesPerPeriod: 60, kinds: { peer: { frequency: 'fortnightly', minutesPerPeriod: 30 } } };
    const report = compliance([{ on: '2025-06-05', minutes: 30, kind: 'peer' }], { from: '2025-06-02', to: '2025-06-15', policy });
    expect(report.byKind.peer.requirement).toEqual({
      compliant: true,
      requirement: { frequency: 'fortnightly', minutesPerPeriod: 30 },
      periods: [{ start: '2025-06-02', end: '2025-06-15', minutes: 30, requiredMinutes: 30, partial: false, workingDays: 10, met: true }],
      missedPeriods: 0,
    });
  });
});

describe('supervision options, read with their zod schemas', () => {
  it('reports every bad option at once, the code of the first (options, dates, range, policy, calendar)', () => {
    expect(errorOf(() => schedule({ from: '2025-02-30', to: '2101-01-01', kind: 'coaching', policy: { frequency: 'yearly', minutesPerPeriod: 60 } }))).toEqual({
      code: 'supervision/invalid-options',
      issues: [
        { path: ['kind'], message: "must be 'clinical-professional', 'practice', 'educational' or 'peer'" },
        { path: ['from'], message: 'must be a real calendar date written YYYY-MM-DD' },
        { path: ['to'], message: 'must be within the years 1995 to 2100, the years with bank holidays computed' },
        { path: ['policy', 'frequency'], message: 'must be one of: weekly, fortnightly, monthly' },
      ],
    });
    expect(errorOf(() => compliance([], { to: '2025-06-30', calendar: { workingDays: [] } }))).toEqual({
      code: 'supervision/invalid-date',
      issues: [
        { path: ['from'], message: 'is required' },
        { path: ['calendar', 'workingDays'], message: 'must list at least one working weekday (1 = Monday ... 7 = Sunday)' },
      ],
    });
  });

  it('never echoes a key the caller supplied in an option holding data', () => {
    const error = errorOf(() => compliance([], { ...quarter, policy: { frequency: 'monthly', minutesPerPeriod: 60, kinds: { 'Jane Smith': { frequency: 'monthly', minutesPerPeriod: 60 } } } }));
    expect(error.code).toBe('supervision/invalid-policy');
    expect(JSON.stringify(error)).not.toContain('Jane');
  });
});
