/**
 * package.json tells npm users where the code, the documentation and the issue tracker are, and
 * `files` names only what exists (CHANGELOG.md joins when changesets writes it: docs/decisions.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  repository: { type: string; url: string };
  homepage: string;
  bugs: { url: string };
  files: string[];
};
const REPOSITORY = 'https://github.com/social-prescribing/social-prescribing';

describe('package.json metadata', () => {
  it('names the repository, its home page and its issue tracker', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${REPOSITORY}.git` });
    expect(pkg.homepage).toBe(`${REPOSITORY}#readme`);
    expect(pkg.bugs).toEqual({ url: `${REPOSITORY}/issues` });
  });

  it('lists in `files` only what the repository holds (dist once built)', () => {
    const missing = pkg.files.filter((file) => file !== 'dist' && !existsSync(resolve(root, file)));
    expect(missing).toEqual([]);
    expect(pkg.files).toContain('dist');
  });
});
