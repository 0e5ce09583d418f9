import * as z from 'zod';
import { issuesFromZod, RangeSchema, SocialPrescribingError, unknownOptionIssues, type Range } from '../core/index.js';
import { DEFAULT_PEOPLE_PER_WORKER_PER_YEAR } from './defaults.js';
import type { GroupedCaseloadPlan, GroupedPlanRow } from './groupedPlan.js';
import { planCaseload, type CaseloadPlanRow, type PcnInput } from './planCaseload.js';
import { REFERRAL_RATES, ReferralRateSchema } from './referralRates.js';
import { readOptions } from './validate.js';

const fieldName = /* @__PURE__ */ (() =>
  z.string().min(1, { message: 'must name a field of the PCNs' }).max(100, { message: 'must be at most 100 characters' }))();

/**
 * Zod schema of the options of {@link planCaseloadByGroup}, the source of their type. The PCNs' own
 * fields (`id`, `name`, `listSize`, `linkWorkerWte`) are checked as {@link planCaseload} checks them,
 * with its error codes; `linkWorkerWte` may also be `null` (not known), and any other field is kept
 * for grouping.
 *
 * @category Grouped plans
 * @example
 * ```ts
 * import { PlanCaseloadByGroupOptionsSchema, REFERRAL_RATES } from 'social-prescribing/caseload';
 *
 * PlanCaseloadByGroupOptionsSchema.safeParse({
 *   pcns: [{ id: 'U89141', listSize: 3747, icbCode: 'QHM' }],
 *   groupBy: 'icbCode',
 *   rates: [REFERRAL_RATES.des, REFERRAL_RATES.observedEngland2023],
 * }).success;
 * //=> true
 * PlanCaseloadByGroupOptionsSchema.safeParse({ pcns: [], rates: [] }).success;
 * //=> false
 * ```
 */
export const PlanCaseloadByGroupOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The PCNs to plan for, at least one; a PCN list size from {@link pcnListSizes} is one as it is. */
    pcns: z
      .array(
        z.looseObject({
          id: z.string().min(1),
          name: z.string().optional(),
          listSize: z.union([z.number(), RangeSchema]),
          linkWorkerWte: z.number().min(0).nullable().optional(),
        }),
      )
      .min(1)
      .readonly(),
    /** A field of every PCN holding its group as a non-empty string, such as `'icbCode'`; without it, no subtotals. */
    groupBy: fieldName.optional(),
    /** A field holding the group's display name, such as `'icbName'` (the first PCN's value is used). */
    groupNameBy: fieldName.optional(),
    /** Named rates to plan at, side by side, the first being the main one; default `[REFERRAL_RATES.des]`. At most 8, ids unique. */
    rates: z
      .array(ReferralRateSchema)
      .min(1, { message: 'must list at least one rate' })
      .max(8, { message: 'must list at most 8 rates' })
      .superRefine((rates, ctx) => {
        const seen = new Set<string>();
        rates.forEach((rate, index) => {
          if (seen.has(rate.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'repeats the id of an earlier rate' });
          seen.add(rate.id);
        });
      })
      .readonly()
      .optional(),
    /** People per WTE link worker a year: a number or a range. Default 250. */
    peoplePerWorkerPerYear: z.union([z.number(), RangeSchema]).optional(),
  }))();

/**
 * Options of {@link planCaseloadByGroup} (see {@link PlanCaseloadByGroupOptionsSchema}).
 *
 * @category Grouped plans
 */
export type PlanCaseloadByGroupOptions = z.input<typeof PlanCaseloadByGroupOptionsSchema>;

const KNOWN_OPTIONS: readonly string[] = ['pcns', 'groupBy', 'groupNameBy', 'rates', 'peoplePerWorkerPerYear'];

interface Rate {
  readonly id: string;
  readonly label: string;
  readonly rate: Range;
  readonly source: string | null;
}

/** The fields planCaseload reads, with `null` WTE taken as not known. */
function toPcnInput(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const pcn = raw as Record<string, unknown>;
  // planCaseload takes an absent (undefined) name or WTE as not given.
  return { id: pcn.id, name: pcn.name, listSize: pcn.listSize, linkWorkerWte: pcn.linkWorkerWte === null ? undefined : pcn.linkWorkerWte };
}

