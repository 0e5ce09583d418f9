import { SocialPrescribingError, type Range } from '../core/index.js';
import { DEFAULT_PEOPLE_PER_WORKER_PER_YEAR, DEFAULT_REFERRAL_RATE } from './defaults.js';
import { expectedReferralsExact } from './expectedReferrals.js';
import { linkWorkersNeededExact } from './linkWorkersNeeded.js';
import { readOptions, roundTo, startChecks } from './validate.js';

/**
 * One Primary Care Network to plan for.
 *
 * @category Caseload
 */
export interface PcnInput {
  /** Your identifier for the PCN (unique within the plan). */
  readonly id: string;
  /** Display name. */
  readonly name?: string;
  /** Registered patients: a number, or a range when only a band is known. */
  readonly listSize: number | Range;
  /** Link worker WTE already in post in this PCN. */
  readonly linkWorkerWte?: number;
}

/**
 * Options of {@link planCaseload}.
 *
 * @category Caseload
 */
export interface PlanCaseloadOptions {
  /** The PCNs to plan for, at least one. */
  readonly pcns: readonly PcnInput[];
  /** Share of the list referred a year. Default 1.2–1.6%. */
  readonly rate?: number | Range;
  /** People per WTE link worker a year. Default 250. */
  readonly peoplePerWorkerPerYear?: number | Range;
  /**
   * WTE in post across all the PCNs, when funding is held centrally (Sefton: 7.5 for 7 PCNs).
   * When given, the total row's gap uses it; otherwise the sum of the PCNs' `linkWorkerWte`.
   */
  readonly wteInPost?: number;
}

/**
 * One row of a caseload plan: a PCN, or the total.
 *
 * @category Caseload
 */
export interface CaseloadPlanRow {
  /** The PCN id, or `'total'`. */
  readonly id: string;
  /** The PCN name, or `null` when none was given. */
  readonly name: string | null;
  /** Registered patients. */
  readonly listSize: Range;
  /** People referred a year, whole people. */
  readonly expectedReferrals: Range;
  /** WTE link workers needed, to 2 decimal places. */
  readonly wteNeeded: Range;
  /** WTE in post, or `null` when not known. */
  readonly wteInPost: number | null;
  /** `wteNeeded - wteInPost`: positive is a shortfall, negative a surplus; `null` when the WTE in post is not known. */
  readonly gap: Range | null;
}

/**
 * A caseload plan: a row per PCN and a total row.
 *
 * @category Caseload
 */
export interface CaseloadPlan {
  readonly rows: readonly CaseloadPlanRow[];
  readonly total: CaseloadPlanRow;
}

/**
 * Plans link worker capacity for a set of Primary Care Networks: expected referrals,
 * WTE needed, WTE in post and the gap, per PCN and in total.
 *
 * Totals are computed from unrounded figures, then rounded, so the total row can
 * differ from the sum of the rounded rows by a rounding unit.
 *
 * @param options - The PCNs and, optionally, the rate, caseload per worker and WTE in post overall.
 * @returns A row per PCN, in input order, and the total.
 * @throws {@link core!SocialPrescribingError} `caseload/invalid-options` when `pcns` is empty or not an array;
 * `caseload/invalid-pcn-id` for a missing or repeated id; and the codes of {@link expectedReferrals} and
 * {@link linkWorkersNeeded}, with paths such as `['pcns', 2, 'listSize']`.
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019) (7.5 link workers for 7 PCNs of 30–50k patients)
 * @category Caseload
 * @example
 * ```ts
 * import { planCaseload } from 'social-prescribing/caseload';
 *
 * const plan = planCaseload({
 *   pcns: [
 *     { id: 'north', listSize: 42_000, linkWorkerWte: 2 },
 *     { id: 'south', listSize: 31_000, linkWorkerWte: 1 },
 *   ],
 * });
 * plan.rows[0].wteNeeded;
 * //=> { min: 2.02, max: 2.69 }
 * plan.total.gap;
 * //=> { min: 0.5, max: 1.67 }
 * ```
 */
