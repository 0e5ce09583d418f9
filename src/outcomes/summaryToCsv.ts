import type { OutcomeSummary } from './types.js';
import { checkOptions, summaryToRows, type OutcomeTableOptions } from './summaryToRows.js';

function field(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes an outcome summary as CSV (RFC 4180): a header line, then the rows
 * of {@link summaryToRows}, fields separated by commas and lines by CRLF. A
 * field holding a comma, a double quote or a line break is quoted, with quotes
 * doubled; `null` is an empty field.
 *
 * Group values are written as they are: if the file will be opened in a
 * spreadsheet, beware of group names starting with `=`, `+`, `-` or `@`.
 *
 * @param summary - A result of {@link summarizeOutcomes}.
 * @param options - Whether to include the total row, and rounding.
 * @returns The CSV text, ending with CRLF.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-options` when `options` is not an object or `digits` is not a whole number from 0 to 15.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-summary` when `summary` is not shaped like a
 * result of {@link summarizeOutcomes} (a missing or mistyped field, a number that is not finite).
 * @see RFC 4180, "Common Format and MIME Type for Comma-Separated Values (CSV) Files"
 * @category Output
 * @example
 * ```ts
 * import { summarizeOutcomes, summaryToCsv } from 'social-prescribing/outcomes';
 *
 * const summary = summarizeOutcomes(
 *   [{ id: 'R1', referredOn: '2025-04-01', source: 'gp-practice', pcn: 'Smith, Jones "North"', needs: [], events: [],
 *      contacts: [], goals: [], onward: [], measures: [] }],
 *   { groupBy: 'pcn' },
 * );
 * const lines = summaryToCsv(summary).split('\r\n');
 * lines[0]?.split(',').slice(0, 3);
 * //=> ['row', 'pcn', 'referrals']
 * lines[1]?.slice(0, 34);
 * //=> 'group,"Smith, Jones ""North""",1,0'
 * summaryToCsv({ ...summary, groups: 'A' } as never);
 * //=> throws 'outcomes/invalid-summary'
 * ```
 */
export function summaryToCsv(summary: OutcomeSummary, options: OutcomeTableOptions = {}): string {
  checkOptions(options);
  const withTotal = summaryToRows(summary, { ...options, includeTotal: true });
  const columns = Object.keys(withTotal[withTotal.length - 1] as object);
  const rows = options.includeTotal === false ? withTotal.slice(0, -1) : withTotal;
  const lines = [columns.map(field).join(',')];
  for (const row of rows) lines.push(columns.map((column) => field(row[column] ?? null)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
