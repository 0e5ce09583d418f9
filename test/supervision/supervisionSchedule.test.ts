import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/core/index.js';
import { isWorkingDay, UkRegionSchema, type WorkingCalendar } from '../../src/calendar/index.js';
import {
  supervisionCompliance,
  supervisionPolicies,
  supervisionSchedule,
  SupervisionKindSchema,
  SupervisionPolicySchema,
  type SupervisionPolicy,
  type SupervisionScheduleOptions,
} from '../../src/supervision/index.js';
import { thrownError } from '../support/errorOf.js';

describe('supervisionSchedule', () => {
  it('places one monthly hour on the first working weekday of the calendar by default', () => {
    const schedule = supervisionSchedule({ from: '2025-01-01', to: '2025-12-31' });
    expect(schedule).toHaveLength(12);
    expect(schedule.every((s) => s.minutes === 60 && s.kind === 'clinical-professional')).toBe(true);
    // January: first Monday is the 6th; May: the 5th is a bank holiday, so Tuesday the 6th; August: the 4th (England).
    expect(schedule.map((s) => s.on).slice(0, 1)).toEqual(['2025-01-06']);
    expect(schedule[4]?.on).toBe('2025-05-06');
    expect(schedule[7]?.on).toBe('2025-08-04');
  });

  it('moves off a bank holiday to the nearest working day in the same period', () => {
    const scotland = supervisionSchedule({ from: '2025-08-01', to: '2025-08-31', preferredWeekday: 1, calendar: { region: 'scotland' } });
    expect(scotland).toEqual([{ on: '2025-08-05', minutes: 60, kind: 'clinical-professional' }]);
    // Ties go to the earlier day: Wednesday preferred, worker off that Wednesday, Tuesday and Thursday both 1 day away.
    const tie = supervisionSchedule({ from: '2025-06-01', to: '2025-06-30', preferredWeekday: 3, calendar: { extraNonWorkingDays: ['2025-06-04'] } });
    expect(tie[0]?.on).toBe('2025-06-03');
  });

  it('honours the preferred week of the month, including the last', () => {
    const third = supervisionSchedule({ from: '2025-01-01', to: '2025-03-31', preferredWeekday: 4, preferredWeekOfMonth: 3 });
    expect(third.map((s) => s.on)).toEqual(['2025-01-16', '2025-02-20', '2025-03-20']);
    const last = supervisionSchedule({ from: '2025-01-01', to: '2025-03-31', preferredWeekday: 5, preferredWeekOfMonth: 'last' });
    expect(last.map((s) => s.on)).toEqual(['2025-01-31', '2025-02-28', '2025-03-28']);
    // The last Monday of May 2025 is the spring bank holiday: Tuesday 27th.
    const may = supervisionSchedule({ from: '2025-05-01', to: '2025-05-31', preferredWeekday: 1, preferredWeekOfMonth: 'last' });
    expect(may[0]?.on).toBe('2025-05-27');
  });

  it('schedules weekly and fortnightly policies', () => {
    const weekly = supervisionSchedule({
      from: '2025-12-15',
      to: '2026-01-11',
      policy: { frequency: 'weekly', minutesPerPeriod: 30 },
      preferredWeekday: 4,
    });
    // Christmas Day and New Year's Day are Thursdays: the Wednesday before each (a tie goes to the earlier day).
    expect(weekly.map((s) => s.on)).toEqual(['2025-12-18', '2025-12-24', '2025-12-31', '2026-01-08']);
    expect(weekly.every((s) => s.minutes === 30)).toBe(true);
    const fortnightly = supervisionSchedule({
      from: '2025-04-02',
      to: '2025-05-11',
      policy: { frequency: 'fortnightly', minutesPerPeriod: 45 },
      preferredWeekday: 1,
    });
    // Fortnights from Monday 31 March; the first is cut short by from, so it meets on the nearest working day, 2 April.
    expect(fortnightly.map((s) => s.on)).toEqual(['2025-04-02', '2025-04-14', '2025-04-28']);
  });

  it('skips a period with no working day at all', () => {
    const schedule = supervisionSchedule({
      from: '2025-12-22',
      to: '2026-01-04',
      policy: { frequency: 'weekly', minutesPerPeriod: 60 },
      calendar: { workingDays: [4] }, // Thursdays only: 25 December and 1 January are bank holidays
    });
    expect(schedule).toEqual([]);
  });

  it('gives each kind of a per-kind policy its own sessions, and tops up the overall requirement', () => {
    const sefton = supervisionSchedule({ from: '2025-04-01', to: '2025-04-30', policy: supervisionPolicies.sefton, preferredWeekday: 2 });
    expect(sefton).toEqual([
      { on: '2025-04-01', minutes: 60, kind: 'clinical-professional' },
      { on: '2025-04-01', minutes: 60, kind: 'practice' },
      { on: '2025-04-01', minutes: 60, kind: 'peer' },
    ]);
    const policy: SupervisionPolicy = { frequency: 'monthly', minutesPerPeriod: 90, kinds: { peer: { frequency: 'fortnightly', minutesPerPeriod: 20 } } };
    const topped = supervisionSchedule({ from: '2025-04-01', to: '2025-04-30', policy, preferredWeekday: 2, kind: 'practice' });
    expect(topped.reduce((sum, s) => sum + s.minutes, 0)).toBeGreaterThanOrEqual(90);
    // Peer fortnights from Monday 31 March: 1, 15 and 29 April, 20 minutes each; the first is lengthened to make 90.
    expect(topped.map((s) => [s.on, s.minutes])).toEqual([['2025-04-01', 50], ['2025-04-15', 20], ['2025-04-29', 20]]);
    const addsSession = supervisionSchedule({
      from: '2025-04-01',
      to: '2025-05-31',
      policy: { frequency: 'monthly', minutesPerPeriod: 60, kinds: { educational: { frequency: 'monthly', minutesPerPeriod: 30 } } },
      calendar: { extraNonWorkingDays: [] },
      kind: 'practice',
    });
    expect(addsSession.map((s) => [s.on, s.minutes, s.kind])).toEqual([
      ['2025-04-07', 60, 'educational'],
      ['2025-05-06', 60, 'educational'],
    ]);
    const kindOnly = supervisionSchedule({
      from: '2025-04-01',
      to: '2025-04-30',
      policy: { frequency: 'weekly', minutesPerPeriod: 10, kinds: { educational: { frequency: 'monthly', minutesPerPeriod: 30 } } },
      kind: 'practice',
    });
    expect(kindOnly.map((s) => s.kind)).toEqual(['practice', 'educational', 'practice', 'practice', 'practice']);
  });

  it('rejects bad options with codes and paths, and gives no partial result', () => {
    const base: SupervisionScheduleOptions = { from: '2025-01-01', to: '2025-12-31' };
    const cases: [unknown, string, (string | number)[]][] = [
      [null, 'supervision/invalid-options', []],
      [{ ...base, colour: 'red' }, 'supervision/invalid-options', ['colour']],
      [{ ...base, from: '2025-02-30' }, 'supervision/invalid-date', ['from']],
      [{ ...base, to: '2101-01-01' }, 'supervision/invalid-date', ['to']],
      [{ ...base, to: '2024-12-31' }, 'supervision/invalid-range', ['to']],
      [{ ...base, policy: { frequency: 'yearly', minutesPerPeriod: 60 } }, 'supervision/invalid-policy', ['policy', 'frequency']],
      [{ ...base, policy: { frequency: 'monthly', minutesPerPeriod: -1 } }, 'supervision/invalid-policy', ['policy', 'minutesPerPeriod']],
      [{ ...base, calendar: { workingDays: [] } }, 'supervision/invalid-calendar', ['calendar', 'workingDays']],
      [{ ...base, preferredWeekday: 8 }, 'supervision/invalid-options', ['preferredWeekday']],
      [{ ...base, preferredWeekOfMonth: 5 }, 'supervision/invalid-options', ['preferredWeekOfMonth']],
      [{ ...base, policy: { frequency: 'weekly', minutesPerPeriod: 60 }, preferredWeekOfMonth: 2 }, 'supervision/invalid-options', ['preferredWeekOfMonth']],
      [{ ...base, kind: 'coaching' }, 'supervision/invalid-options', ['kind']],
    ];
    for (const [options, code, path] of cases) {
      const error = thrownError(() => supervisionSchedule(options as SupervisionScheduleOptions));
      expect(error.code).toBe(code);
      expect(error.issues[0]?.path).toEqual(path);
    }
  });
});

