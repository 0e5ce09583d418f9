import { readPlan, type GroupedCaseloadPlan, type GroupedPlanRow } from './groupedPlan.js';
import { PlanTableOptionsSchema, readOutputOptions, rowsOf, type PlanTableOptions } from './planOptions.js';

/**
 * One flat table row of a plan: column name to a string, a number or `null`.
 *
 * @category Plan outputs
 */
export type PlanTableRow = Record<string, string | number | null>;

function flatten(row: GroupedPlanRow): PlanTableRow {
  const out: PlanTableRow = {
    row: row.kind,
    group: row.group,
    id: row.id,
    name: row.name,
    pcns: row.pcns,
    'listSize.min': row.listSize.min,
    'listSize.max': row.listSize.max,
    wteInPost: row.wteInPost,
    wteInPostKnown: row.wteInPostKnown,
    pcnsWithoutWteInPost: row.pcnsWithoutWteInPost,
  };
  for (const figures of row.rates) {
    const at = figures.rate;
    out[`${at}.expectedReferrals.min`] = figures.expectedReferrals.min;
    out[`${at}.expectedReferrals.max`] = figures.expectedReferrals.max;
    out[`${at}.wteNeeded.min`] = figures.wteNeeded.min;
    out[`${at}.wteNeeded.max`] = figures.wteNeeded.max;
    out[`${at}.gap.min`] = figures.gap?.min ?? null;
    out[`${at}.gap.max`] = figures.gap?.max ?? null;
    out[`${at}.gapOfKnown.min`] = figures.gapOfKnown?.min ?? null;
    out[`${at}.gapOfKnown.max`] = figures.gapOfKnown?.max ?? null;
  }
  return out;
}

/**
 * Flattens a plan of {@link planCaseloadByGroup} into one plain row per PCN, subtotal and total,
 * ready for `console.table`, a data frame, a spreadsheet or {@link planToCsv}.
 *
 * Columns: `row` (`'pcn'`, `'group'` or `'total'`), `group`, `id`, `name`, `pcns`, `listSize.min`,
 * `listSize.max`, `wteInPost` (`null` unless known for every PCN in the row), `wteInPostKnown` (the
 * known sum), `pcnsWithoutWteInPost`, then for each rate id `<id>.expectedReferrals.min` / `.max`,
 * `<id>.wteNeeded.min` / `.max`, `<id>.gap.min` / `.max` and `<id>.gapOfKnown.min` / `.max`. Every row
 * has the same columns.
 *
 * @param plan - A result of {@link planCaseloadByGroup}.
 * @param options - Whether to add the total row, and one group to keep.
 * @returns The rows, in the plan's order, the total last.
 * @throws {@link core!SocialPrescribingError} `caseload/invalid-plan` when `plan` is not a result of
 * {@link planCaseloadByGroup}; `caseload/invalid-options` for bad options or a group the plan does not have.
 * @category Plan outputs
 * @example
 * ```ts
 * import { planCaseloadByGroup, planToRows } from 'social-prescribing/caseload';
 *
 * const plan = planCaseloadByGroup({ pcns: [{ id: 'north', listSize: 42_000, linkWorkerWte: 2 }, { id: 'south', listSize: 31_000 }] });
 * planToRows(plan).map((row) => [row.row, row.id, row['des.wteNeeded.max'], row.wteInPostKnown, row.pcnsWithoutWteInPost]);
 * //=> [['pcn', 'north', 2.69, 2, 0], ['pcn', 'south', 1.98, 0, 1], ['total', 'total', 4.67, 2, 1]]
 * planToRows(plan, { includeTotal: false }).length;
 * //=> 2
 * planToRows({ ...plan, rows: 'none' } as never);
 * //=> throws 'caseload/invalid-plan'
 * ```
 */
export function planToRows(plan: GroupedCaseloadPlan, options: PlanTableOptions = {}): PlanTableRow[] {
  const checked = readPlan(plan);
  const settings = readOutputOptions(PlanTableOptionsSchema, options);
  const rows = rowsOf(checked, settings.group).map(flatten);
  if (settings.group === undefined && settings.includeTotal !== false) rows.push(flatten(checked.total));
  return rows;
}
