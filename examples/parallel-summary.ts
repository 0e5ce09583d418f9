/**
 * Scale-out: summarise 2,000,000 synthetic referrals across worker threads and
 * check the merged result equals the single-thread summary.
 *
 *   npx tsx examples/parallel-summary.ts [--count 2000000] [--workers 2]
 *
 * Each worker generates its own slice of the stream (`referralStream({ offset })`
 * makes record i the same in any slice), adds it to an outcome accumulator and
 * posts back `accumulator.state()`: plain JSON data. The main thread merges the
 * states. Writes the summary to out/parallel-summary.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  createOutcomeAccumulator,
  summarizeOutcomes,
  type OutcomeAccumulatorState,
  type OutcomeSummaryOptions,
} from 'social-prescribing/outcomes';
import { referralStream } from 'social-prescribing/synthetic';

const PCNS = ['riv-north', 'riv-central', 'riv-docks', 'riv-heath', 'riv-mill', 'riv-park', 'riv-vale'];
const stream = { seed: 'parallel', from: '2024-04-01', to: '2025-03-31', pcns: PCNS } as const;
const options: OutcomeSummaryOptions = { groupBy: 'pcn', from: '2024-04-01', to: '2025-03-31' };

interface Slice {
  readonly offset: number;
  readonly count: number;
}

if (!isMainThread) {
  const { offset, count } = workerData as Slice;
  const accumulator = createOutcomeAccumulator({ ...options, firstIndex: offset });
  for (const referral of referralStream({ ...stream, count, offset })) accumulator.add(referral);
  parentPort!.postMessage(accumulator.state());
} else {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number): number => {
    const at = args.indexOf(name);
    return at === -1 ? fallback : Number(args[at + 1]);
  };
  const count = option('--count', 2_000_000);
  const workers = option('--workers', Math.min(2, availableParallelism()));

  const runWorker = (slice: Slice): Promise<OutcomeAccumulatorState> =>
    new Promise((resolve, reject) => {
      // Under Node 20 a worker thread does not get tsx's loader from the parent: when this file
      // runs as TypeScript, the worker registers tsx itself, then imports this file.
      const worker = import.meta.url.endsWith('.ts')
        ? new Worker(
            `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`,
            { eval: true, workerData: slice },
          )
        : new Worker(new URL(import.meta.url), { workerData: slice });
      worker.once('message', (state: OutcomeAccumulatorState) => resolve(state));
      worker.once('error', reject);
    });

  const t0 = performance.now();
  const per = Math.ceil(count / workers);
  const slices = Array.from({ length: workers }, (_, i) => ({ offset: i * per, count: Math.max(0, Math.min(per, count - i * per)) }));
  const states = await Promise.all(slices.map(runWorker));
  const merged = createOutcomeAccumulator(options);
  for (const state of states) merged.merge(state);
  const parallel = merged.result();
  const parallelMs = performance.now() - t0;

  const t1 = performance.now();
  const single = summarizeOutcomes(referralStream({ ...stream, count }), options);
  const singleMs = performance.now() - t1;

  const equal = isDeepStrictEqual(parallel, single);
  console.log(
    `${count.toLocaleString('en-GB')} referrals, ${workers} worker threads (${availableParallelism()} cores; ` +
      `load average ${loadavg()[0]!.toFixed(1)} when started: a speed-up needs idle cores)`,
  );
  console.log(`single thread: ${(singleMs / 1000).toFixed(1)} s; ${workers} workers: ${(parallelMs / 1000).toFixed(1)} s; speed-up ${(singleMs / parallelMs).toFixed(2)}x`);
  console.log(`merged result equals the single-thread summary: ${equal}`);
  console.log(`engagement ${((parallel.total.engagementRate?.value ?? 0) * 100).toFixed(1)}% of ${parallel.total.referrals.toLocaleString('en-GB')} referrals`);
  mkdirSync('out', { recursive: true });
  writeFileSync('out/parallel-summary.json', `${JSON.stringify(parallel, null, 2)}\n`);
  if (!equal) process.exitCode = 1;
}