function groupValue(pcn: object, field: string, index: number, required: boolean): string | null {
  const value: unknown = Object.hasOwn(pcn, field) ? (pcn as Record<string, unknown>)[field] : undefined;
  if (typeof value === 'string' && value !== '') return value;
  if (!required && (value === undefined || value === null)) return null;
  // The path stops at the PCN: the field is named by the caller, and a path never carries the caller's text.
  throw new SocialPrescribingError('caseload/invalid-group', [
    {
      path: ['pcns', index],
      message: required
        ? "must have the groupBy field as a non-empty string: the PCN's group"
        : "must have the groupNameBy field as a non-empty string, or none: the group's name",
    },
  ]);
}

/**
 * Plans link worker capacity for many PCNs at once, with a subtotal row per group (per ICB, or any
 * field the PCNs carry) and the total, at one or more named referral rates side by side (the DES
 * rate and the rate observed nationally, say).
 *
 * Each figure is {@link planCaseload}'s, from the same unrounded sums: a subtotal is the plan of its
 * group's PCNs, the total the plan of them all. Where some PCNs have no WTE in post, a subtotal or the
 * total still shows the WTE in post that is known (`wteInPostKnown`), how many PCNs lack it
 * (`pcnsWithoutWteInPost`) and the gap over the PCNs that gave it (`gapOfKnown`); `wteInPost` and
 * `gap` are for the whole row and so `null` then, never a silent blank.
 *
 * @param options - The PCNs, the field to group by, its name field, the rates and people per worker.
 * @returns PCN rows with each group's subtotal after them, and the total; see {@link GroupedCaseloadPlanSchema}.
 * @throws {@link core!SocialPrescribingError} the codes of {@link planCaseload} for the PCNs, with their paths;
 * `caseload/invalid-options` for options that are not an object or an unknown option;
 * `caseload/invalid-group` for a bad `groupBy` or `groupNameBy`, or a PCN without a group;
 * `caseload/invalid-rates` for bad or repeated rates.
 * @see NWS Community of Practice – Role Mapping (North West Surrey, draft, 1 December 2022) for the DES rate; Bu F et al., The Lancet Public
 * Health (2025) for the observed rate (see {@link REFERRAL_RATES})
 * @category Grouped plans
 * @example
 * ```ts
 * import { planCaseloadByGroup, REFERRAL_RATES } from 'social-prescribing/caseload';
 *
 * const plan = planCaseloadByGroup({
 *   pcns: [
 *     { id: 'north', listSize: 42_000, linkWorkerWte: 2, borough: 'Riverside' },
 *     { id: 'south', listSize: 31_000, borough: 'Riverside' },
 *     { id: 'hill', listSize: 38_000, linkWorkerWte: 1, borough: 'Hillside' },
 *   ],
 *   groupBy: 'borough',
 *   rates: [REFERRAL_RATES.des, REFERRAL_RATES.observedEngland2023],
 * });
 * plan.rows.map((row) => `${row.kind} ${row.id}`);
 * //=> ['pcn north', 'pcn south', 'group Riverside', 'pcn hill', 'group Hillside']
 * const riverside = plan.rows[2];
 * [riverside.wteInPost, riverside.wteInPostKnown, riverside.pcnsWithoutWteInPost];
 * //=> [null, 2, 1]
 * riverside.rates.map((r) => [r.rate, r.wteNeeded, r.gapOfKnown]);
 * //=> [
 * //   ['des', { min: 3.5, max: 4.67 }, { min: 0.02, max: 0.69 }],
 * //   ['observed-england-2023', { min: 5.84, max: 5.84 }, { min: 1.36, max: 1.36 }],
 * // ]
 * planCaseloadByGroup({ pcns: [{ id: 'north', listSize: 42_000 }], groupBy: 'borough' });
 * //=> throws 'caseload/invalid-group'
 * ```
 */
