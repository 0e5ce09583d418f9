import { SocialPrescribingError } from '../core/index.js';

/**
 * A CSV cell value: text, a number, a boolean, or `null` for an empty cell.
 *
 * @category CSV
 */
export type CsvCell = string | number | boolean | null;

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Formats rows as RFC 4180 CSV: fields with commas, quotes or line breaks are
 * quoted, quotes doubled, records ended with CRLF; `null` is an empty cell.
 *
 * @param rows - Rows of cells, the header first.
 * @returns The CSV text.
 * @throws {@link core!SocialPrescribingError} `csv/invalid-input` when `rows` is not an iterable of arrays
 * (the path is the 0-based row number).
 * @category CSV
 * @example
 * ```ts
 * import { formatCsv } from 'social-prescribing/csv';
 *
 * formatCsv([['pcn', 'note'], ['North', 'a, "b"'], ['South', null]]);
 * //=> 'pcn,note\r\nNorth,"a, ""b"""\r\nSouth,\r\n'
 * formatCsv(null as never);
 * //=> throws 'csv/invalid-input'
 * formatCsv([['pcn'], 'North'] as never);
 * //=> throws 'csv/invalid-input'
 * ```
 */
export function formatCsv(rows: Iterable<readonly CsvCell[]>): string {
  const given: unknown = rows;
  if (typeof given !== 'object' || given === null || !(Symbol.iterator in given)) {
    throw new SocialPrescribingError('csv/invalid-input', [{ path: [], message: 'rows must be an iterable of arrays of cells' }]);
  }
  let out = '';
  let index = 0;
  for (const row of rows) {
    if (!Array.isArray(row)) throw new SocialPrescribingError('csv/invalid-input', [{ path: [index], message: 'must be an array of cells' }]);
    out += formatCsvRow(row);
    index++;
  }
  return out;
}

/** One RFC 4180 record, CRLF-terminated. */
export function formatCsvRow(row: readonly CsvCell[]): string {
  return `${row.map(formatCsvCell).join(',')}\r\n`;
}

function formatCsvCell(cell: CsvCell): string {
  if (cell === null) return '';
  const text = String(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
