import { issuesFromZod, SocialPrescribingError, type IsoDate } from '../core/index.js';
import {
  checkEligibility,
  EligibilityReferralSchema,
  PersonSchema,
  type EligibilityDecision,
  type EligibilityReferral,
  type EligibilityResult,
  type Person,
  type Scheme,
} from '../eligibility/index.js';
import { NEED_CATEGORIES, type NeedCategory } from '../referrals/index.js';
import type { AssurancePolicy } from './assurancePolicies.js';
import type { ProviderAssessment } from './assessProvider.js';
import { indexInternals, toIndex, type Decider, type DirectoryIndex } from './createDirectoryIndex.js';
import type { PlacesStatus } from './places.js';
import type { Service } from './schemas.js';
import { readOptions } from './validate.js';

/**
 * What {@link matchServices} is asked: who, referred when, with which needs.
 *
 * @category Matching
 */
export interface MatchServicesRequest {
  /** What is known about the person (the eligibility module's `Person`); absent fields are unknown. */
  readonly person: Person;
  /** The referral date and, optionally, who referred (the eligibility module's `EligibilityReferral`). */
  readonly referral: EligibilityReferral;
  /** The needs to find services for, at least one, each once. */
  readonly needs: readonly NeedCategory[];
  /** The date providers are assessed on, with an array only. Default `referral.referredOn`. */
  readonly asOf?: IsoDate;
  /** The assurance policy, with an array only. Default {@link assurancePolicies}`.sefton`. */
  readonly policy?: AssurancePolicy;
  /**
   * `'full'` (default) explains each eligibility decision with `checkEligibility`;
   * `'decision'` gives the decision only (`eligibility: null`), for bulk matching.
   */
  readonly detail?: 'full' | 'decision';
}

/**
 * One service found for a person, and why.
 *
 * @category Matching
 */
export interface ServiceMatch {
  /** The validated service. */
  readonly service: Service;
  /** The requested needs it addresses, in the order they were asked for. */
  readonly needs: readonly NeedCategory[];
  /** The eligibility decision; `eligible` for a service with no eligibility rules. */
  readonly decision: EligibilityDecision;
  /** The explained decision; `null` when the service has no rules (open to everyone) or with `detail: 'decision'`. */
  readonly eligibility: EligibilityResult | null;
  /** The provider's assurance on the assessment date. */
  readonly assurance: ProviderAssessment;
  /** Whether it has places, from its `availability`: `'available'`, `'full'` or `'unknown'` (none stated). */
  readonly places: PlacesStatus;
}

/**
 * Why a service that addresses a need was not offered.
 *
 * @category Matching
 */
export type MatchExclusionReason = 'unassured' | 'inactive' | 'ineligible' | 'full';

/**
 * A service that addresses a requested need but is not offered, with every reason.
 *
 * @category Matching
 */
export interface ExcludedServiceMatch extends ServiceMatch {
  /** Every reason it is not offered. */
  readonly reasons: readonly MatchExclusionReason[];
}

/**
 * The services for a person's needs.
 *
 * @category Matching
 */
export interface ServiceMatches {
  /** Active services with an assured provider that the person is eligible for, best first. */
  readonly matches: readonly ServiceMatch[];
  /** Active services with an assured provider where eligibility needs more facts (see `eligibility.missing`), best first. */
  readonly needsInformation: readonly ServiceMatch[];
  /** Services that address a requested need but are unassured, inactive, ineligible or full, best first. */
  readonly excluded: readonly ExcludedServiceMatch[];
  /** The requested needs no service in `matches` addresses. */
  readonly unmetNeeds: readonly NeedCategory[];
}

const NEED_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(NEED_CATEGORIES);

/** Every combination of exclusion reasons, indexed by unassured * 8 + inactive * 4 + ineligible * 2 + full, shared by all results. */
const REASONS: readonly (readonly MatchExclusionReason[])[] = /* @__PURE__ */ Array.from({ length: 16 }, (_, bits) => {
  const reasons: MatchExclusionReason[] = [];
  if (bits & 8) reasons.push('unassured');
  if (bits & 4) reasons.push('inactive');
  if (bits & 2) reasons.push('ineligible');
  if (bits & 1) reasons.push('full');
  return reasons;
});

function readNeeds(value: unknown): NeedCategory[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new SocialPrescribingError('directory/invalid-needs', [{ path: ['needs'], message: 'must be a non-empty array of need categories' }]);
  }
  const seen = new Set<string>();
  (value as readonly unknown[]).forEach((need, index) => {
    if (typeof need !== 'string' || !NEED_SET.has(need)) {
      throw new SocialPrescribingError('directory/invalid-needs', [{ path: ['needs', index], message: 'is not a need category' }]);
    }
    if (seen.has(need)) {
      throw new SocialPrescribingError('directory/invalid-needs', [{ path: ['needs', index], message: 'repeats a need category' }]);
    }
    seen.add(need);
  });
  return value as NeedCategory[];
}

