import { SocialPrescribingError, withPathPrefix } from '../core/index.js';
import { explainScheme, type EligibilityResult } from './checkEligibility.js';
import { readFacts } from './facts.js';
import { prepareScheme } from './prepare.js';
import type { EligibilityReferral, Person, Scheme } from './schemas.js';

const RANK = { eligible: 0, 'needs-information': 1, ineligible: 2 } as const;

/**
 * Checks a person against many schemes: every scheme's {@link EligibilityResult},
 * eligible first, then needs-information, then ineligible, keeping the input order
 * within each group.
 *
 * @param schemes - The schemes to check, with distinct ids.
 * @param person - What is known about the person.
 * @param referral - The referral date and, optionally, who referred.
 * @returns One result per scheme, sorted by decision.
 * @throws {@link core!SocialPrescribingError} `eligibility/duplicate-scheme-id` when two schemes share an id
 * (path `[index, 'id']`); the codes of {@link checkEligibility} (a scheme's with its index in front of the path).
 * @see NWS Community of Practice – Role Mapping (North West Surrey Community of Practice, draft, 1 December 2022): the
 * role-mapping table this replaces
 * @category Decisions
 * @example
 * ```ts
 * import { findEligibleSchemes, schemes } from 'social-prescribing/eligibility';
 *
 * const results = findEligibleSchemes(
 *   [schemes.localAreaCoordinator, schemes.nwSurreyWellbeingCoordinator, schemes.communitiesPreventionCoordinator],
 *   { age: 72, conditions: [], residence: { borough: 'Runnymede' } },
 *   { referredOn: '2025-06-01', source: 'hospital' },
 * );
 * results.map((r) => [r.schemeId, r.decision]);
 * //=> [
 * //   ['nw-surrey-wellbeing-coordinator', 'eligible'],
 * //   ['communities-prevention-coordinator', 'eligible'],
 * //   ['local-area-coordinator', 'needs-information'],
 * // ]
 * ```
 */
export function findEligibleSchemes(
  schemes: readonly Scheme[],
  person: Person,
  referral: EligibilityReferral,
): EligibilityResult[] {
  const list: unknown = schemes;
  if (!Array.isArray(list)) {
    throw new SocialPrescribingError('eligibility/invalid-scheme', [{ path: [], message: 'must be an array of schemes' }]);
  }
  const facts = readFacts(person, referral); // read and validated once, for every scheme
  const seen = new Set<string>();
  const results = schemes.map((scheme, index) => {
    const result = explainScheme(withPathPrefix([index], () => prepareScheme(scheme)), facts);
    if (seen.has(result.schemeId)) {
      throw new SocialPrescribingError('eligibility/duplicate-scheme-id', [
        { path: [index, 'id'], message: 'repeats the id of an earlier scheme' },
      ]);
    }
    seen.add(result.schemeId);
    return result;
  });
  // Array.prototype.sort is stable, so the input order is kept within each decision.
  return results.sort((a, b) => RANK[a.decision] - RANK[b.decision]);
}