export function planCaseload(options: PlanCaseloadOptions): CaseloadPlan {
  const input = readOptions(options, 'planCaseload', ['pcns', 'rate', 'peoplePerWorkerPerYear', 'wteInPost']);
  if (!Array.isArray(input.pcns) || input.pcns.length === 0) {
    throw new SocialPrescribingError('caseload/invalid-options', [{ path: ['pcns'], message: 'must be a non-empty array of PCNs' }]);
  }
  // Every bad value of the plan is reported together: each check records its issue and goes on.
  const checks = startChecks();
  const rate = checks.range(input.rate ?? DEFAULT_REFERRAL_RATE, ['rate'], 'rate');
  const perWorker = checks.range(input.peoplePerWorkerPerYear ?? DEFAULT_PEOPLE_PER_WORKER_PER_YEAR, ['peoplePerWorkerPerYear'], 'people-per-worker');
  const overall = input.wteInPost === undefined ? null : checks.range(input.wteInPost, ['wteInPost'], 'wte').min;
  const seen = new Set<string>();
  // An index loop, not map: a hole in a sparse array is a missing PCN, which map would skip.
  const pcns: { id: string; name: string | null; listSize: Range; inPost: number | null }[] = [];
  for (let index = 0; index < input.pcns.length; index++) {
    const raw: unknown = (input.pcns as unknown[])[index];
    const at = ['pcns', index];
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      checks.fail('caseload/invalid-options', at, 'must be a PCN object');
      continue;
    }
    const pcn = raw as Record<string, unknown>;
    const id = pcn.id;
    if (typeof id !== 'string' || id.length === 0 || seen.has(id)) {
      checks.fail('caseload/invalid-pcn-id', [...at, 'id'], 'must be a non-empty string, unique within the plan');
    } else seen.add(id);
    const name = pcn.name === undefined ? null : pcn.name;
    if (name !== null && typeof name !== 'string') checks.fail('caseload/invalid-options', [...at, 'name'], 'must be a string');
    const listSize = checks.range(pcn.listSize, [...at, 'listSize'], 'list-size');
    const inPost = pcn.linkWorkerWte === undefined ? null : checks.range(pcn.linkWorkerWte, [...at, 'linkWorkerWte'], 'wte').min;
    pcns.push({ id: id as string, name: name as string | null, listSize, inPost });
  }
  checks.done();
  const total = { listMin: 0, listMax: 0, refMin: 0, refMax: 0, wteMin: 0, wteMax: 0, inPost: 0, allInPostKnown: true };
  const rows = pcns.map(({ id, name, listSize, inPost }): CaseloadPlanRow => {
    const referrals = expectedReferralsExact({ listSize, rate });
    const wte = linkWorkersNeededExact({ referralsPerYear: referrals, peoplePerWorkerPerYear: perWorker });
    total.listMin += listSize.min;
    total.listMax += listSize.max;
    total.refMin += referrals.min;
    total.refMax += referrals.max;
    total.wteMin += wte.min;
    total.wteMax += wte.max;
    if (inPost === null) total.allInPostKnown = false;
    else total.inPost += inPost;
    return makeRow(id, name, listSize, referrals, wte, inPost);
  });
  const totalInPost = overall ?? (total.allInPostKnown ? total.inPost : null);
  return {
    rows,
    total: makeRow(
      'total',
      null,
      { min: total.listMin, max: total.listMax },
      { min: total.refMin, max: total.refMax },
      { min: total.wteMin, max: total.wteMax },
      totalInPost,
    ),
  };
}

function makeRow(id: string, name: string | null, listSize: Range, referrals: Range, wte: Range, inPost: number | null): CaseloadPlanRow {
  return {
    id,
    name,
    listSize,
    expectedReferrals: { min: roundTo(referrals.min, 0), max: roundTo(referrals.max, 0) },
    wteNeeded: { min: roundTo(wte.min, 2), max: roundTo(wte.max, 2) },
    wteInPost: inPost === null ? null : roundTo(inPost, 2),
    gap: inPost === null ? null : { min: roundTo(wte.min - inPost, 2), max: roundTo(wte.max - inPost, 2) },
  };
}
