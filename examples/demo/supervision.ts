import {
  supervisionCompliance,
  supervisionPolicies,
  supervisionSchedule,
  type SupervisionRecord,
} from 'social-prescribing/supervision';

/** The demo's fixed "today", so that every run prints the same dates. */
const AS_OF = '2026-01-12';

/** Fictional supervision logs of three link workers for 2025. */
function logs(): { worker: string; records: SupervisionRecord[] }[] {
  const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
  return [
    {
      worker: 'A (GP, line manager and peers, monthly)',
      records: months.flatMap((m) => [
        { on: `${m}-14`, minutes: 60, kind: 'clinical-professional' as const },
        { on: `${m}-21`, minutes: 60, kind: 'peer' as const },
        { on: `${m}-07`, minutes: 60, kind: 'practice' as const },
      ]),
    },
    {
      worker: 'B (peer group only, 45 minutes)',
      records: months.map((m) => ({ on: `${m}-10`, minutes: 45, kind: 'peer' as const })),
    },
    {
      worker: 'C (one session, in March)',
      records: [{ on: '2025-03-18', minutes: 60, kind: 'clinical-professional' }],
    },
  ];
}

/** Prints the next 6 supervision dates of a part-time link worker in Scotland and a compliance summary for 2025. */
export function supervisionDemo(): void {
  const calendar = { region: 'scotland', workingDays: [1, 2, 3] } as const;
  const upcoming = supervisionSchedule({ from: AS_OF, to: '2026-12-31', preferredWeekday: 1, calendar }).slice(0, 6);
  console.log(`\n## Supervision: next 6 sessions from ${AS_OF} (Scotland, Monday–Wednesday, first Monday of the month, 60 minutes)\n`);
  console.table(upcoming);

  console.log('\n## Supervision compliance, 2025 (NHS England: 1 hour a month; Sefton: GP, line management and peer strands)\n');
  console.table(
    logs().map(({ worker, records }) => {
      const nhse = supervisionCompliance(records, { from: '2025-01-01', to: '2025-12-31', policy: supervisionPolicies.nhsEnglandMonthly });
      const sefton = supervisionCompliance(records, { from: '2025-01-01', to: '2025-12-31', policy: supervisionPolicies.sefton });
      return {
        worker,
        sessions: nhse.sessions,
        minutes: nhse.totalMinutes,
        'months missed (NHSE)': nhse.missedPeriods,
        'longest gap (days)': nhse.longestGapDays,
        'NHSE compliant': nhse.compliant,
        'GP supervision months missed': sefton.byKind['clinical-professional'].requirement?.missedPeriods ?? '-',
        'Sefton compliant': sefton.compliant,
      };
    }),
  );
}
