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
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  tsconfig: 'tsconfig.build.json',
  clean: true,
  treeshake: true,
  sourcemap: false,
  target: 'es2022',
  outDir: 'dist',
});
