import { SocialPrescribingError } from '../core/index.js';

/**
 * A proportion with its 95% Wilson score interval: `value` is the observed
 * share, `low`–`high` the interval. All three lie within [0, 1] and
 * `low <= value <= high`.
 *
 * @category Outcomes
 */
export interface Rate {
  /** The observed proportion, successes ÷ trials. */
  readonly value: number;
  /** Lower end of the 95% Wilson score interval. */
  readonly low: number;
  /** Upper end of the 95% Wilson score interval. */
  readonly high: number;
}

/** z for a two-sided 95% interval (the 97.5th percentile of the standard normal). */
const Z95 = 1.959963984540054;

/**
 * The share `successes / trials` with its 95% Wilson score interval, or `null`
 * when there are no trials (a rate over zero people is not a number, so it is
 * reported as "none").
 *
 * The Wilson interval stays inside [0, 1] and behaves well for small counts and
 * for shares near 0 or 1, where the usual "p ± 1.96 SE" interval does not.
 *
 * @param successes - Whole number of successes, `0 <= successes <= trials`.
 * @param trials - Whole number of trials (people, goals), 0 or more.
 * @returns `{ value, low, high }`, or `null` when `trials` is 0.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-count` when either count is not a whole number,
 * is negative, or `successes` exceeds `trials`.
 * @see Wilson EB (1927), "Probable inference, the law of succession, and statistical inference",
 * J Am Stat Assoc 22:209–212; Brown, Cai and DasGupta (2001), "Interval estimation for a binomial proportion", Stat Sci 16:101–133.
 * @category Outcomes
 * @example
 * ```ts
 * import { wilsonInterval } from 'social-prescribing/outcomes';
 *
 * const rate = wilsonInterval(70, 100);
 * [rate?.value, Number(rate?.low.toFixed(3)), Number(rate?.high.toFixed(3))];
 * //=> [0.7, 0.604, 0.781]
 * wilsonInterval(0, 0);
 * //=> null
 * wilsonInterval(0, 10)?.low;
 * //=> 0
 * wilsonInterval(11, 10);
 * //=> throws 'outcomes/invalid-count'
 * ```
 */
export function wilsonInterval(successes: number, trials: number): Rate | null {
  const issues = [];
  if (!Number.isSafeInteger(trials) || trials < 0) issues.push({ path: ['trials'], message: 'must be a whole number, 0 or more' });
  if (!Number.isSafeInteger(successes) || successes < 0) {
    issues.push({ path: ['successes'], message: 'must be a whole number, 0 or more' });
  } else if (issues.length === 0 && successes > trials) {
    issues.push({ path: ['successes'], message: 'must not exceed trials' });
  }
  if (issues.length > 0) throw new SocialPrescribingError('outcomes/invalid-count', issues);
  return wilson(successes === 0 ? 0 : successes, trials); // normalise -0
}

/** Unchecked Wilson interval for trusted whole counts (the accumulator's hot path). */
export function wilson(successes: number, trials: number): Rate | null {
  if (trials === 0) return null;
  const p = successes / trials;
  const z2n = (Z95 * Z95) / trials;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials))) / (1 + z2n);
  // Clamp floating-point noise so that 0 <= low <= value <= high <= 1 always holds
  // (this also gives low = 0 when p = 0 and high = 1 when p = 1).
  const low = Math.min(p, Math.max(0, centre - half));
  const high = Math.max(p, Math.min(1, centre + half));
  return { value: p, low, high };
}