/**
 * Finds the services that address a person's needs, ranked, with the reasons for each:
 * which needs it addresses, the eligibility decision and its explanation, and the
 * provider's assurance.
 *
 * A service is matched when it addresses at least one requested need, is active,
 * its provider is assured on the assessment date (see {@link assessProvider}) and
 * the person is eligible (a service with no `eligibility` scheme takes everyone).
 * When eligibility needs more facts the service goes to `needsInformation`. Every
 * other service that addresses a requested need goes to `excluded` with all its
 * reasons: an unassured provider is never dropped silently, nor ever matched.
 *
 * Places: every result says whether the service has places (`places`, from its
 * `availability`, see {@link ServiceAvailabilitySchema}): `'available'` when a
 * figure has a unit free, `'full'` when every stated figure is 0, `'unknown'`
 * when it states none. A full service is not offered: it goes to `excluded` with
 * the reason `'full'` (beside any other reason), so the link worker sees it and
 * can put the person on its waiting list. A service of unknown capacity is
 * offered, after the services with places that address as many needs.
 *
 * Ranking, in every list: more requested needs addressed first; then places
 * `'available'` before `'unknown'` (and `'full'`); then by name, then by id.
 *
 * For many people, build the index once with {@link createDirectoryIndex} and pass
 * it instead of the array (which is validated, assessed and compiled on every call);
 * with `detail: 'decision'` matching costs about what a hand-written loop over
 * compiled schemes costs.
 *
 * @param directory - The services, or an index from {@link createDirectoryIndex}.
 * @param request - The person, the referral, the needs and options.
 * @returns Matches, services needing more information, excluded services and unmet needs.
 * @throws {@link core!SocialPrescribingError} `directory/invalid-needs` for an empty, unknown or repeated need;
 * `directory/invalid-person` / `directory/invalid-referral` for a malformed person or referral (paths only);
 * the eligibility module's `eligibility/inconsistent-age` when `age` and `birthDate` disagree;
 * `directory/invalid-options` when `asOf` or `policy` is given with an index; and the codes of {@link createDirectoryIndex}.
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019): "ensure that any referrals made are to services that have
 * appropriate policies and procedures in place"
 * @category Matching
 * @example
 * ```ts
 * import { matchServices } from 'social-prescribing/directory';
 *
 * const held = { held: true, lastReviewed: '2025-01-10' };
 * const policy = { id: 'p', name: 'Safeguarding', policies: ['safeguarding'], insurances: [], reviewWithinMonths: 12 };
 * const directory = [
 *   { id: 'walk', name: 'Walk and Talk', organization: { id: 'o1' }, needs: ['social-isolation', 'physical-activity'],
 *     availability: [{ unit: 'place', available: 3, maximum: 15, updatedOn: '2025-05-30' }],
 *     assurance: { policies: { safeguarding: held } } },
 *   { id: 'lunch', name: 'Lunch Club', organization: { id: 'o2' }, needs: ['social-isolation'],
 *     eligibility: { id: 'over-65', name: 'Over 65', criteria: { kind: 'age', min: 65 } },
 *     assurance: { policies: { safeguarding: held } } },
 *   { id: 'choir', name: 'Community Choir', organization: { id: 'o3' }, needs: ['social-isolation'] },
 *   { id: 'shed', name: 'Men’s Shed', organization: { id: 'o4' }, needs: ['social-isolation'],
 *     availability: [{ unit: 'place', available: 0, maximum: 10, updatedOn: '2025-05-28' }],
 *     assurance: { policies: { safeguarding: held } } },
 * ];
 * const found = matchServices(directory, {
 *   person: { age: 70 },
 *   referral: { referredOn: '2025-06-01' },
 *   needs: ['social-isolation', 'physical-activity'],
 *   policy,
 * });
 * found.matches.map((m) => [m.service.id, m.needs.length, m.decision, m.places]);
 * //=> [['walk', 2, 'eligible', 'available'], ['lunch', 1, 'eligible', 'unknown']]
 * found.excluded.map((e) => [e.service.id, e.reasons, e.places]);
 * //=> [['choir', ['unassured'], 'unknown'], ['shed', ['full'], 'full']]
 * ```
 */