export function planCaseloadByGroup(options: PlanCaseloadByGroupOptions): GroupedCaseloadPlan {
  const input = readOptions(options, 'planCaseloadByGroup');
  const unknown = unknownOptionIssues(input, KNOWN_OPTIONS);
  if (unknown.length > 0) throw new SocialPrescribingError('caseload/invalid-options', unknown);
  const raw = input.pcns;
  const pcns = (Array.isArray(raw) ? (raw as unknown[]).map(toPcnInput) : raw) as readonly PcnInput[];
  const perWorker = input.peoplePerWorkerPerYear as number | Range | undefined;
  // planCaseload checks every PCN (codes and paths as documented there) before anything else is read.
  planCaseload({ pcns, peoplePerWorkerPerYear: perWorker as number | Range });

  const rates = readRates(input.rates);
  const groupBy = readField(input.groupBy, 'groupBy');
  const groupNameBy = readField(input.groupNameBy, 'groupNameBy');
  const groups = new Map<string | null, { name: string | null; members: number[] }>();
  (raw as readonly object[]).forEach((pcn, index) => {
    const key = groupBy === null ? null : groupValue(pcn, groupBy, index, true);
    const name = groupNameBy === null ? null : groupValue(pcn, groupNameBy, index, false);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { name, members: [index] });
    else group.members.push(index);
  });

  const plans = rates.map((rate) => planCaseload({ pcns, rate: rate.rate, peoplePerWorkerPerYear: perWorker as number | Range }));
  const plan = (chosen: readonly PcnInput[], rate: Rate) =>
    planCaseload({ pcns: chosen, rate: rate.rate, peoplePerWorkerPerYear: perWorker as number | Range }).total;
  const summarise = (kind: 'group' | 'total', id: string, name: string | null, group: string | null, members: readonly number[]): GroupedPlanRow => {
    const chosen = members.map((index) => pcns[index] as PcnInput);
    const known = chosen.filter((pcn) => pcn.linkWorkerWte !== undefined);
    const all = rates.map((rate) => plan(chosen, rate));
    const ofKnown = known.length === 0 ? null : rates.map((rate) => plan(known, rate));
    const first = all[0] as CaseloadPlanRow;
    return {
      kind,
      id,
      name,
      group,
      pcns: chosen.length,
      listSize: first.listSize,
      wteInPost: first.wteInPost,
      wteInPostKnown: ofKnown === null ? 0 : ((ofKnown[0] as CaseloadPlanRow).wteInPost as number),
      pcnsWithoutWteInPost: chosen.length - known.length,
      rates: rates.map((rate, i) => {
        const row = all[i] as CaseloadPlanRow;
        return { rate: rate.id, expectedReferrals: row.expectedReferrals, wteNeeded: row.wteNeeded, gap: row.gap, gapOfKnown: ofKnown === null ? null : (ofKnown[i] as CaseloadPlanRow).gap };
      }),
    };
  };

  const rows: GroupedPlanRow[] = [];
  for (const [key, group] of groups) {
    for (const index of group.members) {
      const pcnRows = plans.map((whole) => whole.rows[index] as CaseloadPlanRow);
      const row = pcnRows[0] as CaseloadPlanRow;
      rows.push({
        kind: 'pcn',
        id: row.id,
        name: row.name,
        group: key,
        pcns: 1,
        listSize: row.listSize,
        wteInPost: row.wteInPost,
        wteInPostKnown: row.wteInPost ?? 0,
        pcnsWithoutWteInPost: row.wteInPost === null ? 1 : 0,
        rates: pcnRows.map((r, i) => ({
          rate: (rates[i] as Rate).id,
          expectedReferrals: r.expectedReferrals,
          wteNeeded: r.wteNeeded,
          gap: r.gap,
          gapOfKnown: r.gap,
        })),
      });
    }
    if (key !== null) rows.push(summarise('group', key, group.name, key, group.members));
  }
  return {
    groupBy,
    rates,
    peoplePerWorkerPerYear: toRange(perWorker ?? DEFAULT_PEOPLE_PER_WORKER_PER_YEAR),
    rows,
    total: summarise('total', 'total', null, null, pcns.map((_pcn, index) => index)),
  };
}

/** A checked number or range as a new range; adding 0 turns -0 into 0. */
function toRange(value: number | Range): Range {
  return typeof value === 'number' ? { min: value + 0, max: value + 0 } : { min: value.min + 0, max: value.max + 0 };
}

function readField(value: unknown, name: 'groupBy' | 'groupNameBy'): string | null {
  if (value === undefined) return null;
  const result = fieldName.safeParse(value);
  if (!result.success) throw new SocialPrescribingError('caseload/invalid-group', issuesFromZod(result.error.issues, [name]));
  return result.data;
}

function readRates(value: unknown): Rate[] {
  const result = PlanCaseloadByGroupOptionsSchema.shape.rates.safeParse(value === undefined ? [REFERRAL_RATES.des] : value);
  if (!result.success) throw new SocialPrescribingError('caseload/invalid-rates', issuesFromZod(result.error.issues, ['rates']));
  return (result.data as z.output<typeof ReferralRateSchema>[]).map((rate) => ({
    id: rate.id,
    label: rate.label,
    rate: toRange(rate.rate),
    source: rate.source ?? null,
  }));
}
