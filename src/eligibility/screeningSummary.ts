/**
 * The zod schema of a screening summary, the single source of its types, and reading a summary
 * given to an output function.
 *
 * @module
 */
import * as z from 'zod';
import { issuesFromZod, SocialPrescribingError } from '../core/index.js';


/**
 * Zod schema of a result of {@link summarizeScreening}: the referral the people were screened for,
 * how many were screened and excluded (with each rejected record's index, code, path and reason),
 * and per scheme the decisions and the missing facts behind the `needs-information` ones.
 *
 * @category Screening
 * @example
 * ```ts
 * import { ScreeningSummarySchema, schemes, summarizeScreening } from 'social-prescribing/eligibility';
 *
 * ScreeningSummarySchema.safeParse(summarizeScreening([schemes.waysToWellness], [{ age: 50 }], { referredOn: '2025-06-01' })).success;
 * //=> true
 * ScreeningSummarySchema.safeParse({ schemes: [] }).success;
 * //=> false
 * ```
 */
export const ScreeningSummarySchema = /* @__PURE__ */ (() => {
  // A whole number, 0 or more; -0 is read as 0, so no output echoes it.
  const count = z.number().int().min(0).transform((value) => value + 0);
  return z.strictObject({
    /** The referral every person was screened for. */
    referral: z.strictObject({ referredOn: z.string(), source: z.string().nullable() }),
    /** People screened (valid records). */
    people: count,
    /** Records not screened because they are not valid persons. */
    excluded: count,
    /** Each problem of each excluded record: its index in the input, the error code, the path and the rule (never the value). */
    rejected: z.array(
      z.strictObject({ index: count, code: z.string(), path: z.array(z.union([z.string(), z.number()])), message: z.string() }),
    ),
    /** Per scheme, in the order given: its decisions and, for `needs-information`, the facts missing and how many people lack each. */
    schemes: z.array(
      z.strictObject({
        schemeId: z.string(),
        schemeName: z.string(),
        eligible: count,
        needsInformation: count,
        ineligible: count,
        /** Facts missing (such as `conditions`, `residence.borough`), most often missing first, with how many people lack each. */
        missing: z.array(z.strictObject({ fact: z.string(), people: count })),
      }),
    ),
  });
})();

/**
 * A screening summary (see {@link ScreeningSummarySchema}).
 *
 * @category Screening
 */
export type ScreeningSummary = z.infer<typeof ScreeningSummarySchema>;

/**
 * Parses `summary` with {@link ScreeningSummarySchema}, throwing `eligibility/invalid-screening` with
 * every issue (paths from `summary`) when it is not a result of `summarizeScreening`.
 *
 * @example
 * ```ts
 * import { readScreening } from './screeningSummary.js';
 *
 * readScreening({ referral: { referredOn: '2025-06-01', source: null }, people: 0, excluded: 0, rejected: [], schemes: [] }).people;
 * //=> 0
 * readScreening({ people: -1 });
 * //=> throws 'eligibility/invalid-screening'
 * ```
 */
export function readScreening(summary: unknown): ScreeningSummary {
  const result = ScreeningSummarySchema.safeParse(summary);
  if (!result.success) throw new SocialPrescribingError('eligibility/invalid-screening', issuesFromZod(result.error.issues, ['summary']));
  return result.data;
}
