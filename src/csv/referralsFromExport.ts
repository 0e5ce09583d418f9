import { SocialPrescribingError } from '../core/index.js';
import type { Referral } from '../referrals/index.js';
import type { ExportMapping } from './exportMapping.js';
import { bindHeader, finishExportReading, readExportRow, startExportReading, type ExportReadOptions, type ExportReport } from './exportReader.js';

/**
 * The result of {@link referralsFromExport}: the referrals, and the report of rows read,
 * rejected (row number and issues) and unmapped values per column.
 *
 * @category CSV
 */
export interface ExportResult extends ExportReport {
  readonly referrals: Referral[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a case-management system's flat export into referral records through a mapping
 * (see {@link ExportMappingSchema}): dates in the declared format read strictly with date-fns,
 * coded values through alias tables, numbers with thousands separators, blanks and `N/A` as not
 * known. What the export holds without dates (a count of contacts, start and end scores, a
 * status or close) goes in the referral's `undated` part; no date is made up.
 *
 * A row with a problem is rejected, never dropped silently: `rejected` lists its row number (the
 * header is row 1) and each issue's mapping path, with no cell text in any message; a value no
 * alias matched is counted in `unmapped` under its column, as data. For files too big to hold,
 * use {@link referralsFromExportStream}.
 *
 * @param rows - Rows as {@link parseCsv} returns them, header first; or objects keyed by header.
 * @param mapping - The mapping, plain JSON.
 * @param options - `onProgress` (every `progressEvery` rows, default 10,000, and at the end) and report limits.
 * @returns `{ referrals, rejected, rejectedTotal, rowsRead, unmapped }`.
 * @throws {@link core!SocialPrescribingError} `csv/invalid-input` when `rows` is not an array of rows;
 * `csv/invalid-mapping` for a bad mapping; `csv/missing-column` when the header lacks a mapped column;
 * `csv/invalid-options` for a bad option.
 * @category CSV
 * @example
 * ```ts
 * import { parseCsv, referralsFromExport } from 'social-prescribing/csv';
 *
 * const rows = parseCsv('Referral Date,Referral Source,PCN,Number of Contacts,SWEMWBS Start,SWEMWBS End\r\n'
 *   + '01/04/2025,G.P.,north riverside ,7,19.25,23.21\r\n'
 *   + '31/02/2025,Self referral,North Riverside,N/A,,\r\n'
 *   + '02/04/2025,Carrier pigeon,North Riverside,,,\r\n');
 * const mapping = {
 *   referredOn: { column: 'Referral Date', format: 'dd/MM/yyyy' },
 *   source: { column: 'Referral Source' },
 *   pcn: { column: 'PCN', normalise: 'kebab' },
 *   contactsAttended: { column: 'Number of Contacts' },
 *   scores: [{ instrument: 'swemwbs', start: 'SWEMWBS Start', end: 'SWEMWBS End' }],
 * };
 * const result = referralsFromExport(rows, mapping);
 * result.referrals.map((r) => [r.id, r.referredOn, r.source, r.pcn, r.undated?.contactsAttended]);
 * //=> [['row-2', '2025-04-01', 'gp-practice', 'north-riverside', 7]]
 * result.rejected.map((r) => [r.row, r.issues.map((issue) => issue.path.join('.'))]);
 * //=> [[3, ['referredOn']], [4, ['source']]]
 * result.unmapped;
 * //=> { 'Referral Source': { 'Carrier pigeon': 1 } }
 * referralsFromExport(rows, { ...mapping, referredOn: { column: 'Date of referral', format: 'dd/MM/yyyy' } });
 * //=> throws 'csv/missing-column'
 * ```
 */
export function referralsFromExport(
  rows: readonly (readonly string[])[] | readonly Readonly<Record<string, string>>[],
  mapping: ExportMapping,
  options: ExportReadOptions = {},
): ExportResult {
  const given: unknown = rows;
  if (!Array.isArray(given)) {
    throw new SocialPrescribingError('csv/invalid-input', [{ path: [], message: 'rows must be an array of rows (header first) or of objects keyed by header' }]);
  }
  const reading = startExportReading(mapping, options);
  const referrals: Referral[] = [];
  const first: unknown = given[0];
  if (first === undefined) return { referrals, ...finishExportReading(reading) };
  const keyed = isRecord(first);
  const header = keyed ? Object.keys(first) : first;
  if (!Array.isArray(header) || !header.every((name) => typeof name === 'string')) {
    throw new SocialPrescribingError('csv/invalid-input', [{ path: [0], message: 'must be the header: an array of strings' }]);
  }
  bindHeader(reading, header);
  for (let i = keyed ? 0 : 1; i < given.length; i++) {
    const row: unknown = given[i];
    let cells: unknown = row;
    if (keyed) cells = isRecord(row) ? header.map((name: string) => row[name] ?? '') : null;
    if (!Array.isArray(cells) || !cells.every((value) => typeof value === 'string')) {
      throw new SocialPrescribingError('csv/invalid-input', [{ path: [i], message: keyed ? 'must be an object of strings keyed by header' : 'must be an array of strings' }]);
    }
    const referral = readExportRow(reading, cells);
    if (referral !== null) referrals.push(referral);
  }
  return { referrals, ...finishExportReading(reading) };
}
