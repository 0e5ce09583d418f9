/**
 * Writes the error tables of the guides from the library's one table of codes (`ERROR_CODES` in
 * core): each block between `<!-- error-codes: <module> -->` and `<!-- /error-codes -->` in
 * docs/*.md becomes a `| code | when |` table of that module's codes. `--check` writes nothing
 * and fails when a guide is out of step (test/scripts/error-tables.test.ts runs it).
 *
 * Usage: npx tsx scripts/error-tables.ts [--check]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES, type ErrorModule } from '../src/core/index.js';

const BLOCK = /(<!-- error-codes: ([a-z, ]+) -->\n)[\s\S]*?(<!-- \/error-codes -->)/g;

/** The table for some modules' codes, in the table's order. */
export function errorTable(modules: readonly ErrorModule[]): string {
  const rows = modules.flatMap((module) =>
    Object.entries(ERROR_CODES[module]).map(([code, meaning]) => `| \`${code}\` | ${meaning.replaceAll('|', '\\|')} |`),
  );
  return ['| code | when |', '| --- | --- |', ...rows].join('\n');
}

/** A guide's text with every error block rewritten. */
export function withErrorTables(text: string): string {
  return text.replace(BLOCK, (_, open: string, list: string, close: string) => {
    const modules = list.split(',').map((name) => name.trim());
    for (const module of modules) if (!(module in ERROR_CODES)) throw new Error(`unknown module in error block: ${module}`);
    return `${open}${errorTable(modules as ErrorModule[])}\n${close}`;
  });
}

/** The guides whose error tables are out of step (all of them written unless `check`). */
export function updateGuides(dir: string, check: boolean): string[] {
  const stale: string[] = [];
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.md')).sort()) {
    const path = join(dir, name);
    const text = readFileSync(path, 'utf8');
    const next = withErrorTables(text);
    if (next === text) continue;
    stale.push(name);
    if (!check) writeFileSync(path, next);
  }
  return stale;
}

if (process.argv[1]?.endsWith('error-tables.ts')) {
  const check = process.argv.includes('--check');
  const stale = updateGuides(join(import.meta.dirname, '..', 'docs'), check);
  if (check && stale.length > 0) {
    console.error(`error tables out of step with ERROR_CODES in: ${stale.join(', ')} (run npx tsx scripts/error-tables.ts)`);
    process.exit(1);
  }
  if (!check) console.log(stale.length === 0 ? 'error tables already in step' : `rewrote ${stale.join(', ')}`);
}
