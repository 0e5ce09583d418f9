import type { Referral } from '../referrals/index.js';
import { encodePart, REFERRAL_CSV_COLUMNS } from './columns.js';
import { formatCsvRow } from './formatCsv.js';

/**
 * Writes referrals in the referral CSV format ({@link REFERRAL_CSV_COLUMNS}), the header first.
 * {@link referralsFromCsv} reads it back to the same records.
 *
 * @param referrals - Valid referrals (for example from {@link synthetic!generateReferrals}).
 * @returns RFC 4180 CSV text with CRLF line ends.
 * @category CSV
 * @example
 * ```ts
 * import { referralsToCsv } from 'social-prescribing/csv';
 *
 * referralsToCsv([
 *   {
 *     id: 'R-1', referredOn: '2025-04-01', source: 'gp-practice', needs: ['housing'],
 *     events: [{ type: 'accepted', on: '2025-04-02' }],
 *     contacts: [{ on: '2025-04-09', mode: 'telephone', minutes: 30, attended: true }],
 *     goals: [], onward: [], measures: [],
 *   },
 * ]).split('\r\n')[1];
 * //=> 'R-1,2025-04-01,gp-practice,,,,,,,,,housing,accepted:2025-04-02,2025-04-09:telephone:30:yes,,,'
 * ```
 */
export function referralsToCsv(referrals: Iterable<Referral>): string {
  let out = formatCsvRow(REFERRAL_CSV_COLUMNS);
  for (const r of referrals) {
    const join = <T>(items: readonly T[], parts: (item: T) => (string | number | undefined)[]): string =>
      items.map((item) => parts(item).map((p) => (p === undefined ? '' : encodePart(String(p)))).join(':')).join(';');
    out += formatCsvRow([
      r.id,
      r.referredOn,
      r.source,
      r.schemeId ?? null,
      r.practiceCode ?? null,
      r.pcn ?? null,
      r.workerId ?? null,
      r.person?.birthYear ?? null,
      r.person?.ageBand ?? null,
      r.person?.sex ?? null,
      r.person?.ethnicity ?? null,
      r.needs.join(';'),
      join(r.events, (e) => (e.reason === undefined ? [e.type, e.on] : [e.type, e.on, e.reason])),
      join(r.contacts, (c) => [c.on, c.mode, c.minutes, c.attended ? 'yes' : 'no']),
      join(r.goals, (g) => (g.need === undefined ? [g.setOn, g.status] : [g.setOn, g.status, g.need])),
      join(r.onward, (o) => (o.activityId === undefined ? [o.kind, o.organisationId, o.on] : [o.kind, o.organisationId, o.on, o.activityId])),
      join(r.measures, (m) => [m.instrument, m.timepoint, m.on, m.items?.join('/'), m.score]),
    ]);
  }
  return out;
}
