import fc from 'fast-check';

// Mutation runs only: @fast-check/vitest puts the seed in each property test's name
// ("… (with seed=N)"). Stryker matches a mutant's tests by the names its first run recorded, so with
// a fresh random seed per run no property test ever ran against a mutant. One fixed seed keeps the names.
fc.configureGlobal({ seed: 20261207 });
