import type { EligibilityResult } from './checkEligibility.js';
import type { EligibilityCheck } from './engine.js';

const MARK = { met: 'met', 'not-met': 'not met', unknown: 'unknown' } as const;

/**
 * Writes an eligibility result as indented plain text: the decision, every check with
 * its status, label and reason, and the facts still missing. For a referral form, a
 * case note or a terminal.
 *
 * @param result - A result of {@link checkEligibility} or {@link findEligibleSchemes}.
 * @returns Lines separated by `\n`, without a trailing newline.
 * @category Decisions
 * @example
 * ```ts
 * import { checkEligibility, formatEligibility, schemes } from 'social-prescribing/eligibility';
 *
 * const result = checkEligibility(
 *   schemes.communitiesPreventionCoordinator,
 *   { age: 17, residence: { borough: 'Woking' } },
 *   { referredOn: '2025-06-01' },
 * );
 * formatEligibility(result).split('\n');
 * //=> [
 * //   'Communities and prevention coordinator (North West Surrey): ineligible',
 * //   '- not met: 1 of 2 required criteria not met',
 * //   '  - not met (aged 18 or over): aged 17 on 2025-06-01; the scheme takes 18 or over',
 * //   '  - met: lives in borough Woking; the scheme covers Woking, Runnymede, Spelthorne or Surrey Heath',
 * // ]
 * ```
 */
export function formatEligibility(result: EligibilityResult): string {
  const lines = [`${result.schemeName}: ${result.decision}`];
  const write = (check: EligibilityCheck, depth: number): void => {
    const label = check.label === null ? '' : ` (${check.label})`;
    lines.push(`${'  '.repeat(depth)}- ${MARK[check.status]}${label}: ${check.reason}`);
    for (const child of check.checks) write(child, depth + 1);
  };
  write(result.checks, 0);
  if (result.missing.length > 0) lines.push(`Missing: ${result.missing.join(', ')}`);
  return lines.join('\n');
}
