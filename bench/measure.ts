/**
 * Tiny benchmark helpers: each case is run `rounds` times after a warm-up and
 * the median wall time is kept, so one noisy round does not decide a ratio.
 */
import { performance } from 'node:perf_hooks';

export interface BenchCase {
  readonly name: string;
  readonly run: () => unknown;
}

export interface BenchResult {
  readonly name: string;
  readonly medianMs: number;
}

let sink: unknown;

/** Median milliseconds of `run()` over `rounds` rounds, after one warm-up round. */
export function measure(run: () => unknown, rounds = 5): number {
  sink = run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    sink = run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Runs every case, then prints a table with each case's time as a ratio of the baseline (the first case). */
export function compare(title: string, cases: readonly BenchCase[], rounds = 5): BenchResult[] {
  const results = cases.map((c) => ({ name: c.name, medianMs: measure(c.run, rounds) }));
  const baseline = results[0]!.medianMs;
  console.log(`\n## ${title}`);
  console.table(
    results.map((r) => ({ case: r.name, 'median ms': Number(r.medianMs.toFixed(2)), 'x baseline': Number((r.medianMs / baseline).toFixed(2)) })),
  );
  return results;
}

/** Keeps results alive so the engine cannot drop the benchmarked work. */
export function consumed(): unknown {
  return sink;
}

/** mulberry32, a small seeded PRNG: every benchmark run times the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
