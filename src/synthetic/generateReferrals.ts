import type { Referral } from '../referrals/index.js';
import type { SyntheticReferralOptions } from './referralOptions.js';
import { referralStream } from './referralStream.js';

/**
 * Generates seeded, realistic, fictional referrals for demos, documentation,
 * tests and benchmarks: the same seed gives the same records on every machine.
 *
 * Distributions follow the seed documents ({@link SYNTHETIC_DISTRIBUTIONS}):
 * Tower Hamlets' needs mix, ~70% engagement, mostly 6–12 attended contacts,
 * ~65% of goals met, 22% of people referred on getting 3 or more onward
 * referrals, SWEMWBS below population norms at baseline with a modest gain,
 * and sources weighted to GP practices. Every record passes `ReferralSchema`.
 * For more than a few hundred thousand records use {@link referralStream}.
 *
 * @param options - `count`, `seed`, `from`, `to`, and optionally `pcns` and `offset`.
 * @returns An array of `count` referrals.
 * @throws {@link core!SocialPrescribingError} `synthetic/invalid-options` for a bad count, seed, date, PCN list or offset.
 * @see Social prescribing models in the UK (untitled table, undated), Tower Hamlets
 * @see What is a Community Link Worker? Paper 2 (last updated August 2018), Dundee case study
 * @category Synthetic
 * @example
 * ```ts
 * import { generateReferrals } from 'social-prescribing/synthetic';
 *
 * const referrals = generateReferrals({ count: 3, seed: 'demo', from: '2025-04-01', to: '2025-06-30', pcns: ['north', 'south'] });
 * referrals.length;
 * //=> 3
 * referrals.every((r) => r.referredOn >= '2025-04-01' && r.referredOn <= '2025-06-30' && ['north', 'south'].includes(r.pcn ?? ''));
 * //=> true
 * generateReferrals({ count: 3, seed: 'demo', from: '2025-04-01', to: '2025-06-30', pcns: ['north', 'south'] })[0]?.id === referrals[0]?.id;
 * //=> true
 * generateReferrals({ count: 3, seed: 'demo', from: '2025-07-01', to: '2025-06-30' });
 * //=> throws 'synthetic/invalid-options'
 * ```
 */
export function generateReferrals(options: SyntheticReferralOptions): Referral[] {
  return [...referralStream(options)];
}
