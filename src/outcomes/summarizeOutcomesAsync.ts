import { SocialPrescribingError } from '../core/index.js';
import type { Referral } from '../referrals/index.js';
import { createOutcomeAccumulator } from './createOutcomeAccumulator.js';
import type { OutcomeSummary, OutcomeSummaryOptions } from './types.js';

/**
 * {@link summarizeOutcomes} over an `AsyncIterable` (a file read line by line,
 * a database cursor, a Node stream in object mode): the same one-pass
 * summary, resolved when the input ends.
 *
 * @param referrals - An async (or sync) iterable of referrals.
 * @param options - Period, grouping and settings; see {@link OutcomeSummaryOptions}.
 * @returns A promise of the summary.
 * @throws {@link core!SocialPrescribingError} (as a rejected promise) `outcomes/invalid-input` when `referrals` is not
 * iterable; `outcomes/invalid-options`; `outcomes/invalid-period`.
 * @see the Outcomes guide, "Streaming, merging and worker threads"
 * @category Outcomes
 * @example
 * ```ts
 * import { summarizeOutcomesAsync } from 'social-prescribing/outcomes';
 *
 * async function* read() {
 *   yield { id: 'R1', referredOn: '2025-04-01', source: 'gp-practice', needs: [], events: [],
 *     contacts: [{ on: '2025-04-09', mode: 'telephone', attended: true } as const], goals: [], onward: [], measures: [] };
 * }
 * (await summarizeOutcomesAsync(read())).total.engaged;
 * //=> 1
 * summarizeOutcomesAsync(read(), { groupBy: 'ward' as never });
 * //=> throws 'outcomes/invalid-options'
 * ```
 */
export async function summarizeOutcomesAsync(
  referrals: AsyncIterable<Referral> | Iterable<Referral>,
  options: OutcomeSummaryOptions = {},
): Promise<OutcomeSummary> {
  const accumulator = createOutcomeAccumulator(options);
  const input: unknown = referrals;
  const ok =
    typeof input === 'object' &&
    input !== null &&
    (typeof (input as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function' ||
      typeof (input as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function');
  if (!ok) throw new SocialPrescribingError('outcomes/invalid-input', [{ path: [], message: 'must be an async iterable of referrals' }]);
  for await (const referral of referrals) accumulator.add(referral);
  const summary = accumulator.result();
  // The options were checked by the accumulator; `null` is read as no options there.
  (options as OutcomeSummaryOptions | null)?.onProgress?.({ recordsRead: summary.recordsRead });
  return summary;
}
