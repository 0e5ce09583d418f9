/**
 * The synthetic module's own pseudo-random numbers: small, fast and identical
 * on every machine (32-bit integer arithmetic only; never `Math.random`).
 *
 * @module
 */

/** Hashes a string or integer seed to a 32-bit unsigned integer (FNV-1a, then an avalanche mix). */
export function hashSeed(seed: string | number): number {
  const text = typeof seed === 'number' ? `n:${seed}` : `s:${seed}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** A 32-bit avalanche mix (the finaliser of MurmurHash3). */
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

/** The generator for record `index` of the stream seeded with `seedHash`. */
export function recordRandom(seedHash: number, index: number): Random {
  // Mix the high and low halves of the index so indexes beyond 2^32 stay distinct.
  const high = Math.floor(index / 4294967296);
  return mulberry32(mix32(mix32(seedHash ^ Math.imul(index >>> 0, 0x9e3779b1)) ^ mix32(high + 0x632be5ab)));
}

/** A whole number from `min` to `max` inclusive. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random.next() * (max - min + 1));
}

/** Picks an index from cumulative weights (the last entry is the total). */
export function pickWeighted(random: Random, cumulative: readonly number[]): number {
  const total = cumulative[cumulative.length - 1] as number;
  const u = random.next() * total;
  for (let i = 0; i < cumulative.length; i++) if (u < (cumulative[i] as number)) return i;
  return cumulative.length - 1;
}

/** Cumulative sums of weights. */
export function cumulate(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((w) => (sum += w));
}

/**
 * An approximately normal variate: the Irwin–Hall sum of four uniforms,
 * rescaled to `mean` and `sd` (bounded at ±3.46 sd). Only + and × are used, so
 * the result is bit-identical on every engine (unlike `Math.log` / `Math.cos`,
 * whose last bit may differ between platforms).
 */
export function normal(random: Random, mean: number, sd: number): number {
  const sum = random.next() + random.next() + random.next() + random.next();
  return mean + sd * (sum - 2) * 1.7320508075688772;
}
