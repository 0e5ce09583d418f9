import { issuesFromZod, type ValidationIssue } from '../core/index.js';
import { ReferralSchema, type Referral } from './schema.js';

/**
 * The result of {@link validateReferral}: the parsed referral, or every issue
 * found in the record (path within the record and reason, never the value).
 *
 * @category Validation
 */
export type ReferralValidation =
  | { readonly ok: true; readonly value: Referral }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * Validates one untrusted referral record (a form post, a message off a queue)
 * and returns the parsed {@link Referral} or the library's issues, each with its
 * path within the record and a reason that never echoes the value. It never
 * throws: anything, even `undefined`, gives a result.
 *
 * The same check as {@link validateReferrals} (which runs it on every record of a
 * bulk load) and {@link ReferralSchema}: unknown keys are dropped, missing lists
 * default to empty, and an `id` that could be an NHS number is refused.
 *
 * @param value - The untrusted record.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 * @category Validation
 * @example
 * ```ts
 * import { validateReferral } from 'social-prescribing/referrals';
 *
 * const good = validateReferral({ id: 'R-0001', referredOn: '2025-04-01', source: 'gp-practice', name: 'dropped' });
 * good.ok ? [good.value.id, good.value.needs, 'name' in good.value] : null;
 * //=> ['R-0001', [], false]
 * validateReferral({ id: '943 476 5919', referredOn: '2025-02-30', source: 'gp-practice' });
 * //=> { ok: false, issues: [
 * //     { path: ['id'], message: 'must be a pseudonymous key: it holds 10 digits that pass the NHS number check digit' },
 * //     { path: ['referredOn'], message: 'must be a real calendar date written YYYY-MM-DD' },
 * //   ] }
 * validateReferral(undefined);
 * //=> { ok: false, issues: [{ path: [], message: 'is required' }] }
 * ```
 */
export function validateReferral(value: unknown): ReferralValidation {
  const parsed = ReferralSchema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: issuesFromZod(parsed.error.issues) };
}
