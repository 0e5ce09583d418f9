/**
 * The package's type declarations, from the ones the typecheck step emits (`tsc -p
 * tsconfig.check.json` writes `.cache/tsc/src/**\/*.d.ts`, incrementally) instead of a second
 * TypeScript program in tsup (which cost 28 s of CPU on every build). Each `src/<path>.ts` gives
 * `dist/<path>.d.ts` for `import` and `dist/<path>.d.cts` for `require`, whose relative imports
 * name `.cjs` files so that TypeScript reads them as CommonJS declarations (node16 resolution).
 *
 * Run by `npm run build` after tsup; `npm run typecheck` must have run first.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const from = join(root, '.cache/tsc/src');
const to = join(root, 'dist');

/** `from './x.js'`, `import('./x.js')` and `import './x.js'` with a relative path ending in `.js`. */
const RELATIVE_JS = /((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*?)\.js\2/g;

/** A declaration file's text for `require`: its relative imports name `.cjs` files. */
export function toCommonJsDeclaration(text: string): string {
  return text.replace(RELATIVE_JS, (_, lead: string, quote: string, path: string) => `${lead}${quote}${path}.cjs${quote}`);
}

function* declarationFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* declarationFiles(path);
    else if (entry.name.endsWith('.d.ts')) yield path;
  }
}

function main(): void {
  if (!existsSync(join(from, 'index.d.ts'))) {
    throw new Error('No declarations in .cache/tsc/src: run `npm run typecheck` first.');
  }
  let count = 0;
  for (const file of declarationFiles(from)) {
    const target = join(to, relative(from, file));
    const text = readFileSync(file, 'utf8');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    writeFileSync(target.replace(/\.d\.ts$/, '.d.cts'), toCommonJsDeclaration(text));
    count++;
  }
  process.stdout.write(`declarations: ${count} files, each as .d.ts and .d.cts\n`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
