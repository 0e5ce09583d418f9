import type { ScreeningSummary } from './screeningSummary.js';
import { readScreening } from './screeningSummary.js';

/**
 * One flat table row of a screening summary: column name to a string or a number.
 *
 * @category Screening
 */
export type ScreeningTableRow = Record<string, string | number>;

/**
 * Flattens a screening summary into one row per scheme, for `console.table`, a data frame or
 * `formatCsv`: `schemeId`, `schemeName`, `people` (screened), `excluded`, `eligible`,
 * `needsInformation`, `ineligible`, then `missing.<fact>` for every fact missing for any scheme
 * (sorted; 0 where a scheme lacks none), so every row has the same columns.
 *
 * @param summary - A result of {@link summarizeScreening}.
 * @returns One row per scheme, in the summary's order.
 * @throws {@link core!SocialPrescribingError} `eligibility/invalid-screening` when `summary` is not a result of {@link summarizeScreening}.
 * @category Screening
 * @example
 * ```ts
 * import { schemes, screeningToRows, summarizeScreening } from 'social-prescribing/eligibility';
 *
 * const summary = summarizeScreening(
 *   [schemes.communitiesPreventionCoordinator, schemes.waysToWellness],
 *   [{ age: 50, residence: { borough: 'Woking' } }, { age: 17 }],
 *   { referredOn: '2025-06-01' },
 * );
 * screeningToRows(summary);
 * //=> [
 * //   { schemeId: 'communities-prevention-coordinator', schemeName: 'Communities and prevention coordinator (North West Surrey)', people: 2, excluded: 0, eligible: 1, needsInformation: 0, ineligible: 1, 'missing.conditions': 0, 'missing.scheme.area': 0 },
 * //   { schemeId: 'ways-to-wellness', schemeName: 'Ways to Wellness (Newcastle)', people: 2, excluded: 0, eligible: 0, needsInformation: 1, ineligible: 1, 'missing.conditions': 1, 'missing.scheme.area': 1 },
 * // ]
 * screeningToRows({ ...summary, people: -1 });
 * //=> throws 'eligibility/invalid-screening'
 * ```
 */
export function screeningToRows(summary: ScreeningSummary): ScreeningTableRow[] {
  const checked = readScreening(summary);
  const facts = [...new Set(checked.schemes.flatMap((scheme) => scheme.missing.map((m) => m.fact)))].sort();
  return checked.schemes.map((scheme) => {
    const row: ScreeningTableRow = {
      schemeId: scheme.schemeId,
      schemeName: scheme.schemeName,
      people: checked.people,
      excluded: checked.excluded,
      eligible: scheme.eligible,
      needsInformation: scheme.needsInformation,
      ineligible: scheme.ineligible,
    };
    for (const fact of facts) row[`missing.${fact}`] = scheme.missing.find((m) => m.fact === fact)?.people ?? 0;
    return row;
  });
}