const regionArb = fc.constantFrom(...UkRegionSchema.options);
const dayArb = fc.integer({ min: toDayNumber('1996-01-01'), max: toDayNumber('2098-12-31') });
const calendarArb: fc.Arbitrary<WorkingCalendar> = fc.record(
  {
    region: regionArb,
    workingDays: fc.uniqueArray(fc.constantFrom<1 | 2 | 3 | 4 | 5 | 6 | 7>(1, 2, 3, 4, 5, 6, 7), { minLength: 1, maxLength: 7 }),
    extraNonWorkingDays: fc.array(dayArb.map(fromDayNumber), { maxLength: 10 }),
  },
  { requiredKeys: [] },
);
const requirementArb = fc.record({
  frequency: fc.constantFrom('weekly' as const, 'fortnightly' as const, 'monthly' as const),
  minutesPerPeriod: fc.integer({ min: 1, max: 180 }),
});
const policyArb: fc.Arbitrary<SupervisionPolicy> = fc.oneof(
  fc.constant(supervisionPolicies.nhsEnglandMonthly),
  fc.constant(supervisionPolicies.sefton),
  fc.record(
    {
      frequency: requirementArb.map((r) => r.frequency),
      minutesPerPeriod: requirementArb.map((r) => r.minutesPerPeriod),
      kinds: fc.dictionary(fc.constantFrom(...SupervisionKindSchema.options), requirementArb, { maxKeys: 4 }),
    },
    { requiredKeys: ['frequency', 'minutesPerPeriod'] },
  ),
);
const scheduleArb = fc
  .record({
    from: dayArb,
    span: fc.integer({ min: 0, max: 500 }),
    policy: policyArb,
    calendar: fc.option(calendarArb, { nil: undefined }),
    preferredWeekday: fc.option(fc.constantFrom<1 | 2 | 3 | 4 | 5 | 6 | 7>(1, 2, 3, 4, 5, 6, 7), { nil: undefined }),
  })
  .map(({ from, span, policy, calendar, preferredWeekday }) => {
    const options: { -readonly [K in keyof SupervisionScheduleOptions]: SupervisionScheduleOptions[K] } = {
      from: fromDayNumber(from),
      to: fromDayNumber(from + span),
      policy,
    };
    if (calendar !== undefined) options.calendar = calendar;
    if (preferredWeekday !== undefined) options.preferredWeekday = preferredWeekday;
    return options;
  });

describe('laws', () => {
  it('every generated policy is valid data', () => {
    fc.assert(fc.property(policyArb, (policy) => SupervisionPolicySchema.safeParse(policy).success));
  });

  it('no scheduled session falls on a non-working day, for any region and working pattern', () => {
    fc.assert(
      fc.property(scheduleArb, (options) => {
        for (const session of supervisionSchedule(options)) {
          expect(isWorkingDay(session.on, options.calendar)).toBe(true);
          expect(session.on >= options.from && session.on <= options.to).toBe(true);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('a schedule fed back into supervisionCompliance is compliant', () => {
    fc.assert(
      fc.property(scheduleArb, (options) => {
        const schedule = supervisionSchedule(options);
        const complianceOptions = { from: options.from, to: options.to, ...(options.policy && { policy: options.policy }), ...(options.calendar && { calendar: options.calendar }) };
        const report = supervisionCompliance(schedule, complianceOptions);
        expect(report.compliant).toBe(true);
        expect(report.missedPeriods).toBe(0);
        expect(report.sessions).toBe(schedule.length);
      }),
      { numRuns: 120 },
    );
  });
});
