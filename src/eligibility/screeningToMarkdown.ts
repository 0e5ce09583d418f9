import type { ScreeningSummary } from './screeningSummary.js';
import { readScreening } from './screeningSummary.js';

/** A whole number with commas between thousands (fixed rules, no locale). */
const whole = (value: number): string => String(value).replace(/\B(?=(\d{3})+$)/g, ',');
const escape = (text: string): string => text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/[\r\n]+/g, ' ');

/**
 * Writes a screening summary as Markdown: a line saying how many people were screened for which
 * referral and how many records were excluded, then a table with a line per scheme: people
 * eligible, needing information and ineligible (each with its share of the people screened, to 1
 * decimal place), and the facts missing, most often missing first, with how many people lack each.
 *
 * @param summary - A result of {@link summarizeScreening}.
 * @returns The Markdown, ending with a newline.
 * @throws {@link core!SocialPrescribingError} `eligibility/invalid-screening` when `summary` is not a result of {@link summarizeScreening}.
 * @category Screening
 * @example
 * ```ts
 * import { schemes, screeningToMarkdown, summarizeScreening } from 'social-prescribing/eligibility';
 *
 * const summary = summarizeScreening(
 *   [schemes.communitiesPreventionCoordinator],
 *   [{ age: 50, residence: { borough: 'Woking' } }, { age: 17 }, { age: 70 }, { age: 'old' as never }],
 *   { referredOn: '2025-06-01', source: 'gp-practice' },
 * );
 * screeningToMarkdown(summary).split('\n');
 * //=> [
 * //   '3 people screened for a referral on 2025-06-01 from gp-practice; 1 record excluded as not a valid person.',
 * //   '',
 * //   '| scheme | eligible | needs information | ineligible | missing facts (people) |',
 * //   '| --- | ---: | ---: | ---: | --- |',
 * //   '| Communities and prevention coordinator (North West Surrey) | 1 (33.3%) | 1 (33.3%) | 1 (33.3%) | residence.borough (1) |',
 * //   '',
 * // ]
 * screeningToMarkdown(null as never);
 * //=> throws 'eligibility/invalid-screening'
 * ```
 */
export function screeningToMarkdown(summary: ScreeningSummary): string {
  const checked = readScreening(summary);
  const share = (n: number): string => (checked.people === 0 ? whole(n) : `${whole(n)} (${((n / checked.people) * 100).toFixed(1)}%)`);
  const source = checked.referral.source === null ? '' : ` from ${escape(checked.referral.source)}`;
  const lines = [
    `${whole(checked.people)} ${checked.people === 1 ? 'person' : 'people'} screened for a referral on ${escape(checked.referral.referredOn)}${source}; ` +
      `${whole(checked.excluded)} ${checked.excluded === 1 ? 'record' : 'records'} excluded as not a valid person.`,
    '',
    '| scheme | eligible | needs information | ineligible | missing facts (people) |',
    '| --- | ---: | ---: | ---: | --- |',
    ...checked.schemes.map(
      (scheme) =>
        `| ${escape(scheme.schemeName)} | ${share(scheme.eligible)} | ${share(scheme.needsInformation)} | ${share(scheme.ineligible)} | ${
          scheme.missing.length === 0 ? '–' : scheme.missing.map((m) => `${escape(m.fact)} (${whole(m.people)})`).join(', ')
        } |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
