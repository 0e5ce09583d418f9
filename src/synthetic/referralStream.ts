import type { Referral } from '../referrals/index.js';
import { generateOne, prepare } from './generate.js';
import type { SyntheticReferralOptions } from './referralOptions.js';

/**
 * A lazy, re-iterable stream of seeded synthetic referrals, for millions of
 * records in constant memory: each record is made when it is read.
 *
 * Record `i` depends only on the seed, the options and `i` (each record has its
 * own generator seeded from both), so the stream is the same on every machine
 * and a slice generated with `offset` equals the same slice of the whole
 * stream, which lets worker threads each generate their share. Distributions
 * are {@link SYNTHETIC_DISTRIBUTIONS}; every record passes `ReferralSchema`.
 * The data are fictional: ids start `syn-`.
 *
 * @param options - `count`, `seed`, `from`, `to`, and optionally `pcns` and `offset`.
 * @returns An iterable; each `for ... of` starts again from the first record.
 * @throws {@link core!SocialPrescribingError} `synthetic/invalid-options` (at the call, not when read) for a bad
 * count, seed, date, PCN list or offset, or `from` after `to`.
 * @see Social prescribing models in the UK (untitled table, undated), Tower Hamlets; What is a Community Link Worker? Paper 2 (last updated August 2018), Dundee case study
 * @category Synthetic
 * @example
 * ```ts
 * import { referralStream } from 'social-prescribing/synthetic';
 *
 * const stream = referralStream({ count: 1_000_000, seed: 7, from: '2025-04-01', to: '2026-03-31' });
 * let engaged = 0;
 * let read = 0;
 * for (const referral of stream) {
 *   if (read++ === 1000) break;
 *   if (referral.contacts.some((contact) => contact.attended)) engaged++;
 * }
 * engaged > 600 && engaged < 800;
 * //=> true
 * const [tenth] = referralStream({ count: 1, offset: 9, seed: 7, from: '2025-04-01', to: '2026-03-31' });
 * tenth?.id === [...referralStream({ count: 10, seed: 7, from: '2025-04-01', to: '2026-03-31' })][9]?.id;
 * //=> true
 * referralStream({ count: -1, seed: 7, from: '2025-04-01', to: '2026-03-31' });
 * //=> throws 'synthetic/invalid-options'
 * ```
 */
export function referralStream(options: SyntheticReferralOptions): Iterable<Referral> {
  const context = prepare(options);
  return {
    *[Symbol.iterator](): Iterator<Referral> {
      const end = context.offset + context.count;
      for (let index = context.offset; index < end; index++) yield generateOne(context, index);
    },
  };
}
