import { createCsvParser } from './createCsvParser.js';

/**
 * Parses CSV text (RFC 4180) into rows of string cells.
 *
 * @param text - The whole file's text.
 * @returns Every non-blank row, the header included.
 * @throws {@link core!SocialPrescribingError} `csv/unterminated-quote` when a quoted field never closes;
 * `csv/invalid-input` when `text` is not a string.
 * @category CSV
 * @example
 * ```ts
 * import { parseCsv } from 'social-prescribing/csv';
 *
 * parseCsv('id,note\r\nR-1,"said ""hello"", then left"\r\n');
 * //=> [['id', 'note'], ['R-1', 'said "hello", then left']]
 * parseCsv(42 as never);
 * //=> throws 'csv/invalid-input'
 * ```
 */
export function parseCsv(text: string): string[][] {
  const parser = createCsvParser();
  const rows = parser.push(text);
  for (const row of parser.end()) rows.push(row);
  return rows;
}
