import { defineConfig } from 'vitest/config';

// Mutation runs: unit, scenario and docs tests only; the package, site and example tests
// exercise the built artefacts, which mutants of src/ do not reach.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/package/**', 'test/site/**', 'test/examples/**', 'test/calendar/oracle*.test.ts'],
    testTimeout: 60_000,
  },
});
