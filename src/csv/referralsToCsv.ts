import { SocialPrescribingError } from '../core/index.js';
import type { Referral } from '../referrals/index.js';
import { encodePart, REFERRAL_CSV_COLUMNS } from './columns.js';
import { formatCsvRow } from './formatCsv.js';

/**
 * Writes referrals in the referral CSV format ({@link REFERRAL_CSV_COLUMNS}), the header first.
 * {@link referralsFromCsv} reads it back to the same records.
 *
 * @param referrals - Valid referrals (for example from {@link synthetic!generateReferrals}).
 * @returns RFC 4180 CSV text with CRLF line ends. An optional field that is absent or `null` (as records
 * read from JSON often have it) is an empty cell.
 * @throws {@link core!SocialPrescribingError} `csv/invalid-referral` (path: the record's index) when a record is not
 * shaped like a referral (a list that is not an array, a field of the wrong type, a number that is not finite);
 * `csv/invalid-input` when `referrals` is not iterable. Check untrusted records with
 * `validateReferrals` (module `referrals`) first.
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
 * referralsToCsv([{ id: 'R-1', referredOn: '2025-04-01', needs: 'housing' } as never]);
 * //=> throws 'csv/invalid-referral'
 * ```
 */
export function referralsToCsv(referrals: Iterable<Referral>): string {
  const given: unknown = referrals;
  if (typeof (given as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator] !== 'function' || typeof given === 'string') {
    throw new SocialPrescribingError('csv/invalid-input', [{ path: [], message: 'must be an iterable of referrals' }]);
  }
  let out = formatCsvRow(REFERRAL_CSV_COLUMNS);
  let index = 0;
  for (const r of referrals) {
    try {
      out += referralRow(r);
    } catch {
      throw new SocialPrescribingError('csv/invalid-referral', [
        { path: [index], message: 'is not a valid Referral: validate it with ReferralSchema or validateReferrals first' },
      ]);
    }
    index++;
  }
  return out;
}

/** A scalar cell: a string, a finite number (`String(-0)` writes `-0` as `0`) or absent; anything else is a malformed record. */
function cell(value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new TypeError('not a cell');
}

/** One list column: items joined with `;`, parts with `:`. */
function join<T>(items: readonly T[], parts: (item: T) => unknown[]): string {
  const list: unknown = items;
  if (!Array.isArray(list)) throw new TypeError('not a list');
  return items.map((item) => parts(item).map((p) => {
    const value = cell(p);
    return value === null ? '' : encodePart(String(value));
  }).join(':')).join(';');
}

function referralRow(r: Referral): string {
  if (typeof r.id !== 'string' || typeof r.referredOn !== 'string') throw new TypeError('not a referral');
  return formatCsvRow([
    r.id,
    r.referredOn,
    cell(r.source),
    cell(r.schemeId),
    cell(r.practiceCode),
    cell(r.pcn),
    cell(r.workerId),
    cell(r.person?.birthYear),
    cell(r.person?.ageBand),
    cell(r.person?.sex),
    cell(r.person?.ethnicity),
    join(r.needs, (need) => [need]),
    join(r.events, (e) => (e.reason === undefined ? [e.type, e.on] : [e.type, e.on, e.reason])),
    join(r.contacts, (c) => [c.on, c.mode, c.minutes, c.attended ? 'yes' : 'no']),
    join(r.goals, (g) => (g.need === undefined ? [g.setOn, g.status] : [g.setOn, g.status, g.need])),
    join(r.onward, (o) => (o.activityId === undefined ? [o.kind, o.organisationId, o.on] : [o.kind, o.organisationId, o.on, o.activityId])),
    join(r.measures, (m) => [m.instrument, m.timepoint, m.on, m.items === undefined ? undefined : join(m.items, (item) => [item]).replaceAll(';', '/'), m.score]),
  ]);
}
