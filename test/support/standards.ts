import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A path inside the workspace's `shared/standards/` (the official schemas and examples beside the
 * repository), found by walking up from this file, so it resolves the same from the repository,
 * from a CI clone and from Stryker's sandbox copy (`.stryker-tmp/sandbox-*`), where a path
 * relative to the working directory would not.
 */
export function standardsPath(...segments: string[]): string {
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'standards');
    if (existsSync(candidate)) return join(candidate, ...segments);
    if (dirname(dir) === dir) throw new Error('shared/standards/ not found above the test directory');
  }
}
