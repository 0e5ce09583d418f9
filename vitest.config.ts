import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Type tests (test/*/types.test.ts) are checked by the gate's tsc step, which covers test/; vitest's
    // own typecheck ran a second, uncached tsc over everything (27 s). At run time expectTypeOf is a no-op.
    // Worker threads that keep their module cache between test files: src/ and zod's schemas load
    // once per worker instead of once per file (the suite's imports took 31 s isolated).
    // Tests must not rely on a fresh module state; none stubs globals or mocks modules.
    pool: 'threads',
    isolate: false,
    // Every core: vitest's default leaves one free (one worker on a 2-core machine: 191 s, against
    // 136 s with two). Nothing else runs beside vitest in the gate.
    maxWorkers: availableParallelism(),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The summary goes to coverage/coverage-summary.txt, so `npm test` still ends with vitest's summary line.
      reporter: [['text-summary', { file: 'coverage-summary.txt' }], 'json-summary'],
      thresholds: { lines: 95, branches: 95 },
    },
  },
});
