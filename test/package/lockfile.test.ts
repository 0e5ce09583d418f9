/**
 * A fresh `npm install` leaves package-lock.json unchanged only when the lockfile already holds
 * every optional dependency of every locked package, for every platform (npm 11 adds the missing
 * ones, such as @oxc-parser/binding-* and @rollup/rollup-*, on install). `.ci/run` also fails
 * when its install changes the committed lockfile.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  readonly optionalDependencies?: Readonly<Record<string, string>>;
}

const lock = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package-lock.json'), 'utf8')) as {
  packages: Readonly<Record<string, LockedPackage>>;
};

/** Where npm would look for `name` required from `from` (`node_modules/a/node_modules/b`, then up to the root). */
function resolves(packages: Readonly<Record<string, LockedPackage>>, from: string, name: string): boolean {
  let base = from;
  for (;;) {
    if (packages[`${base === '' ? '' : `${base}/`}node_modules/${name}`] !== undefined) return true;
    if (base === '') return false;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

/** Optional dependencies of locked packages that have no lockfile entry of their own. */
function missingOptionalEntries(packages: Readonly<Record<string, LockedPackage>>): string[] {
  return Object.entries(packages).flatMap(([path, locked]) =>
    Object.keys(locked.optionalDependencies ?? {})
      .filter((name) => !resolves(packages, path, name))
      .map((name) => `${path || '(root)'} -> ${name}`),
  );
}

describe('package-lock.json', () => {
  it('holds an entry for every optional dependency of every locked package, on every platform', () => {
    expect(missingOptionalEntries(lock.packages)).toEqual([]);
  });

  it('reports a platform binding left out, as the lockfile committed before 2026-12-07 did', () => {
    const packages = {
      '': {},
      'node_modules/oxc-parser': { optionalDependencies: { '@oxc-parser/binding-linux-x64-gnu': '1.0.0', '@oxc-parser/binding-win32-x64-msvc': '1.0.0' } },
      'node_modules/@oxc-parser/binding-linux-x64-gnu': {},
      'node_modules/a': {},
      'node_modules/a/node_modules/b': { optionalDependencies: { c: '1.0.0', d: '1.0.0' } },
      'node_modules/a/node_modules/c': {},
    };
    expect(missingOptionalEntries(packages)).toEqual(['node_modules/oxc-parser -> @oxc-parser/binding-win32-x64-msvc', 'node_modules/a/node_modules/b -> d']);
  });
});
