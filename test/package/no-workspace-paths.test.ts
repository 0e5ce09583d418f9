/**
 * Nothing a reader gets (the source, the guides, the README, the examples, the built
 * package and the built documentation site) cites a document by a path of the workspace
 * the library was written in, such as `shared/seeds/...`, `shared/DOMAIN.md` or
 * `shared/DESIGN.md`: readers have no such folder. Sources are cited by title, publisher,
 * date and address, with the bibliography in docs/sources.md.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const WORKSPACE_PATH = /shared\//;

/** Every file under `dir` (skipping folders named node_modules), or none when `dir` does not exist. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.name === 'node_modules' ? [] : entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** `file:line` of every line that holds a workspace path. */
function hits(paths: readonly string[]): string[] {
  return paths.flatMap((path) =>
    filesUnder(join(root, path)).flatMap((file) =>
      readFileSync(file, 'latin1')
        .split('\n')
        .flatMap((line, i) => (WORKSPACE_PATH.test(line) ? [`${relative(root, file)}:${i + 1}`] : [])),
    ),
  );
}

describe('no workspace paths in what is published', () => {
  it('the check finds a workspace path where there is one', () => {
    expect(WORKSPACE_PATH.test('@see shared/seeds/nw-surrey-role-mapping-2022.txt')).toBe(true);
    expect(WORKSPACE_PATH.test('via shared/DOMAIN.md')).toBe(true);
    expect(WORKSPACE_PATH.test('NWS Community of Practice – Role Mapping, draft, 1 December 2022')).toBe(false);
  });

  it('src/, docs/, README.md and examples/ cite no workspace path', () => {
    expect(hits(['src', 'docs', 'README.md', 'examples'])).toEqual([]);
  });

  it.skipIf(!existsSync(join(root, 'dist')))('the built package (dist/) cites no workspace path', () => {
    expect(hits(['dist'])).toEqual([]);
  });

  it.skipIf(!existsSync(join(root, 'docs-site')))('the built documentation site (docs-site/) cites no workspace path', () => {
    expect(hits(['docs-site'])).toEqual([]);
  });
});
