import { parseWithSchema, SocialPrescribingError } from '../core/index.js';
import { MAX_CRITERION_DEPTH } from './constants.js';
import { criterionDepth, SchemeSchema, type Scheme } from './schemas.js';

/**
 * Validates an eligibility scheme (from your code, a database or a JSON file) and
 * returns it typed as a {@link Scheme}.
 *
 * Criteria nest to any depth up to {@link MAX_CRITERION_DEPTH}; unknown kinds,
 * unknown fields, repeated values in a list (`anyOf`, `practices`, `pcns`, `days`)
 * and repeated criterion ids are rejected. Condition ids and referral sources outside
 * {@link CONDITION_IDS} and {@link REFERRAL_SOURCE_IDS} are accepted and stored
 * verbatim, with no warning, because services have their own. The result is plain
 * JSON: `JSON.parse(JSON.stringify(scheme))` gives an equal scheme.
 *
 * @param input - The scheme, untrusted.
 * @returns A new, validated scheme (unknown top-level fields are dropped).
 * @throws {@link core!SocialPrescribingError} `eligibility/too-deep` when criteria nest deeper than
 * {@link MAX_CRITERION_DEPTH} (checked without recursion); `eligibility/invalid-scheme` with a path
 * and a message for every other problem.
 * @category Schemes
 * @example
 * ```ts
 * import { defineScheme } from 'social-prescribing/eligibility';
 *
 * const scheme = defineScheme({
 *   id: 'adults-in-woking',
 *   name: 'Adults in Woking',
 *   criteria: {
 *     kind: 'all',
 *     of: [
 *       { kind: 'age', min: 18 },
 *       { kind: 'residentIn', areaType: 'borough', anyOf: ['Woking'] },
 *     ],
 *   },
 * });
 * scheme.criteria.kind;
 * //=> 'all'
 * defineScheme({ id: 'x', name: 'X', criteria: { kind: 'postcode', anyOf: ['GU21'] } });
 * //=> throws 'eligibility/invalid-scheme'
 * ```
 */
export function defineScheme(input: unknown): Scheme {
  if (typeof input === 'object' && input !== null && 'criteria' in input) {
    const depth = criterionDepth(input.criteria, MAX_CRITERION_DEPTH);
    if (depth > MAX_CRITERION_DEPTH) {
      throw new SocialPrescribingError('eligibility/too-deep', [
        { path: ['criteria'], message: `nests criteria deeper than the limit of ${MAX_CRITERION_DEPTH} levels` },
      ]);
    }
  }
  // A scheme is written in code: a misspelt field (nmae) is named, never silently dropped.
  return parseWithSchema(SchemeSchema, input, 'eligibility/invalid-scheme', { options: true });
}
