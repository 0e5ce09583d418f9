/**
 * The synthetic module's own pseudo-random numbers: small, fast and identical
 * on every machine (32-bit integer arithmetic only; never `Math.random`).
 *
 * @module
 */

/**
 * Hashes a string or integer seed to a 32-bit unsigned integer (FNV-1a, then an avalanche mix).
 *
 * The hash is the same on every machine, and a number seed differs from the string of its digits.
 *
 * @example
 * ```ts
 * import { hashSeed } from './random.js';
 *
 * hashSeed('demo');
 * //=> 2399339045
 * hashSeed(42) === hashSeed('42');
 * //=> false
 * ```
 */
export function hashSeed(seed: string | number): number {
  const text = typeof seed === 'number' ? `n:${seed}` : `s:${seed}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/**
 * A 32-bit avalanche mix (the finaliser of MurmurHash3).
 *
 * Neighbouring inputs give unrelated outputs, and the input is first read as an unsigned 32-bit integer.
 *
 * @example
 * ```ts
 * import { mix32 } from './random.js';
 *
 * [mix32(1), mix32(2)];
 * //=> [1364076727, 821347078]
 * mix32(-1) === mix32(2 ** 32 - 1);
 * //=> true
 * ```
 */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A seeded generator of uniform numbers in [0, 1). */
export interface Random {
  /** The next number in [0, 1). */
  next(): number;
}

/**
 * mulberry32: a 32-bit-state generator by Tommy Ettinger, ample for synthetic
 * data and fast. The state is reseeded per record from the seed and the
 * record's index, so record `i` is the same however the stream is split.
 *
 * @example
 * ```ts
 * import { mulberry32 } from './random.js';
 *
 * const random = mulberry32(1);
 * [random.next(), random.next()];
 * //=> [0.6270739405881613, 0.002735721180215478]
 * mulberry32(1).next();
 * //=> 0.6270739405881613
 * ```
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return {
    next(): number {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/**
 * The generator for record `index` of the stream seeded with `seedHash`.
 *
 * @example
 * ```ts
 * import { hashSeed, recordRandom } from './random.js';
 *
 * const seedHash = hashSeed('demo');
 * recordRandom(seedHash, 5).next();
 * //=> 0.5945847039110959
 * recordRandom(seedHash, 5).next() === recordRandom(seedHash, 6).next();
 * //=> false
 * recordRandom(seedHash, 2 ** 32).next() === recordRandom(seedHash, 0).next();
 * //=> false
 * ```
 */
export function recordRandom(seedHash: number, index: number): Random {
  // Mix the high and low halves of the index so indexes beyond 2^32 stay distinct.
  const high = Math.floor(index / 4294967296);
  return mulberry32(mix32(mix32(seedHash ^ Math.imul(index >>> 0, 0x9e3779b1)) ^ mix32(high + 0x632be5ab)));
}

/**
 * A whole number from `min` to `max` inclusive.
 *
 * @example
 * ```ts
 * import { intBetween } from './random.js';
 *
 * // Draws of 0 and just under 1 give the two ends of the range.
 * [intBetween({ next: () => 0 }, 1, 6), intBetween({ next: () => 0.5 }, 1, 6), intBetween({ next: () => 0.9999 }, 1, 6)];
 * //=> [1, 4, 6]
 * ```
 */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random.next() * (max - min + 1));
}

/**
 * Picks an index from cumulative weights (the last entry is the total).
 *
 * @example
 * ```ts
 * import { cumulate, pickWeighted } from './random.js';
 *
 * // Weights 3, 1 and 1: draws below 0.6 pick index 0, then 0.2 each for 1 and 2.
 * const cumulative = cumulate([3, 1, 1]);
 * [0, 0.59, 0.6, 0.79, 0.8, 0.99].map((u) => pickWeighted({ next: () => u }, cumulative));
 * //=> [0, 0, 1, 1, 2, 2]
 * ```
 */
export function pickWeighted(random: Random, cumulative: readonly number[]): number {
  const total = cumulative[cumulative.length - 1] as number;
  const u = random.next() * total;
  for (let i = 0; i < cumulative.length; i++) if (u < (cumulative[i] as number)) return i;
  return cumulative.length - 1;
}

/**
 * Cumulative sums of weights.
 *
 * The form {@link pickWeighted} takes, computed once per table rather than once per draw.
 *
 * @example
 * ```ts
 * import { cumulate } from './random.js';
 *
 * cumulate([3, 1, 1]);
 * //=> [3, 4, 5]
 * ```
 */
export function cumulate(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((w) => (sum += w));
}

/**
 * An approximately normal variate: the Irwin–Hall sum of four uniforms,
 * rescaled to `mean` and `sd` (bounded at ±3.46 sd). Only + and × are used, so
 * the result is bit-identical on every engine (unlike `Math.log` / `Math.cos`,
 * whose last bit may differ between platforms).
 *
 * @example
 * ```ts
 * import { normal } from './random.js';
 *
 * // Four draws of 0.5 give the mean; four of 0 give the lower bound, mean - 2√3 sd.
 * normal({ next: () => 0.5 }, 50, 10);
 * //=> 50
 * normal({ next: () => 0 }, 50, 10);
 * //=> 15.358983848622458
 * ```
 */
export function normal(random: Random, mean: number, sd: number): number {
  const sum = random.next() + random.next() + random.next() + random.next();
  return mean + sd * (sum - 2) * 1.7320508075688772;
}
