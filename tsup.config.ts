import { defineConfig } from 'tsup';

/** The public modules: one subpath export each (see package.json "exports"). */
export const modules = [
  'core',
  'calendar',
  'caseload',
  'eligibility',
  'referrals',
  'supervision',
  'outcomes',
  'directory',
  'synthetic',
  'csv',
  'render',
  'fhir',
] as const;

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(modules.map((m) => [`${m}/index`, `src/${m}/index.ts`])),
  },
  format: ['esm', 'cjs'],
  // Shared chunks in both formats so `instanceof SocialPrescribingError` holds across subpaths.
  splitting: true,
  // Declarations come from the typecheck step's tsc output (scripts/declarations.ts), not a second TypeScript program.
  dts: false,
  tsconfig: 'tsconfig.build.json',
  clean: true,
  treeshake: true,
  sourcemap: false,
  target: 'es2022',
  outDir: 'dist',
});
