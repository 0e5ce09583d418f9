/** Helpers shared by the eligibility scenario tests of each seed document. */
import { checkEligibility, type EligibilityReferral, type Person, type Scheme } from '../../src/eligibility/index.js';

/** A referral on 2 June 2025, from `source` when given. */
export const on = (source?: string): EligibilityReferral => (source === undefined ? { referredOn: '2025-06-02' } : { referredOn: '2025-06-02', source });

/** The decision, and the reason of the check at `path` (indexes into nested `checks`). */
export function decide(scheme: Scheme, person: Person, referral: EligibilityReferral, ...path: number[]) {
  const result = checkEligibility(scheme, person, referral);
  let check = result.checks;
  for (const i of path) check = check.checks[i] ?? check;
  return { decision: result.decision, reason: check.reason, missing: result.missing };
}
