/**
 * The zod schemas of the plan outputs' options, and reading options with them.
 *
 * @module
 */
import * as z from 'zod';
import { issuesFromZod, SocialPrescribingError } from '../core/index.js';
import type { GroupedCaseloadPlan, GroupedPlanRow } from './groupedPlan.js';

const groupOption = /* @__PURE__ */ (() => z.string().min(1, { message: 'must be the key of a group of the plan' }))();

/**
 * Zod schema of the options of {@link planToRows} and {@link planToCsv}: whether to add the total row
 * (default `true`) and, optionally, one group to keep (its PCN rows and its subtotal).
 *
 * @category Plan outputs
 * @example
 * ```ts
 * import { PlanTableOptionsSchema } from 'social-prescribing/caseload';
 *
 * PlanTableOptionsSchema.safeParse({ includeTotal: false, group: 'QHM' }).success;
 * //=> true
 * PlanTableOptionsSchema.safeParse({ digits: 2 }).success;
 * //=> false
 * ```
 */
export const PlanTableOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Add the total row after the others (default `true`; never with `group`). */
    includeTotal: z.boolean().optional(),
    /** Keep only this group's PCN rows and subtotal (a group key, such as an ICB code). */
    group: groupOption.optional(),
  }))();

/**
 * Options of {@link planToRows} and {@link planToCsv}.
 *
 * @category Plan outputs
 */
export type PlanTableOptions = z.input<typeof PlanTableOptionsSchema>;

/**
 * Zod schema of the options of {@link planToMarkdown}: one group to show, whether to show PCN rows
 * (default `true`; `false` gives a table of subtotals) and which of the plan's rates to show (ids,
 * default all).
 *
 * @category Plan outputs
 * @example
 * ```ts
 * import { PlanMarkdownOptionsSchema } from 'social-prescribing/caseload';
 *
 * PlanMarkdownOptionsSchema.safeParse({ includePcns: false, rates: ['des'] }).success;
 * //=> true
 * PlanMarkdownOptionsSchema.safeParse({ rates: [] }).success;
 * //=> false
 * ```
 */
export const PlanMarkdownOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Show only this group's PCN rows and subtotal. */
    group: groupOption.optional(),
    /** Show the PCN rows (default `true`); `false` keeps the subtotals and the total. */
    includePcns: z.boolean().optional(),
    /** The ids of the plan's rates to show, in this order (default: all, in the plan's order). */
    rates: z.array(z.string()).min(1, { message: 'must list at least one rate id' }).optional(),
  }))();

/**
 * Options of {@link planToMarkdown}.
 *
 * @category Plan outputs
 */
export type PlanMarkdownOptions = z.input<typeof PlanMarkdownOptionsSchema>;

/**
 * Zod schema of the options of {@link planToVegaLite}: the rate to chart (an id of the plan's rates,
 * default the first), one group to chart and a title.
 *
 * @category Plan outputs
 * @example
 * ```ts
 * import { PlanChartOptionsSchema } from 'social-prescribing/caseload';
 *
 * PlanChartOptionsSchema.safeParse({ rate: 'observed-england-2023', group: 'QHM' }).success;
 * //=> true
 * PlanChartOptionsSchema.safeParse({ title: 7 }).success;
 * //=> false
 * ```
 */
export const PlanChartOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The id of the rate whose WTE needed is charted (default: the plan's first rate). */
    rate: z.string().optional(),
    /** Chart only this group's PCNs. */
    group: groupOption.optional(),
    /** The chart's title. */
    title: z.string().optional(),
  }))();

/**
 * Options of {@link planToVegaLite}.
 *
 * @category Plan outputs
 */
export type PlanChartOptions = z.input<typeof PlanChartOptionsSchema>;

/**
 * Parses an options argument with `schema`, throwing `caseload/invalid-options` with zod's issues
 * (paths under `options`) when it does not match.
 *
 * @example
 * ```ts
 * import { PlanTableOptionsSchema, readOutputOptions } from './planOptions.js';
 *
 * readOutputOptions(PlanTableOptionsSchema, { includeTotal: false });
 * //=> { includeTotal: false }
 * readOutputOptions(PlanTableOptionsSchema, null);
 * //=> throws 'caseload/invalid-options'
 * ```
 */
export function readOutputOptions<S extends z.ZodType>(schema: S, options: unknown): z.output<S> {
  const result = schema.safeParse(options);
  if (!result.success) throw new SocialPrescribingError('caseload/invalid-options', issuesFromZod(result.error.issues, ['options']));
  return result.data;
}

/**
 * The plan's rows to show: every row, or one group's PCN rows and subtotal; throws
 * `caseload/invalid-options` for a group the plan does not have.
 *
 * @example
 * ```ts
 * import { planCaseloadByGroup } from 'social-prescribing/caseload';
 * import { rowsOf } from './planOptions.js';
 *
 * const plan = planCaseloadByGroup({ pcns: [{ id: 'a', listSize: 1000, area: 'x' }, { id: 'b', listSize: 1000, area: 'y' }], groupBy: 'area' });
 * rowsOf(plan, 'y').map((row) => row.id);
 * //=> ['b', 'y']
 * rowsOf(plan, undefined).length;
 * //=> 4
 * rowsOf(plan, 'z');
 * //=> throws 'caseload/invalid-options'
 * ```
 */
export function rowsOf(plan: GroupedCaseloadPlan, group: string | undefined): GroupedPlanRow[] {
  if (group === undefined) return plan.rows;
  const rows = plan.rows.filter((row) => row.group === group);
  if (rows.length === 0) throw new SocialPrescribingError('caseload/invalid-options', [{ path: ['options', 'group'], message: 'is not a group of the plan' }]);
  return rows;
}
