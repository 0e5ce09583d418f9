import { containsNhsNumber, SocialPrescribingError, withPathPrefix, type ValidationIssue } from '../core/index.js';
import type { Referral } from '../referrals/index.js';
import { encodePart, REFERRAL_CSV_COLUMNS } from './columns.js';
import { formatCsv, type CsvCell, type FormatCsvOptions } from './formatCsv.js';

/**
 * Writes referrals in the referral CSV format ({@link REFERRAL_CSV_COLUMNS}), the header first.
 * {@link referralsFromCsv} reads it back to the same records.
 *
 * The rows go through {@link formatCsv}, the library's one CSV writer: cells a spreadsheet would
 * run as a formula are neutralised (the reader takes the added quote off again); `escapeFormulas: false` turns that off. A record whose
 * `id` could be an NHS number ({@link core!containsNhsNumber}) is refused, so no file this writes
 * carries one as a key.
 *
 * @param referrals - Valid referrals (for example from {@link synthetic!generateReferrals}).
 * @param options - `escapeFormulas` (default `true`).
 * @returns RFC 4180 CSV text with CRLF line ends. An optional field that is absent or `null` (as records
 * read from JSON often have it) is an empty cell.
 * @throws {@link core!SocialPrescribingError} `csv/invalid-referral` when a record is not shaped like a
 * referral (a list that is not an array, a hole or `null` in a list, a field of the wrong type, a number that
 * is not finite) or its `id` could be an NHS number: the path is the record's index, then the field and the
 * list index when known (`[0, 'needs', 1]`); `csv/invalid-input` when `referrals` is not iterable;
 * `csv/invalid-options` when `options` is not an object or `escapeFormulas` is not a boolean. Check untrusted
 * records with `validateReferrals` (module `referrals`) first.
 * @category CSV
 * @example
 * ```ts
 * import { referralsToCsv } from 'social-prescribing/csv';
 *
 * const referral = {
 *   id: 'R-1', referredOn: '2025-04-01', source: 'gp-practice', needs: ['housing'],
 *   events: [{ type: 'accepted', on: '2025-04-02' }],
 *   contacts: [{ on: '2025-04-09', mode: 'telephone', minutes: 30, attended: true }],
 *   goals: [], onward: [], measures: [],
 * } as const;
 * referralsToCsv([referral]).split('\r\n')[1];
 * //=> 'R-1,2025-04-01,gp-practice,,,,,,,,,housing,accepted:2025-04-02,2025-04-09:telephone:30:yes,,,'
 * referralsToCsv([{ ...referral, pcn: '=cmd' }]).split('\r\n')[1]?.split(',')[5];
 * //=> '"\'=cmd"'
 * referralsToCsv([{ ...referral, id: '943 476 5919' }]);
 * //=> throws 'csv/invalid-referral'
 * referralsToCsv([{ id: 'R-1', referredOn: '2025-04-01', needs: 'housing' } as never]);
 * //=> throws 'csv/invalid-referral'
 * ```
 */
export function referralsToCsv(referrals: Iterable<Referral>, options?: FormatCsvOptions): string {
  const given: unknown = referrals;
  if (typeof (given as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator] !== 'function' || typeof given === 'string') {
    throw new SocialPrescribingError('csv/invalid-input', [{ path: [], message: 'must be an iterable of referrals' }]);
  }
  return formatCsv(referralRows(referrals), options);
}

/** The header, then one row of cells per referral, for the one writer, {@link formatCsv}. */
function* referralRows(referrals: Iterable<Referral>): Generator<readonly CsvCell[], void, undefined> {
  yield REFERRAL_CSV_COLUMNS;
  let index = 0;
  for (const r of referrals) {
    let row: CsvCell[];
    try {
      row = referralRow(r);
    } catch (error) {
      // A malformed record can fail anywhere inside (a TypeError); the checks below throw with the field's path.
      throw invalidReferral([index, ...(error instanceof SocialPrescribingError ? (error.issues[0] as ValidationIssue).path : [])]);
    }
    yield row;
    index++;
  }
}

/** The `csv/invalid-referral` error at `path`: the record's index, then the field within it when known. */
function invalidReferral(path: readonly (string | number)[]): SocialPrescribingError {
  return new SocialPrescribingError('csv/invalid-referral', [
    { path, message: 'is not a valid Referral: validate it with ReferralSchema or validateReferrals first' },
  ]);
}

/** A scalar cell: a string, a finite number (`String(-0)` writes `-0` as `0`) or absent; anything else is a malformed record. */
function cell(value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw invalidReferral([]);
}

/** One list column: items joined with `;`, parts with `:`. A hole, `null` or `undefined` item is a malformed record. */
function join<T>(field: string, items: readonly T[], parts: (item: T) => unknown[]): string {
  const list: unknown = items;
  if (!Array.isArray(list)) throw invalidReferral([field]);
  let text = '';
  // An index loop, not map: map skips the holes of a sparse list, which would be written as empty items.
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === undefined || item === null) throw invalidReferral([field, i]);
    const encoded = withPathPrefix([field, i], () => parts(item).map((p) => {
      const value = cell(p);
      return value === null ? '' : encodePart(String(value));
    }));
    text += `${i === 0 ? '' : ';'}${encoded.join(':')}`;
  }
  return text;
}

function referralRow(r: Referral): CsvCell[] {
  if (typeof r.id !== 'string' || typeof r.referredOn !== 'string') throw invalidReferral([]);
  if (containsNhsNumber(r.id)) throw invalidReferral(['id']);
  return [
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
    join('needs', r.needs, (need) => [need]),
    join('events', r.events, (e) => (e.reason === undefined ? [e.type, e.on] : [e.type, e.on, e.reason])),
    join('contacts', r.contacts, (c) => [c.on, c.mode, c.minutes, c.attended ? 'yes' : 'no']),
    join('goals', r.goals, (g) => (g.need === undefined ? [g.setOn, g.status] : [g.setOn, g.status, g.need])),
    join('onward', r.onward, (o) => (o.activityId === undefined ? [o.kind, o.organisationId, o.on] : [o.kind, o.organisationId, o.on, o.activityId])),
    join('measures', r.measures, (m) => [
      m.instrument,
      m.timepoint,
      m.on,
      m.items === undefined ? undefined : join('items', m.items, (item) => [item]).replaceAll(';', '/'),
      m.score,
    ]),
  ];
}
