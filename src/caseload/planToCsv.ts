import { formatCsv, type CsvCell } from '../csv/index.js';
import type { GroupedCaseloadPlan } from './groupedPlan.js';
import type { PlanTableOptions } from './planOptions.js';
import { planToRows, type PlanTableRow } from './planToRows.js';

/**
 * Writes a plan of {@link planCaseloadByGroup} as CSV (RFC 4180, with `formatCsv` of the `csv`
 * module): a header line of {@link planToRows}' columns, then its rows; `null` is an empty cell,
 * records end with CRLF.
 *
 * Names are written as they are: if the file will be opened in a spreadsheet, beware of names
 * starting with `=`, `+`, `-` or `@`.
 *
 * @param plan - A result of {@link planCaseloadByGroup}.
 * @param options - Whether to add the total row, and one group to keep.
 * @returns The CSV text.
 * @throws {@link core!SocialPrescribingError} the codes of {@link planToRows}.
 * @see RFC 4180, "Common Format and MIME Type for Comma-Separated Values (CSV) Files", IETF, 2005, https://www.rfc-editor.org/rfc/rfc4180
 * @category Plan outputs
 * @example
 * ```ts
 * import { planCaseloadByGroup, planToCsv } from 'social-prescribing/caseload';
 *
 * const plan = planCaseloadByGroup({ pcns: [{ id: 'U89141', name: 'STOCKTON PCN', listSize: 3747 }] });
 * planToCsv(plan).split('\r\n').slice(0, 2).map((line) => line.split(',').slice(0, 8).join(','));
 * //=> ['row,group,id,name,pcns,listSize.min,listSize.max,wteInPost', 'pcn,,U89141,STOCKTON PCN,1,3747,3747,']
 * planToCsv(plan, { group: 'QHM' });
 * //=> throws 'caseload/invalid-options'
 * ```
 */
export function planToCsv(plan: GroupedCaseloadPlan, options: PlanTableOptions = {}): string {
  const rows = planToRows(plan, options);
  // Every row has the same columns; `rows` is empty only for a plan with no PCNs and no total row, whose full table is its total row.
  const columns = Object.keys((rows[0] ?? planToRows(plan)[0]) as PlanTableRow);
  return formatCsv([columns, ...rows.map((row) => columns.map((column) => row[column] as CsvCell))]);
}
