import { SocialPrescribingError, unknownOptionIssues, withPathPrefix, type ValidationIssue } from '../core/index.js';
import { decisionOf, explainScheme } from './checkEligibility.js';
import { emptyFacts, readFacts } from './facts.js';
import { prepareScheme } from './prepare.js';
import type { EligibilityReferral, Person, Scheme } from './schemas.js';
import type { ScreeningSummary } from './screeningSummary.js';

/**
 * Options of {@link summarizeScreening}.
 *
 * @category Screening
 */
export interface ScreeningOptions {
  /** Called with the people read so far every `progressEvery` people (default 10,000) and once at the end. */
  readonly onProgress?: (progress: { readonly peopleRead: number }) => void;
  /** People between two `onProgress` calls (default 10,000). */
  readonly progressEvery?: number;
}

function checkScreeningOptions(options: unknown): { onProgress: NonNullable<ScreeningOptions['onProgress']> | null; progressEvery: number } {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new SocialPrescribingError('eligibility/invalid-options', [{ path: ['options'], message: 'must be an options object' }]);
  }
  const o = options as Record<string, unknown>;
  const issues: ValidationIssue[] = unknownOptionIssues(o, ['onProgress', 'progressEvery'], ['options']);
  if (o['onProgress'] !== undefined && typeof o['onProgress'] !== 'function') issues.push({ path: ['options', 'onProgress'], message: 'must be a function' });
  const every = o['progressEvery'] ?? 10_000;
  if (typeof every !== 'number' || !Number.isSafeInteger(every) || every < 1) {
    issues.push({ path: ['options', 'progressEvery'], message: 'must be a whole number, 1 or more' });
  }
  if (issues.length > 0) throw new SocialPrescribingError('eligibility/invalid-options', issues);
  return { onProgress: (o['onProgress'] as ScreeningOptions['onProgress']) ?? null, progressEvery: every as number };
}

/**
 * Screens a list of people (a practice list, or {@link synthetic!generatePeople}'s synthetic one)
 * against schemes for one referral: per scheme, how many are eligible, ineligible or need more
 * information, and which facts are missing for the last, counted, so a service knows what to
 * record first. For tables, see {@link screeningToRows} and {@link screeningToMarkdown}.
 *
 * Decisions are {@link checkEligibility}'s. A record that is not a valid person (a birth date
 * that is not a date, an age that disagrees with the birth date) is not screened: it is counted
 * in `excluded` and each of its problems is listed in `rejected` with its index, code, path and
 * rule, never its value. People are read one at a time, so any iterable of any length will do.
 *
 * @param schemes - The schemes, at least one, with distinct ids.
 * @param people - The people: an array or any iterable.
 * @param referral - The referral date and, optionally, who refers.
 * @param options - `onProgress`, called every `progressEvery` people (default 10,000) and once at the end.
 * @returns The screening summary; see {@link ScreeningSummarySchema}.
 * @throws {@link core!SocialPrescribingError} `eligibility/invalid-scheme` when `schemes` is not a non-empty
 * array, or for a scheme that fails validation (path `['schemes', index, ...]`); `eligibility/duplicate-scheme-id`;
 * `eligibility/invalid-referral` (path `['referral', ...]`); `eligibility/invalid-people` when `people` is not iterable;
 * `eligibility/invalid-options` for a bad option (path `['options', ...]`).
 * @category Screening
 * @example
 * ```ts
 * import { schemes, summarizeScreening, withArea } from 'social-prescribing/eligibility';
 *
 * const summary = summarizeScreening(
 *   [withArea(schemes.waysToWellness, ['A86001'])],
 *   [
 *     { age: 52, conditions: ['copd'], registeredPractice: 'A86001' },
 *     { age: 52, registeredPractice: 'A86001' },
 *     { age: 30, conditions: [], registeredPractice: 'A86001' },
 *     { birthDate: '1970-02-30' },
 *   ],
 *   { referredOn: '2025-06-01' },
 * );
 * summary.schemes[0];
 * //=> {
 * //   schemeId: 'ways-to-wellness',
 * //   schemeName: 'Ways to Wellness (Newcastle)',
 * //   eligible: 1,
 * //   needsInformation: 1,
 * //   ineligible: 1,
 * //   missing: [{ fact: 'conditions', people: 1 }],
 * // }
 * [summary.people, summary.excluded, summary.rejected[0]?.path];
 * //=> [3, 1, ['birthDate']]
 * summarizeScreening([], [], { referredOn: '2025-06-01' });
 * //=> throws 'eligibility/invalid-scheme'
 * ```
 */
