import { SocialPrescribingError } from '../core/index.js';
import type { Referral } from '../referrals/index.js';
import { createOutcomeAccumulator } from './createOutcomeAccumulator.js';
import type { OutcomeSummary, OutcomeSummaryOptions } from './types.js';

/**
 * Summarises what came of a set of referrals, in one pass: referrals, accepted,
 * declined, engaged (at least one attended contact) and the engagement rate;
 * closes by reason; goals set and met; people with any positive outcome;
 * contacts (mean, exact median, share within 6–12); needs presented; onward
 * referrals and signposts (distinct organisations and activities, share of
 * people with 3 or more); wellbeing change per instrument; age bands and sex.
 * Every rate carries a 95% Wilson interval and is `null` over zero people.
 *
 * Referrals count when `referredOn` lies within `from`–`to` (inclusive); the
 * rest are skipped and counted in `outsidePeriod`. With `validate: true` each
 * record is parsed with `ReferralSchema` first and invalid ones are counted in
 * `excluded` (per reason, with the first issues' index and path), never
 * silently dropped. Memory grows with the number of groups, not of records.
 *
 * Definitions: engagement is over referrals; positive outcome (a goal met or
 * partly met, a close for `goals-met`, or a better score on any instrument with
 * a known direction) and contacts are over engaged people; goals met is over
 * goals set; 3-or-more is over people referred on.
 *
 * @param referrals - Any iterable of referrals: an array, a generator, `referralStream(...)`.
 * @param options - Period, grouping and settings; see {@link OutcomeSummaryOptions}.
 * @returns `{ period, groupNames, recordsRead, total, groups, outsidePeriod, excluded }`.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-input` when `referrals` is not iterable;
 * `outcomes/invalid-options`; `outcomes/invalid-period`.
 * @see What is a Community Link Worker? Paper 2 (last updated August 2018) (Dundee: 70% engage, 65% of goals met, 84% some positive outcome)
 * @see Social prescribing models in the UK (untitled table, undated) (Tower Hamlets: needs mix; 2,034 onward referrals and signposts; 22% got 3 or more)
 * @category Outcomes
 * @example
 * ```ts
 * import { summarizeOutcomes } from 'social-prescribing/outcomes';
 *
 * const referrals = [
 *   { id: 'R1', referredOn: '2025-04-01', source: 'gp-practice', pcn: 'A', needs: ['housing'],
 *     events: [{ type: 'accepted', on: '2025-04-02' }],
 *     contacts: [{ on: '2025-04-08', mode: 'face-to-face', attended: true }],
 *     goals: [{ setOn: '2025-04-08', status: 'met' }], onward: [], measures: [] },
 *   { id: 'R2', referredOn: '2025-04-02', source: 'gp-practice', pcn: 'A', needs: ['social-isolation'],
 *     events: [{ type: 'declined', on: '2025-04-03' }], contacts: [], goals: [], onward: [], measures: [] },
 *   { id: 'R3', referredOn: '2025-07-01', source: 'self', pcn: 'B', needs: [], events: [],
 *     contacts: [], goals: [], onward: [], measures: [] },
 * ] as const;
 * const summary = summarizeOutcomes(referrals, { from: '2025-04-01', to: '2025-06-30', groupBy: 'pcn' });
 * [summary.total.referrals, summary.total.engaged, summary.outsidePeriod];
 * //=> [2, 1, { before: 0, after: 1 }]
 * summary.total.engagementRate?.value;
 * //=> 0.5
 * summary.total.positiveOutcomeRate?.value;
 * //=> 1
 * summary.groups.map((row) => [row.key, row.referrals]);
 * //=> [['A', 2]]
 * summarizeOutcomes([], {}).total.engagementRate;
 * //=> null
 * summarizeOutcomes([], { from: '2025-05-01', to: '2025-04-01' });
 * //=> throws 'outcomes/invalid-period'
 * ```
 */
export function summarizeOutcomes(referrals: Iterable<Referral>, options: OutcomeSummaryOptions = {}): OutcomeSummary {
  const accumulator = createOutcomeAccumulator(options);
  const input: unknown = referrals;
  if (typeof input !== 'object' || input === null || typeof (input as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') {
    throw new SocialPrescribingError('outcomes/invalid-input', [{ path: [], message: 'must be an iterable of referrals' }]);
  }
  for (const referral of referrals) accumulator.add(referral);
  const summary = accumulator.result();
  // The options were checked by the accumulator; `null` is read as no options there.
  (options as OutcomeSummaryOptions | null)?.onProgress?.({ recordsRead: summary.recordsRead });
  return summary;
}
