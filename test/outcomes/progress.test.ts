import { describe, expect, it } from 'vitest';
import { isSocialPrescribingError } from '../../src/core/index.js';
import { createOutcomeAccumulator, summarizeOutcomes, summarizeOutcomesAsync, type OutcomeProgress } from '../../src/outcomes/index.js';
import { referral } from './helpers.js';

describe('onProgress on outcome summaries', () => {
  const records = Array.from({ length: 7 }, () => referral());

  it('is called every progressEvery records and once at the end, without changing the summary', () => {
    const seen: OutcomeProgress[] = [];
    const summary = summarizeOutcomes(records, { progressEvery: 3, onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.recordsRead)).toEqual([3, 6, 7]);
    expect(summary).toEqual(summarizeOutcomes(records));
  });

  it('works the same on async input, and the accumulator state does not depend on it', async () => {
    const seen: number[] = [];
    async function* stream() {
      await Promise.resolve();
      yield* records;
    }
    await summarizeOutcomesAsync(stream(), { progressEvery: 2, onProgress: (p) => seen.push(p.recordsRead) });
    expect(seen).toEqual([2, 4, 6, 7]);
    const a = createOutcomeAccumulator({ onProgress: () => undefined });
    const b = createOutcomeAccumulator();
    a.add(referral());
    b.merge(a.state());
    expect(b.result().recordsRead).toBe(1);
  });

  it('refuses a bad onProgress or progressEvery', () => {
    try {
      summarizeOutcomes(records, { onProgress: 1 as never, progressEvery: 0 });
      expect.unreachable();
    } catch (error) {
      expect(isSocialPrescribingError(error, 'outcomes/invalid-options') && error.issues).toEqual([
        { path: ['onProgress'], message: 'must be a function' },
        { path: ['progressEvery'], message: 'must be a whole number, 1 or more' },
      ]);
    }
  });
});
