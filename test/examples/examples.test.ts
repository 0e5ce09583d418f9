/**
 * Runs each analyst script in examples/ the way the README says (`npx tsx examples/<file>.ts`),
 * on a small input, in a scratch directory, and checks what it prints and writes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function runExample(file: string, args: string[] = []): { stdout: string; cwd: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'sp-example-'));
  const stdout = execFileSync(process.execPath, ['--import', pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href, join(root, 'examples', file), ...args], {
    cwd,
    encoding: 'utf8',
    // The package name resolves to src/ through tsconfig paths, as in the repository.
    env: { ...process.env, TSX_TSCONFIG_PATH: join(root, 'tsconfig.json') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { stdout, cwd };
}

describe('examples/', () => {
  it('caseload-plan.ts plans the PCNs of a CSV and writes the plan', () => {
    const { stdout, cwd } = runExample('caseload-plan.ts', [join(root, 'examples/data/pcns.csv'), '--per-worker', '200-250']);
    expect(stdout).toContain('Heathside');
    const csv = readFileSync(join(cwd, 'out/caseload-plan.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('pcn,listSize,referrals,wteNeeded,wteInPost,gap');
    expect(csv).toContain('total,273300,3280-4373,13.12-21.86,7.5,5.62-14.36');
  });

  it('demo.ts prints every section', () => {
    const { stdout } = runExample('demo.ts');
    expect(stdout).toContain('Caseload plan');
    expect(existsSync(join(root, 'examples/demo.ts'))).toBe(true);
  });
});
