import type { EligibilityCheck } from './engine.js';
import { MET, UNKNOWN } from './engine.js';
import { readFacts, type Facts } from './facts.js';
import { prepareScheme, type Prepared } from './prepare.js';
import type { EligibilityReferral, Person, Scheme } from './schemas.js';

/**
 * The decision on one person for one scheme: `eligible`, `ineligible`, or
 * `needs-information` when facts the rules need are missing.
 *
 * @category Types
 */
export type EligibilityDecision = 'eligible' | 'ineligible' | 'needs-information';

/**
 * The result of {@link checkEligibility}: the decision, the explained tree of checks
 * and the facts that would settle a `needs-information` decision.
 *
 * @category Types
 */
export interface EligibilityResult {
  /** The scheme's id. */
  readonly schemeId: string;
  /** The scheme's name. */
  readonly schemeName: string;
  /** `eligible` when the criteria are met, `ineligible` when not, `needs-information` when unknown. */
  readonly decision: EligibilityDecision;
  /** The root check, with the checks of every nested criterion. */
  readonly checks: EligibilityCheck;
  /**
   * Facts that would settle the decision when it is `needs-information` (empty
   * otherwise): person fields such as `birthDate`, `conditions`, `registeredPractice`,
   * `pcn`, `residence.ward`, `flags.<name>`, the referral's `referral.source`, or
   * `scheme.area` when a preset's area has not been set with {@link withArea}.
   * `birthDate` is settled by `age` too.
   */
  readonly missing: readonly string[];
}

/** The decision that a root truth value stands for. */
export function decisionOf(truth: number): EligibilityDecision {
  return truth === MET ? 'eligible' : truth === UNKNOWN ? 'needs-information' : 'ineligible';
}

/**
 * Whether a person can be referred to a scheme, and why.
 *
 * Every criterion gives `met`, `not-met` or `unknown` (a fact it needs is missing)
 * with a plain-English reason; `all`, `any` and `not` combine them with three-valued
 * (Kleene) logic, so a missing fact never becomes a guess: `all` fails when any part
 * fails, `any` holds when any part holds, and otherwise an unknown part makes the
 * whole unknown. Age is whole years on `referral.referredOn`, from `birthDate` or `age`
 * (a 29 February birthday is reached on 1 March in common years). A `referralSource`
 * rule applies only to referrals made within its `from`–`to` dates.
 *
 * @param scheme - A scheme (validated on first use, then cached by object).
 * @param person - What is known about the person; absent fields are unknown.
 * @param referral - The referral date and, optionally, who referred.
 * @returns The decision, the tree of checks and the missing facts.
 * @throws {@link core!SocialPrescribingError} `eligibility/invalid-person` for a malformed field (path such as
 * `['birthDate']`, never the value); `eligibility/inconsistent-age` when `age` and `birthDate` disagree on the
 * referral date; `eligibility/invalid-referral` for a bad `referredOn` or `source`; the codes of {@link defineScheme}.
 * @see Social prescribing models in the UK (untitled table, undated), Ways to Wellness: "for people with certain long-term
 * health conditions, aged 40 to 74"
 * @category Decisions
 * @example
 * ```ts
 * import { checkEligibility, schemes, withArea } from 'social-prescribing/eligibility';
 *
 * const wtw = withArea(schemes.waysToWellness, ['A86001', 'A86003']);
 * const result = checkEligibility(
 *   wtw,
 *   { birthDate: '1986-02-10', conditions: ['diabetes-type-2'], registeredPractice: 'A86001' },
 *   { referredOn: '2025-06-01' },
 * );
 * result.decision;
 * //=> 'ineligible'
 * result.checks.checks[0].reason;
 * //=> 'aged 39 on 2025-06-01; the scheme takes 40 to 74'
 * checkEligibility(wtw, { age: 50, conditions: ['copd'] }, { referredOn: '2025-06-01' }).missing;
 * //=> ['registeredPractice']
 * checkEligibility(wtw, { birthDate: '1986-02-30' }, { referredOn: '2025-06-01' });
 * //=> throws 'eligibility/invalid-person'
 * ```
 */
export function checkEligibility(scheme: Scheme, person: Person, referral: EligibilityReferral): EligibilityResult {
  const prepared = prepareScheme(scheme);
  return explainScheme(prepared, readFacts(person, referral));
}

/** The explained result of a prepared scheme for facts already read. */
export function explainScheme(prepared: Prepared, facts: Facts): EligibilityResult {
  const root = prepared.criteria.explain(facts);
  const truth = root.status === 'met' ? MET : root.status === 'unknown' ? UNKNOWN : 0;
  return {
    schemeId: prepared.scheme.id,
    schemeName: prepared.scheme.name,
    decision: decisionOf(truth),
    checks: root,
    missing: root.missing,
  };
}
