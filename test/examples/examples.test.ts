/**
 * Runs each analyst script in examples/ the way the README says (`npx tsx examples/<file>.ts`),
 * on a small input, in a scratch directory, and checks what it prints and writes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
// The package name resolves to src/ through tsconfig paths, as in the repository.
const env = { ...process.env, TSX_TSCONFIG_PATH: join(root, 'tsconfig.json') };

function runExample(file: string, args: string[] = []): { stdout: string; cwd: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'sp-example-'));
  const stdout = execFileSync(process.execPath, ['--import', tsx, join(root, 'examples', file), ...args], {
    cwd,
    encoding: 'utf8',
    env,
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

  it('eligibility-screen.ts screens synthetic people with progress on stderr', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sp-example-'));
    const result = spawnSync(process.execPath, ['--import', tsx, join(root, 'examples/eligibility-screen.ts'), '--count', '20000'], {
      cwd,
      encoding: 'utf8',
      env,
    });
    expect(result.status).toBe(0);
    expect(result.stderr.match(/screened [\d,]+ people/g)).toEqual(['screened 10,000 people', 'screened 20,000 people']);
    expect(result.stdout).toContain('20,000 people screened on 2025-06-01');
    const decisions = readFileSync(join(cwd, 'out/eligibility-screen.csv'), 'utf8').trim().split('\r\n');
    expect(decisions).toHaveLength(20_001);
    expect(new Set(decisions.slice(1).map((line) => line.split(',')[1]))).toEqual(new Set(['eligible', 'needs-information', 'ineligible']));
  });

  it('demo.ts prints every section', () => {
    const { stdout } = runExample('demo.ts');
    expect(stdout).toContain('Caseload plan');
    expect(existsSync(join(root, 'examples/demo.ts'))).toBe(true);
  });
});
