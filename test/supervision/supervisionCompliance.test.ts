import { describe, expect, it } from 'vitest';
import {
  supervisionCompliance,
  supervisionPolicies,
  type SupervisionComplianceOptions,
  type SupervisionRecord,
} from '../../src/supervision/index.js';
import { thrownError } from '../support/errorOf.js';

const quarter = { from: '2025-04-01', to: '2025-06-30' } as const;

describe('supervisionCompliance', () => {
  it('adds minutes up within a period', () => {
    const report = supervisionCompliance(
      [
        { on: '2025-04-03', minutes: 30, kind: 'peer' },
        { on: '2025-04-24', minutes: 30, kind: 'practice' },
        { on: '2025-05-15', minutes: 45, kind: 'clinical-professional' },
        { on: '2025-06-12', minutes: 90, kind: 'clinical-professional' },
      ],
      quarter,
    );
    expect(report.periods).toEqual([
      { start: '2025-04-01', end: '2025-04-30', minutes: 60, requiredMinutes: 60, partial: false, workingDays: 20, met: true },
      { start: '2025-05-01', end: '2025-05-31', minutes: 45, requiredMinutes: 60, partial: false, workingDays: 20, met: false },
      { start: '2025-06-01', end: '2025-06-30', minutes: 90, requiredMinutes: 60, partial: false, workingDays: 21, met: true },
    ]);
    expect(report.compliant).toBe(false);
    expect(report.missedPeriods).toBe(1);
    expect(report.totalMinutes).toBe(195);
    expect(report.sessions).toBe(4);
    expect(report.longestGapDays).toBe(28);
    expect(report.byKind['clinical-professional']).toEqual({ sessions: 2, totalMinutes: 135, longestGapDays: 44, requirement: null });
    expect(report.byKind.educational).toEqual({ sessions: 0, totalMinutes: 0, longestGapDays: 90, requirement: null });
  });

  it('reports edge periods cut short by from or to, without holding them to the requirement', () => {
    const report = supervisionCompliance([{ on: '2025-05-20', minutes: 60, kind: 'peer' }], { from: '2025-04-15', to: '2025-06-10' });
    expect(report.periods.map((p) => [p.start, p.end, p.partial, p.met])).toEqual([
      ['2025-04-15', '2025-04-30', true, null],
      ['2025-05-01', '2025-05-31', false, true],
      ['2025-06-01', '2025-06-10', true, null],
    ]);
    expect(report.compliant).toBe(true);
    const met = supervisionCompliance([{ on: '2025-04-20', minutes: 60, kind: 'peer' }], { from: '2025-04-15', to: '2025-04-30' });
    expect(met.periods[0]?.met).toBe(true);
  });

  it('does not hold a period with no working day to the requirement', () => {
    const report = supervisionCompliance([], {
      from: '2025-12-22',
      to: '2026-01-04',
      policy: { frequency: 'weekly', minutesPerPeriod: 30 },
      calendar: { workingDays: [4] },
    });
    expect(report.periods.map((p) => [p.workingDays, p.met])).toEqual([
      [0, null],
      [0, null],
    ]);
    expect(report.compliant).toBe(true);
    expect(report.longestGapDays).toBe(13);
  });

  it('reports each kind against its own requirement (Sefton)', () => {
    const records: SupervisionRecord[] = [
      { on: '2025-04-08', minutes: 60, kind: 'clinical-professional' },
      { on: '2025-04-09', minutes: 60, kind: 'practice' },
      { on: '2025-05-13', minutes: 60, kind: 'clinical-professional' },
      { on: '2025-05-14', minutes: 60, kind: 'practice' },
      { on: '2025-05-15', minutes: 60, kind: 'peer' },
    ];
    const report = supervisionCompliance(records, { from: '2025-04-01', to: '2025-05-31', policy: supervisionPolicies.sefton });
    expect(report.missedPeriods).toBe(0);
    expect(report.byKind.peer.requirement?.missedPeriods).toBe(1);
    expect(report.byKind.peer.requirement?.periods.map((p) => p.met)).toEqual([false, true]);
    expect(report.byKind['clinical-professional'].requirement?.compliant).toBe(true);
    expect(report.byKind.educational.requirement).toBeNull();
    expect(report.compliant).toBe(false);
  });

  it('counts records outside the span instead of dropping them silently, and ignores extra fields', () => {
    const records = [
      { on: '2025-03-31', minutes: 60, kind: 'peer', supervisor: 'x' },
      { on: '2025-04-10', minutes: 60, kind: 'peer' },
      { on: '2025-07-01', minutes: 60, kind: 'peer' },
    ] as SupervisionRecord[];
    const report = supervisionCompliance(records, { from: '2025-04-01', to: '2025-04-30' });
    expect(report.outsideRange).toBe(2);
    expect(report.sessions).toBe(1);
    expect(report.totalMinutes).toBe(60);
  });

  it('gives the whole span as the gap when there is no session, and 0 for a one-day span with one', () => {
    expect(supervisionCompliance([], quarter).longestGapDays).toBe(90);
    expect(supervisionCompliance([{ on: '2025-04-01', minutes: 60, kind: 'peer' }], { from: '2025-04-01', to: '2025-04-01' }).longestGapDays).toBe(0);
  });

  it('validates every record and throws once with each bad record, never echoing values', () => {
    const error = thrownError(() =>
      supervisionCompliance(
        [
          { on: '2025-04-10', minutes: 60, kind: 'peer' },
          { on: '2025-04-11', minutes: -5, kind: 'peer' },
          { on: 'Jane Doe', minutes: 60, kind: 'coaching' },
        ] as SupervisionRecord[],
        quarter,
      ),
    );
    expect(error.code).toBe('supervision/invalid-record');
    expect(error.issues.map((issue) => issue.path)).toEqual([
      [1, 'minutes'],
      [2, 'on'],
      [2, 'kind'],
    ]);
    expect(error.message).not.toContain('Jane');
    expect(thrownError(() => supervisionCompliance('records' as unknown as SupervisionRecord[], quarter)).code).toBe('supervision/invalid-record');
  });

  it('rejects bad options', () => {
    const cases: [unknown, string][] = [
      [undefined, 'supervision/invalid-options'],
      [{ ...quarter, preferredWeekday: 1 }, 'supervision/invalid-options'],
      [{ from: '2025-06-30', to: '2025-04-01' }, 'supervision/invalid-range'],
      [{ from: '2025-04-01' }, 'supervision/invalid-date'],
      [{ ...quarter, policy: { frequency: 'monthly', minutesPerPeriod: 60, kinds: { coaching: { frequency: 'monthly', minutesPerPeriod: 60 } } } }, 'supervision/invalid-policy'],
      [{ ...quarter, calendar: { region: 'wales' } }, 'supervision/invalid-calendar'],
    ];
    for (const [options, code] of cases) {
      expect(thrownError(() => supervisionCompliance([], options as SupervisionComplianceOptions)).code).toBe(code);
    }
  });

  it('does not change its inputs', () => {
    const records: SupervisionRecord[] = [
      { on: '2025-05-10', minutes: 60, kind: 'peer' },
      { on: '2025-04-10', minutes: 60, kind: 'peer' },
    ];
    const copy = structuredClone(records);
    supervisionCompliance(records, { ...quarter, policy: supervisionPolicies.sefton });
    expect(records).toEqual(copy);
  });
});
