import { SocialPrescribingError } from '../core/index.js';
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
 * @throws {@link core!SocialPrescribingError} `eligibility/invalid-result` when `result` is not shaped like a result of
 * {@link checkEligibility} (a missing or mistyped field, an unknown status).
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
 * formatEligibility({ ...result, checks: null } as never);
 * //=> throws 'eligibility/invalid-result'
 * ```
 */
export function formatEligibility(result: EligibilityResult): string {
  const given: unknown = result;
  const { schemeName, decision, checks, missing } = (typeof given === 'object' && given !== null ? given : {}) as Record<string, unknown>;
  if (typeof schemeName !== 'string' || typeof decision !== 'string') throw invalidResult();
  if (!Array.isArray(missing) || !missing.every((fact) => typeof fact === 'string')) throw invalidResult(['missing']);
  const lines = [`${schemeName}: ${decision}`];
  const write = (check: unknown, depth: number): void => {
    if (typeof check !== 'object' || check === null) throw invalidResult(['checks']);
    const { label, status, reason, checks: children } = check as Record<keyof EligibilityCheck, unknown>;
    if (typeof status !== 'string' || !Object.hasOwn(MARK, status) || (label !== null && typeof label !== 'string') || typeof reason !== 'string' || !Array.isArray(children)) {
      throw invalidResult(['checks']);
    }
    lines.push(`${'  '.repeat(depth)}- ${MARK[status as EligibilityCheck['status']]}${label === null ? '' : ` (${label})`}: ${reason}`);
    for (const child of children as unknown[]) write(child, depth + 1);
  };
  try {
    write(checks, 0);
  } catch (error) {
    // A check tree nested past the stack's depth is not a result checkEligibility can give.
    if (error instanceof SocialPrescribingError) throw error;
    throw invalidResult(['checks']);
  }
  if (missing.length > 0) lines.push(`Missing: ${missing.join(', ')}`);
  return lines.join('\n');
}

function invalidResult(path: readonly string[] = []): SocialPrescribingError {
  return new SocialPrescribingError('eligibility/invalid-result', [
    { path: ['result', ...path], message: 'is not an eligibility result: pass a result of checkEligibility or findEligibleSchemes' },
  ]);
}
