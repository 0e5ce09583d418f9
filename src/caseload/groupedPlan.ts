import * as z from 'zod';
import { SocialPrescribingError, issuesFromZod } from '../core/index.js';


/**
 * Zod schema of a result of {@link planCaseloadByGroup}: the single source of its types, and what the
 * plan outputs ({@link planToRows}, {@link planToCsv}, {@link planToMarkdown}, {@link planToVegaLite})
 * check their input against. Every number is finite (-0 is read as 0); a figure that cannot be
 * known is `null`.
 *
 * @category Grouped plans
 * @example
 * ```ts
 * import { GroupedCaseloadPlanSchema, planCaseloadByGroup } from 'social-prescribing/caseload';
 *
 * GroupedCaseloadPlanSchema.safeParse(planCaseloadByGroup({ pcns: [{ id: 'north', listSize: 42_000 }] })).success;
 * //=> true
 * GroupedCaseloadPlanSchema.safeParse({ rows: [] }).success;
 * //=> false
 * ```
 */
export const GroupedCaseloadPlanSchema = /* @__PURE__ */ (() => {
  // A finite number; -0 is read as 0, so no output echoes it.
  const number = z.number().transform((value) => value + 0);
  const count = z.number().int().min(0).transform((value) => value + 0);
  const range = z.strictObject({ min: number, max: number });
  const figures = z.strictObject({
    /** The id of the rate these figures are at. */
    rate: z.string(),
    /** People referred a year, whole people. */
    expectedReferrals: range,
    /** WTE link workers needed, to 2 decimal places. */
    wteNeeded: range,
    /** `wteNeeded - wteInPost` when the WTE in post is known for every PCN in the row; otherwise `null`. */
    gap: range.nullable(),
    /** The gap over the PCNs whose WTE in post is known (their WTE needed less their WTE in post); `null` when none is. */
    gapOfKnown: range.nullable(),
  });
  const row = z.strictObject({
    /** `'pcn'`, `'group'` (a subtotal) or `'total'`. */
    kind: z.enum(['pcn', 'group', 'total']),
    /** The PCN's id, the group's key, or `'total'`. */
    id: z.string(),
    /** The PCN's or group's name, or `null`. */
    name: z.string().nullable(),
    /** The group the row belongs to (its key), or `null` for the total and in a plan without groups. */
    group: z.string().nullable(),
    /** PCNs in the row (1 for a PCN). */
    pcns: count,
    /** Registered patients. */
    listSize: range,
    /** WTE in post when known for every PCN in the row, otherwise `null` (see `wteInPostKnown`). */
    wteInPost: number.nullable(),
    /** The sum of the WTE in post that is known (0 when none is). */
    wteInPostKnown: number,
    /** PCNs in the row whose WTE in post is not known. */
    pcnsWithoutWteInPost: count,
    /** The figures at each rate of the plan, in the plan's order. */
    rates: z.array(figures).min(1),
  });
  return z.strictObject({
    /** The PCN field the plan is grouped by, or `null`. */
    groupBy: z.string().nullable(),
    /** The rates the plan is computed at, the first being the main one. */
    rates: z
      .array(z.strictObject({ id: z.string(), label: z.string(), rate: range, source: z.string().nullable() }))
      .min(1),
    /** People per WTE link worker a year. */
    peoplePerWorkerPerYear: range,
    /** PCN rows, each group's followed by its subtotal row (kind `'group'`), in the order groups first appear. */
    rows: z.array(row),
    /** The total over every PCN. */
    total: row,
  });
})();

/**
 * A caseload plan grouped by ICB or any other field: PCN rows, subtotal rows and the total, each at
 * one or more named referral rates. See {@link GroupedCaseloadPlanSchema}.
 *
 * @category Grouped plans
 */
export type GroupedCaseloadPlan = z.infer<typeof GroupedCaseloadPlanSchema>;

/**
 * One row of a {@link GroupedCaseloadPlan}: a PCN, a group's subtotal or the total.
 *
 * @category Grouped plans
 */
export type GroupedPlanRow = GroupedCaseloadPlan['total'];

/**
 * The figures of one {@link GroupedPlanRow} at one referral rate.
 *
 * @category Grouped plans
 */
export type PlanRateFigures = GroupedPlanRow['rates'][number];

/**
 * Parses `plan` with {@link GroupedCaseloadPlanSchema}, throwing `caseload/invalid-plan` with every issue
 * (paths from `plan`) when it is not a result of `planCaseloadByGroup`; also checks that every row
 * has the plan's rates in its order.
 *
 * @example
 * ```ts
 * import { planCaseloadByGroup } from 'social-prescribing/caseload';
 * import { readPlan } from './groupedPlan.js';
 *
 * const plan = planCaseloadByGroup({ pcns: [{ id: 'north', listSize: 42_000 }] });
 * readPlan(plan).total.pcns;
 * //=> 1
 * readPlan({ ...plan, total: { ...plan.total, rates: [{ ...plan.total.rates[0], rate: 'other' }] } });
 * //=> throws 'caseload/invalid-plan'
 * readPlan(null as never);
 * //=> throws 'caseload/invalid-plan'
 * ```
 */
export function readPlan(plan: unknown): GroupedCaseloadPlan {
  const result = GroupedCaseloadPlanSchema.safeParse(plan);
  if (!result.success) throw new SocialPrescribingError('caseload/invalid-plan', issuesFromZod(result.error.issues, ['plan']));
  const ids = result.data.rates.map((rate) => rate.id).join('\n');
  [...result.data.rows, result.data.total].forEach((row, index) => {
    if (row.rates.map((figures) => figures.rate).join('\n') !== ids) {
      const path = index === result.data.rows.length ? ['plan', 'total', 'rates'] : ['plan', 'rows', index, 'rates'];
      throw new SocialPrescribingError('caseload/invalid-plan', [{ path, message: "must give the plan's rates, in its order" }]);
    }
  });
  return result.data;
}
