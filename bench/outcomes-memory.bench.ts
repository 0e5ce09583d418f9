/**
 * Streaming memory of outcome summaries (run: `node --import tsx --expose-gc bench/outcomes-memory.bench.ts`).
 *
 * Summarises 1,000,000 and then 5,000,000 referrals straight from `referralStream`
 * (grouped by PCN), each size in a fresh process, sampling `process.memoryUsage()`
 * every 5,000 records (often enough that both sizes catch the top of the GC sawtooth),
 * and the live heap after a forced GC at the end. Budget: peak memory at 5,000,000 no more than 1.2x that at
 * 1,000,000, because memory must grow with the number of groups, not of records.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { summarizeOutcomes } from '../src/outcomes/index.js';
import type { Referral } from '../src/referrals/index.js';
import { referralStream } from '../src/synthetic/index.js';

const PCNS = ['riv-north', 'riv-central', 'riv-docks', 'riv-heath', 'riv-mill', 'riv-park', 'riv-vale'];

interface Peak {
  readonly count: number;
  readonly rssMb: number;
  readonly heapUsedMb: number;
  readonly liveHeapMb: number;
  readonly seconds: number;
}

function* sampled(records: Iterable<Referral>, peak: { rss: number; heap: number }): Generator<Referral> {
  let i = 0;
  for (const record of records) {
    if (++i % 5_000 === 0) {
      const usage = process.memoryUsage();
      peak.rss = Math.max(peak.rss, usage.rss);
      peak.heap = Math.max(peak.heap, usage.heapUsed);
    }
    yield record;
  }
}

const child = process.argv[2];
if (child !== undefined) {
  const count = Number(child);
  const peak = { rss: 0, heap: 0 };
  const start = performance.now();
  const summary = summarizeOutcomes(
    sampled(referralStream({ count, seed: 'memory', from: '2024-04-01', to: '2025-03-31', pcns: PCNS }), peak),
    { groupBy: 'pcn' },
  );
  if (summary.total.referrals !== count) throw new Error('lost records');
  (globalThis as { gc?: () => void }).gc?.();
  const result: Peak = {
    liveHeapMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    count,
    rssMb: Math.round(peak.rss / 2 ** 20),
    heapUsedMb: Math.round(peak.heap / 2 ** 20),
    seconds: Math.round((performance.now() - start) / 100) / 10,
  };
  console.log(JSON.stringify(result));
} else {
  const file = fileURLToPath(import.meta.url);
  const run = (count: number): Peak =>
    JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--expose-gc', file, String(count)], { encoding: 'utf8' }).trim()) as Peak;
  const small = run(1_000_000);
  const large = run(5_000_000);
  console.log('\n## Peak memory summarising a stream (each size in a fresh process)');
  console.table([small, large].map((p) => ({ records: p.count, 'peak RSS MB': p.rssMb, 'peak heap used MB': p.heapUsedMb, 'live heap after GC MB': p.liveHeapMb, seconds: p.seconds })));
  const ratio = large.rssMb / small.rssMb;
  console.log(`peak RSS 5,000,000 / 1,000,000 = ${ratio.toFixed(2)}x (budget 1.2x): ${ratio <= 1.2 ? 'PASS' : 'FAIL'}`);
  console.log(`peak heap used 5,000,000 / 1,000,000 = ${(large.heapUsedMb / small.heapUsedMb).toFixed(2)}x`);
}
