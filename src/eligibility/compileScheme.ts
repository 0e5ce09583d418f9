import { decisionOf, type EligibilityDecision } from './checkEligibility.js';
import { emptyFacts, readFacts } from './facts.js';
import { prepareScheme } from './prepare.js';
import type { EligibilityReferral, Person, Scheme } from './schemas.js';

/**
 * A compiled scheme: decides one person and referral without building explanations.
 *
 * @category Types
 */
export type CompiledScheme = (person: Person, referral: EligibilityReferral) => EligibilityDecision;

/**
 * Compiles a scheme into a fast function that gives the same decision as
 * {@link checkEligibility} without building the explanation tree, for bulk use
 * (screening a practice list of 50,000 patients).
 *
 * The scheme is validated once, here. Each call still validates the person and the
 * referral (cheaply, without zod) and throws the same errors as {@link checkEligibility}.
 *
 * @param scheme - The scheme to compile.
 * @returns `(person, referral) => decision`.
 * @throws {@link core!SocialPrescribingError} the codes of {@link defineScheme} (when compiling) and of
 * {@link checkEligibility} (when called).
 * @category Decisions
 * @example
 * ```ts
 * import { compileScheme, schemes } from 'social-prescribing/eligibility';
 *
 * const decide = compileScheme(schemes.nwSurreyWellbeingCoordinator);
 * const referral = { referredOn: '2025-06-01', source: 'gp-practice' };
 * decide({ age: 70, residence: { borough: 'Woking' } }, referral);
 * //=> 'eligible'
 * decide({ age: 50, conditions: [], residence: { borough: 'Woking' } }, referral);
 * //=> 'ineligible'
 * decide({ age: 50, residence: { borough: 'Woking' } }, referral);
 * //=> 'needs-information'
 * ```
 */
export function compileScheme(scheme: Scheme): CompiledScheme {
  const decide = prepareScheme(scheme).criteria.decide;
  // One scratch facts object per compiled scheme: a call fills it, decides and is done with it.
  const scratch = emptyFacts();
  return (person, referral) => decisionOf(decide(readFacts(person, referral, scratch)));
}
