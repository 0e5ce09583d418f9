/**
 * Runs each analyst script in examples/ on a small input, in a scratch directory, and checks what
 * it prints and writes. `readme.ts` runs the way the README says (`npx tsx examples/<file>.ts`);
 * the others run as one-file bundles of the same source (esbuild, the library from src/ through
 * the tsconfig paths, packages from node_modules), written beside the source so that
 * `import.meta.url` and `import.meta.dirname` still point into examples/: the TypeScript loader
 * cost each run about 2 s of CPU, most of each example's time.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
// The package name resolves to src/ through tsconfig paths, as in the repository.
const env = { ...process.env, TSX_TSCONFIG_PATH: join(root, 'tsconfig.json') };

const bundles: string[] = [];
afterAll(() => {
  for (const bundle of bundles) rmSync(bundle, { force: true });
});

/** The node arguments that run an example: through tsx for readme.ts, else a bundle of it (built once). */
function nodeArgs(file: string): string[] {
  const source = join(root, 'examples', file);
  if (file === 'readme.ts') return ['--import', tsx, source];
  const bundle = join(root, 'examples', `${file.replace(/\.ts$/, '')}.${process.pid}.bundle.mjs`);
  if (!bundles.includes(bundle)) {
    buildSync({ entryPoints: [source], outfile: bundle, bundle: true, platform: 'node', format: 'esm', target: 'node20', tsconfig: join(root, 'tsconfig.json'), packages: 'external', logLevel: 'error' });
    bundles.push(bundle);
  }
  return [bundle];
}

function runExample(file: string, args: string[] = []): { stdout: string; cwd: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'sp-example-'));
  const stdout = execFileSync(process.execPath, [...nodeArgs(file), ...args], {
    cwd,
    encoding: 'utf8',
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { stdout, cwd };
}

/** Runs an example to the end whatever its exit status, for the tests that read its stderr. */
function spawnExample(file: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...nodeArgs(file), ...args], { cwd, encoding: 'utf8', env });
}

