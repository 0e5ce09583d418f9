import { SocialPrescribingError } from '../core/index.js';
import { isIterable } from './lifecycle.js';
import { validateReferral, type ReferralValidation } from './validateReferral.js';

/**
 * The result for one input record of {@link validateReferrals}: the parsed
 * referral, or every issue found in it (path within the record and reason,
 * never the value).
 *
 * @category Validation
 */
export type ReferralValidationResult = { readonly index: number } & ReferralValidation;

/**
 * Validates referral records one at a time, yielding one result per input, in
 * input order, so that a load of 100,000 spreadsheet rows reports every bad row
 * (its index, and each issue's path and reason) and loses none.
 *
 * Each record gets the check of {@link validateReferral}. Runs lazily: it reads
 * the next record only when the next result is asked for, so memory does not
 * grow with the input. Issue messages never echo the
 * record's values, so they can be logged.
 *
 * @param records - Any iterable of untrusted records (an array, a generator over CSV rows, ...).
 * @returns A generator of `{ index, ok: true, value }` or `{ index, ok: false, issues }`.
 * @throws {@link core!SocialPrescribingError} `referrals/invalid-input` when `records` is not iterable
 * (thrown by the generator's first `next()`).
 * @category Validation
 * @example
 * ```ts
 * import { validateReferrals } from 'social-prescribing/referrals';
 *
 * const rows = [
 *   { id: 'R-0001', referredOn: '2025-04-01', source: 'gp-practice' },
 *   { id: 'R-0002', referredOn: '2025-02-30', source: 'gp-practice' },
 * ];
 * [...validateReferrals(rows)].map((result) => (result.ok ? result.index : result.issues));
 * //=> [0, [{ path: ['referredOn'], message: 'must be a real calendar date written YYYY-MM-DD' }]]
 * [...validateReferrals(42 as never)];
 * //=> throws 'referrals/invalid-input'
 * ```
 */
export function* validateReferrals(records: Iterable<unknown>): Generator<ReferralValidationResult, void, undefined> {
  if (!isIterable(records)) {
    throw new SocialPrescribingError('referrals/invalid-input', [{ path: [], message: 'records must be an array or other collection of records, not a string' }]);
  }
  let index = 0;
  for (const record of records) yield { index: index++, ...validateReferral(record) };
}
