import { SocialPrescribingError } from '../core/index.js';
import { formatCsv, type FormatCsvOptions } from '../csv/index.js';
import type { OutcomeSummary } from './types.js';
import { checkOptions, summaryTable, type OutcomeTableOptions } from './summaryToRows.js';

/**
 * Options of {@link summaryToCsv}: those of {@link summaryToRows}, and whether to neutralise formulas.
 *
 * @category Output
 */
export interface OutcomeCsvOptions extends OutcomeTableOptions, FormatCsvOptions {}

/**
 * Writes an outcome summary as CSV (RFC 4180) with the library's one CSV writer,
 * {@link csv!formatCsv}: a header line, then the rows of {@link summaryToRows},
 * fields separated by commas and lines by CRLF. A field holding a comma, a double
 * quote or a line break is quoted, with quotes doubled; `null` is an empty field.
 *
 * The file is safe to open in a spreadsheet: a group value or name that starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return (a group key
 * `=HYPERLINK(...)`) is written with a single quote in front, in double quotes,
 * so it shows as text instead of running as a formula. Numbers are written as
 * they are. `escapeFormulas: false` turns this off.
 *
 * @param summary - A result of {@link summarizeOutcomes}.
 * @param options - Whether to include the total row, rounding, and `escapeFormulas` (default `true`).
 * @returns The CSV text, ending with CRLF.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-options` when `options` is not an object, `digits` is
 * not a whole number from 0 to 15 or `escapeFormulas` is not a boolean.
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
 * const risky = summarizeOutcomes(
 *   [{ id: 'R2', referredOn: '2025-04-01', source: 'self', pcn: '=HYPERLINK("http://x")', needs: [], events: [],
 *      contacts: [], goals: [], onward: [], measures: [] }],
 *   { groupBy: 'pcn' },
 * );
 * summaryToCsv(risky).split('\r\n')[1]?.split(',')[1];
 * //=> '"\'=HYPERLINK(""http://x"")"'
 * summaryToCsv(risky, { escapeFormulas: false }).split('\r\n')[1]?.split(',')[1];
 * //=> '"=HYPERLINK(""http://x"")"'
 * summaryToCsv({ ...summary, groups: 'A' } as never);
 * //=> throws 'outcomes/invalid-summary'
 * ```
 */
export function summaryToCsv(summary: OutcomeSummary, options: OutcomeCsvOptions = {}): string {
  checkOptions(options);
  checkEscapeFormulas(options);
  return tableToCsv(summaryTable(summary, options), options);
}

/** `escapeFormulas`, when given, is a boolean: checked before the table is built (the outcome writers' CSV option). */
export function checkEscapeFormulas(options: FormatCsvOptions): void {
  if (options.escapeFormulas !== undefined && typeof options.escapeFormulas !== 'boolean') {
    throw new SocialPrescribingError('outcomes/invalid-options', [{ path: ['escapeFormulas'], message: 'must be true or false' }]);
  }
}

/** A column table as CSV, formulas neutralised unless `escapeFormulas: false` (every outcome writer's CSV). */
export function tableToCsv(table: { readonly columns: readonly string[]; readonly rows: readonly (readonly (string | number | null)[])[] }, options: FormatCsvOptions): string {
  return formatCsv([table.columns, ...table.rows], { escapeFormulas: options.escapeFormulas !== false });
}