export function summarizeScreening(
  schemes: readonly Scheme[],
  people: Iterable<Person>,
  referral: EligibilityReferral,
  options: ScreeningOptions = {},
): ScreeningSummary {
  const { onProgress, progressEvery } = checkScreeningOptions(options);
  const list: unknown = schemes;
  if (!Array.isArray(list) || list.length === 0) {
    throw new SocialPrescribingError('eligibility/invalid-scheme', [{ path: ['schemes'], message: 'must be a non-empty array of schemes' }]);
  }
  const prepared = schemes.map((scheme, index) => withPathPrefix(['schemes', index], () => prepareScheme(scheme)));
  const seen = new Set<string>();
  prepared.forEach((p, index) => {
    if (seen.has(p.scheme.id)) {
      throw new SocialPrescribingError('eligibility/duplicate-scheme-id', [{ path: ['schemes', index, 'id'], message: 'repeats the id of an earlier scheme' }]);
    }
    seen.add(p.scheme.id);
  });
  const checked = withPathPrefix(['referral'], () => readFacts({}, referral));
  const given: unknown = people;
  if (typeof given !== 'object' || given === null || typeof (given as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') {
    throw new SocialPrescribingError('eligibility/invalid-people', [{ path: ['people'], message: 'must be an array or another iterable of persons' }]);
  }
  const tallies = prepared.map(() => ({ eligible: 0, needsInformation: 0, ineligible: 0, missing: new Map<string, number>() }));
  const rejected: ScreeningSummary['rejected'] = [];
  const scratch = emptyFacts();
  let index = 0;
  let screened = 0;
  let excluded = 0;
  for (const person of people) {
    let facts;
    try {
      facts = readFacts(person, referral, scratch);
    } catch (error) {
      if (!(error instanceof SocialPrescribingError)) throw error;
      for (const issue of error.issues) rejected.push({ index, code: error.code, path: [...issue.path], message: issue.message });
      excluded++;
      index++;
      if (onProgress !== null && index % progressEvery === 0) onProgress({ peopleRead: index });
      continue;
    }
    prepared.forEach((p, at) => {
      const tally = tallies[at] as (typeof tallies)[number];
      const decision = decisionOf(p.criteria.decide(facts));
      if (decision === 'eligible') tally.eligible++;
      else if (decision === 'ineligible') tally.ineligible++;
      else {
        tally.needsInformation++;
        for (const fact of explainScheme(p, facts).missing) tally.missing.set(fact, (tally.missing.get(fact) ?? 0) + 1);
      }
    });
    screened++;
    index++;
    if (onProgress !== null && index % progressEvery === 0) onProgress({ peopleRead: index });
  }
  if (onProgress !== null && index % progressEvery !== 0) onProgress({ peopleRead: index });
  return {
    referral: { referredOn: checked.referredOnText, source: checked.source },
    people: screened,
    excluded,
    rejected,
    schemes: prepared.map((p, at) => {
      const tally = tallies[at] as (typeof tallies)[number];
      return {
        schemeId: p.scheme.id,
        schemeName: p.scheme.name,
        eligible: tally.eligible,
        needsInformation: tally.needsInformation,
        ineligible: tally.ineligible,
        missing: [...tally.missing]
          .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)) // facts are distinct: never equal
          .map(([fact, count]) => ({ fact, people: count })),
      };
    }),
  };
}
