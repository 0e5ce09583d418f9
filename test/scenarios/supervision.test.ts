/**
 * Worked cases from the seeds: NHS England's monthly hour (nhse-splw-role-guidance),
 * Sefton's three strands of support (sefton-splw-expression-of-interest), and the
 * 2020 National Association of Link Workers finding that most link workers had no
 * clinical supervision (DOMAIN.md).
 */
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../src/calendar/index.js';
import { supervisionCompliance, supervisionPolicies, supervisionSchedule } from '../../src/supervision/index.js';

describe('NHS England: a 1-hour supervision meeting at least monthly', () => {
  it('a year of monthly hours on a full-time English calendar is compliant', () => {
    const schedule = supervisionSchedule({ from: '2025-04-01', to: '2026-03-31', policy: supervisionPolicies.nhsEnglandMonthly, preferredWeekday: 2 });
    expect(schedule).toHaveLength(12);
    const report = supervisionCompliance(schedule, { from: '2025-04-01', to: '2026-03-31' });
    expect(report.compliant).toBe(true);
    expect(report.totalMinutes).toBe(720);
  });

  it('a part-time link worker in Scotland (Monday to Wednesday) is never booked on a day off', () => {
    const calendar = { region: 'scotland', workingDays: [1, 2, 3] } as const;
    const schedule = supervisionSchedule({ from: '2025-01-01', to: '2025-12-31', preferredWeekday: 1, calendar });
    expect(schedule).toHaveLength(12);
    expect(schedule.every((session) => isWorkingDay(session.on, calendar))).toBe(true);
    // First Monday of August is Scotland's summer bank holiday: Tuesday 5 August instead.
    expect(schedule[7]?.on).toBe('2025-08-05');
  });
});

describe('2020: 61% of 279 link workers surveyed had no clinical supervision', () => {
  it('peer support alone meets the hour a month overall but fails Sefton\'s GP clinical supervision strand', () => {
    const peerOnly = ['2025-04-09', '2025-05-14', '2025-06-11'].map((on) => ({ on, minutes: 60, kind: 'peer' as const }));
    const options = { from: '2025-04-01', to: '2025-06-30' };
    expect(supervisionCompliance(peerOnly, options).compliant).toBe(true);
    const sefton = supervisionCompliance(peerOnly, { ...options, policy: supervisionPolicies.sefton });
    expect(sefton.compliant).toBe(false);
    expect(sefton.byKind['clinical-professional'].sessions).toBe(0);
    expect(sefton.byKind['clinical-professional'].requirement?.missedPeriods).toBe(3);
    expect(sefton.byKind.peer.requirement?.compliant).toBe(true);
  });

  it('no supervision at all: every month missed, and the gap is the whole span', () => {
    const report = supervisionCompliance([], { from: '2020-01-01', to: '2020-12-31' });
    expect(report.missedPeriods).toBe(12);
    expect(report.longestGapDays).toBe(365);
  });
});

describe('Sefton: line management, GP supervision and peer reflective practice', () => {
  it('a Sefton schedule books each strand every month and passes its own check', () => {
    const schedule = supervisionSchedule({ from: '2025-04-01', to: '2025-09-30', policy: supervisionPolicies.sefton, preferredWeekday: 3 });
    expect(schedule).toHaveLength(18);
    const report = supervisionCompliance(schedule, { from: '2025-04-01', to: '2025-09-30', policy: supervisionPolicies.sefton });
    expect(report.compliant).toBe(true);
    expect(report.byKind.practice.sessions).toBe(6);
  });
});
