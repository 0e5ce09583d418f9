import { defineConfig } from 'vitest/config';

// Mutation runs: unit, scenario and docs-example tests. The package, site and example tests
// exercise built artefacts that mutants of src/ do not reach; the bad-input catalogue and the time-zone replay check
// robustness (thousands of calls per function) rather than behaviour, and would multiply run time.
// MUTATION_TESTS=<globs, comma-separated> runs only those tests: a module's own tests (and the examples)
// give a lower bound of its score in a fraction of the time (docs/mutation/README.md, "A lower bound").
const only = process.env['MUTATION_TESTS'];

export default defineConfig({
  test: {
    include: only === undefined || only === '' ? ['test/**/*.test.ts'] : only.split(','),
    exclude: ['test/package/**', 'test/site/**', 'test/examples/**', 'test/bad-input/catalogue.test.ts', 'test/bad-input/catalogue/**', 'test/timezones/**', 'test/bad-input/deep-nesting.test.ts', 'test/docs/exports.test.ts'],
    // Property tests keep one name from Stryker's first run to its mutant runs (the file says why).
    setupFiles: ['test/support/fixedPropertySeed.ts'],
    testTimeout: 60_000,
  },
});
