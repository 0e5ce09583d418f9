import { SocialPrescribingError } from '../core/index.js';
import { isIterable } from './lifecycle.js';
import { validateReferral } from './validateReferral.js';
import type { ReferralValidationResult } from './validateReferrals.js';

/**
 * {@link validateReferrals} over an `AsyncIterable` (a Node stream of parsed
 * CSV rows, a database cursor): one result per input record, in input order.
 *
 * @param records - An async or sync iterable of untrusted records.
 * @returns An async generator of `{ index, ok: true, value }` or `{ index, ok: false, issues }`.
 * @throws {@link core!SocialPrescribingError} `referrals/invalid-input` when `records` is not iterable.
 * @category Validation
 * @example
 * ```ts
 * import { validateReferralsAsync } from 'social-prescribing/referrals';
 *
 * async function* rows() {
 *   yield { id: 'R-0001', referredOn: '2025-04-01', source: 'gp-practice' };
 *   yield { id: 'R-0002', referredOn: '2025-04-01' };
 * }
 * const results = [];
 * for await (const result of validateReferralsAsync(rows())) results.push(result.ok);
 * results;
 * //=> [true, false]
 * ```
 */
export async function* validateReferralsAsync(
  records: AsyncIterable<unknown> | Iterable<unknown>,
): AsyncGenerator<ReferralValidationResult, void, undefined> {
  if (!isAsyncIterable(records) && !isIterable(records)) {
    throw new SocialPrescribingError('referrals/invalid-input', [{ path: [], message: 'records must be an array or other collection of records, not a string' }]);
  }
  let index = 0;
  for await (const record of records) yield { index: index++, ...validateReferral(record) };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    value !== null &&
    value !== undefined &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
  );
}