export function matchServices(directory: readonly Service[] | DirectoryIndex, request: MatchServicesRequest): ServiceMatches {
  const input = readOptions(request, 'matchServices');
  const needs = readNeeds(input.needs);
  const referralResult = EligibilityReferralSchema.safeParse(input.referral);
  if (!referralResult.success) {
    throw new SocialPrescribingError('directory/invalid-referral', issuesFromZod(referralResult.error.issues, ['referral']));
  }
  const personResult = PersonSchema.safeParse(input.person);
  if (!personResult.success) {
    throw new SocialPrescribingError('directory/invalid-person', issuesFromZod(personResult.error.issues, ['person']));
  }
  const person = input.person as Person;
  const referral = input.referral as EligibilityReferral;
  const detail = input.detail ?? 'full';
  if (detail !== 'full' && detail !== 'decision') {
    throw new SocialPrescribingError('directory/invalid-options', [{ path: ['detail'], message: "must be 'full' or 'decision'" }]);
  }
  if (!Array.isArray(directory) && (input.asOf !== undefined || input.policy !== undefined)) {
    throw new SocialPrescribingError('directory/invalid-options', [
      { path: [input.asOf !== undefined ? 'asOf' : 'policy'], message: 'is set by the index; leave it out when passing an index' },
    ]);
  }
  const index = toIndex(directory, input.asOf ?? referral.referredOn, input.policy);
  const scratch = indexInternals(index);
  const { deciders, byNeed, rankOrder, byRank, stamp, counts, places: placesByService } = scratch;

  // Candidates: services addressing at least one requested need, with how many.
  // Stamps stay within Int32: after call 2,000,000,000 numbering restarts at 1, and the old
  // stamps are cleared so that one left by an earlier call 1 is not taken for this call's.
  if (scratch.call === 2_000_000_000) {
    stamp.fill(0);
    scratch.call = 0;
  }
  const call = ++scratch.call;
  const found: number[] = [];
  for (const need of needs) {
    for (const i of byNeed.get(need) ?? []) {
      if (stamp[i] === call) counts[i] = (counts[i] as number) + 1;
      else {
        stamp[i] = call;
        counts[i] = 1;
        found.push(i);
      }
    }
  }
  // Rank with one numeric key: more needs addressed first, then places available before
  // unknown or full, then the name-and-id order.
  const size = index.services.length;
  const keys = new Float64Array(found.length);
  for (let k = 0; k < found.length; k++) {
    const i = found[k] as number;
    const tier = placesByService[i] === 'available' ? 0 : 1;
    keys[k] = ((needs.length - (counts[i] as number)) * 2 + tier) * size + (rankOrder[i] as number);
  }
  keys.sort();

  // Shared read-only arrays for the common cases: every requested need, or just one of them.
  const allNeeds: readonly NeedCategory[] = [...needs];
  const single: readonly (readonly NeedCategory[])[] = needs.map((need) => [need]);
  const matches: ServiceMatch[] = [];
  const needsInformation: ServiceMatch[] = [];
  const excluded: ExcludedServiceMatch[] = [];
  const unmet = new Set<NeedCategory>(needs);
  for (const key of keys) {
    const i = byRank[key % size] as number;
    const service = index.services[i] as Service;
    const assurance = index.assessments[i] as ProviderAssessment;
    // One decider per service: null exactly when the service has no eligibility scheme.
    const decide = deciders[i] as Decider;
    let eligibility: EligibilityResult | null = null;
    let decision: EligibilityDecision;
    if (decide === null) decision = 'eligible';
    else if (detail === 'full') {
      eligibility = checkEligibility(service.eligibility as Scheme, person, referral);
      decision = eligibility.decision;
    } else decision = decide(person, referral);
    const count = counts[i] as number;
    const addressed =
      count === needs.length
        ? allNeeds
        : count === 1
          ? (single[needs.findIndex((need) => service.needs.includes(need))] as readonly NeedCategory[])
          : needs.filter((need) => service.needs.includes(need));
    const active = service.status === undefined || service.status === 'active';
    const places = placesByService[i] as PlacesStatus;
    if (assurance.assured && active && decision !== 'ineligible' && places !== 'full') {
      const match: ServiceMatch = { service, needs: addressed, decision, eligibility, assurance, places };
      if (decision === 'eligible') {
        matches.push(match);
        for (const need of addressed) unmet.delete(need);
      } else needsInformation.push(match);
    } else {
      const reasons = REASONS[
        (assurance.assured ? 0 : 8) + (active ? 0 : 4) + (decision === 'ineligible' ? 2 : 0) + (places === 'full' ? 1 : 0)
      ] as readonly MatchExclusionReason[];
      excluded.push({ service, needs: addressed, decision, eligibility, assurance, places, reasons });
    }
  }
  return { matches, needsInformation, excluded, unmetNeeds: needs.filter((need) => unmet.has(need)) };
}