describe('examples/', () => {
  it('caseload-plan.ts plans the PCNs of a CSV and writes the plan', () => {
    const { stdout, cwd } = runExample('caseload-plan.ts', [join(root, 'examples/data/pcns.csv'), '--per-worker', '200-250']);
    expect(stdout).toContain('Heathside');
    const csv = readFileSync(join(cwd, 'out/caseload-plan.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('pcn,listSize,referrals,wteNeeded,wteInPost,gap');
    expect(csv).toContain('total,273300,3280-4373,13.12-21.86,7.5,5.62-14.36');
  });

  it('england-plan.ts plans every PCN of the NHS Digital fixture by ICB and writes the plan', () => {
    const { stdout, cwd } = runExample('england-plan.ts');
    expect(stdout).toContain('6 practices (66,429 patients) in 5 PCNs and 1 ICBs.');
    expect(stdout).toContain('| **NHS North East and North Cumbria Integrated Care Board (subtotal)** | 5 | 66,429 | 797–1,063 |');
    expect(readFileSync(join(cwd, 'out/england-plan.csv'), 'utf8').split('\r\n')[0]).toMatch(/^row,group,id,name,pcns,/);
    expect(readFileSync(join(cwd, 'out/england-plan.md'), 'utf8')).toContain('| STOCKTON PCN |');
    expect(existsSync(join(cwd, 'out/england-plan-QHM.vl.json'))).toBe(true);
  });

  it('eligibility-screen.ts screens synthetic people with progress on stderr', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sp-example-'));
    const result = spawnExample('eligibility-screen.ts', ['--count', '20000'], cwd);
    expect(result.status).toBe(0);
    expect(result.stderr.match(/screened [\d,]+ people/g)).toEqual(['screened 10,000 people', 'screened 20,000 people']);
    expect(result.stdout).toContain('20,000 people screened on 2025-06-01');
    const decisions = readFileSync(join(cwd, 'out/eligibility-screen.csv'), 'utf8').trim().split('\r\n');
    expect(decisions).toHaveLength(20_001);
    expect(new Set(decisions.slice(1).map((line) => line.split(',')[1]))).toEqual(new Set(['eligible', 'needs-information', 'ineligible']));
  });

  it('analyst-report.ts summarises synthetic referrals into a table, CSV, Markdown and a rendered chart', () => {
    const { stdout, cwd } = runExample('analyst-report.ts', ['--count', '5000']);
    expect(stdout).toContain('| **total** | 5000 |');
    for (const file of ['outcomes.csv', 'outcomes.md', 'outcomes-chart.vl.json', 'outcomes-chart.svg']) {
      expect(existsSync(join(cwd, 'out', file)), file).toBe(true);
    }
    expect(readFileSync(join(cwd, 'out/outcomes-chart.svg'), 'utf8')).toMatch(/^<svg/);
  });

  it('analyst-report.ts reads a referrals CSV and reports bad rows by line', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sp-example-'));
    const csv = [
      'id,referredOn,source,pcn,needs,events,contacts',
      'R-1,2024-05-01,gp-practice,north,housing,accepted:2024-05-02,2024-05-09:telephone:30:yes',
      'R-2,2024-02-30,gp-practice,north,,,',
      'R-3,2024-06-01,self,south,social-isolation,,',
    ].join('\n');
    writeFileSync(join(cwd, 'referrals.csv'), csv);
    const result = spawnExample('analyst-report.ts', ['referrals.csv'], cwd);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('line 3: referredOn');
    expect(result.stdout).toContain('2 referrals in the period');
    expect(result.stdout).toContain('1 rows rejected');
  });

  it('parallel-summary.ts merges worker accumulators into the single-thread summary', () => {
    const { stdout } = runExample('parallel-summary.ts', ['--count', '5000']);
    expect(stdout).toContain('equals the single-thread summary: true');
  });

  it('readme.ts prints what the README shows', () => {
    const { stdout } = runExample('readme.ts');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const shown = /prints \(this is `examples\/readme.ts`[^\n]*\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBeDefined();
    expect(stdout.trimEnd()).toBe(shown!.trimEnd());
    const code = /## Quick start\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(readFileSync(join(root, 'examples/readme.ts'), 'utf8')).toContain(code!.trim());
  });

  it('demo.ts prints every section', () => {
    const { stdout } = runExample('demo.ts');
    for (const heading of ['Caseload plan', 'Which North West Surrey services fit?', 'Supervision', 'Top three gaps in provision', 'Exchanging one referral']) {
      expect(stdout).toContain(heading);
    }
    expect(existsSync(join(root, 'examples/demo.ts'))).toBe(true);
  });

  it('from-export.ts goes from the messy 5,000-row export to the per-PCN table, a chart and a publishing-safe CSV', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sp-example-'));
    const result = spawnExample('from-export.ts', [], cwd);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('read 5,000 rows');
    expect(result.stdout).toContain('4994 referrals read; 6 rows rejected');
    for (const [row, path] of [[101, 'referredOn'], [779, 'contactsAttended'], [1502, 'scores.0.end'], [2224, 'source'], [3002, 'id'], [4323, 'closedOn']]) {
      expect(result.stdout).toContain(`row ${row}: ${path} `);
    }
    expect(result.stdout).not.toMatch(/943 476 5919|31\/02\/2025/);
    expect(result.stdout).toMatch(/\| north-riverside-pcn \| \d+ \| \d+% /);
    const csv = readFileSync(join(cwd, 'out/pcn-outcomes.csv'), 'utf8').trim().split('\r\n');
    expect(csv).toHaveLength(6); // header, four PCNs, total
    const header = csv[0]!.split(',');
    const referrals = csv.slice(1).map((line) => line.split(',')[header.indexOf('referrals')]);
    expect(referrals.every((cell) => Number(cell) % 5 === 0)).toBe(true);
    const chart = JSON.parse(readFileSync(join(cwd, 'out/pcn-engagement.vl.json'), 'utf8'));
    expect(chart.data.values).toHaveLength(5);
  });

  it('from-export.ts keeps to at most 25 lines of user code', () => {
    const source = readFileSync(join(root, 'examples/from-export.ts'), 'utf8');
    const code = source
      .replace(/\/\*\*[\s\S]*?\*\//g, '')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.trim().startsWith('//'));
    expect(code.length).toBeLessThanOrEqual(25);
  });
});
