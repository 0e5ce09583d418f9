/**
 * The package as users get it: `npm pack`, install the tarball into a fresh
 * project, import every subpath from ESM and CJS, and type-check a consumer
 * file under `moduleResolution` node16 and bundler.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const built = existsSync(join(root, 'dist/index.js'));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
const subpaths = Object.keys(manifest.exports)
  .filter((key) => key !== './package.json')
  .map((key) => (key === '.' ? 'social-prescribing' : `social-prescribing/${key.slice(2)}`));

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_loglevel: 'error' } });

describe.skipIf(!built)('the packed tarball, installed in a fresh project', () => {
  let project = '';
  let packed: { filename: string; files: { path: string }[] }[] = [];

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'sp-consumer-'));
    packed = JSON.parse(npm(['pack', '--json', '--pack-destination', project], root)) as typeof packed;
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
    // The consumer uses the repository's TypeScript; the tarball's own dependencies come from the registry.
    npm(['install', '--no-audit', '--no-fund', '--no-package-lock', '--prefer-offline', join(project, packed[0]!.filename)], project);
  }, 180_000);

  it('ships dist, README, LICENSE and package.json only', () => {
    const paths = packed[0]!.files.map((f) => f.path);
    expect(paths).toContain('dist/index.js');
    expect(paths.every((p) => p.startsWith('dist/') || ['README.md', 'LICENSE', 'package.json', 'CHANGELOG.md'].includes(p))).toBe(true);
  });

  // One child process per format for every subpath (two in all, not two per subpath).
  const keyCounts = (kind: 'esm' | 'cjs'): Record<string, number> => {
    const load = (s: string) => (kind === 'esm' ? `await import('${s}')` : `require('${s}')`);
    const script = `const out = {}; ${subpaths.map((s) => `out['${s}'] = Object.keys(${load(s)}).length;`).join(' ')} console.log(JSON.stringify(out));`;
    const stdout = execFileSync(process.execPath, [kind === 'esm' ? '--input-type=module' : '--input-type=commonjs', '-e', script], { cwd: project, encoding: 'utf8' });
    return JSON.parse(stdout) as Record<string, number>;
  };
  let esm: Record<string, number> = {};
  let cjs: Record<string, number> = {};
  beforeAll(() => {
    esm = keyCounts('esm');
    cjs = keyCounts('cjs');
  });

  it.each(subpaths)('%s imports from ESM and CJS', (specifier) => {
    expect(esm[specifier]).toBeGreaterThan(0);
    expect(cjs[specifier]).toBe(esm[specifier]);
  });

  it.each(['node16', 'bundler'] as const)('a consumer type-checks with moduleResolution %s', (resolution) => {
    const module = resolution === 'node16' ? 'node16' : 'esnext';
    writeFileSync(
      join(project, `tsconfig.${resolution}.json`),
      JSON.stringify({
        // node16 also checks every declaration file the package ships (and those of its dependencies);
        // bundler checks the consumer against them, which is what differs between the two resolutions.
        compilerOptions: { strict: true, noEmit: true, module, moduleResolution: resolution, target: 'es2022', skipLibCheck: resolution === 'bundler', types: [] },
        files: ['consumer.mts'],
      }),
    );
    writeFileSync(
      join(project, 'consumer.mts'),
      [
        ...subpaths.map((s, i) => `import * as m${i} from '${s}';`),
        `import { planCaseload, type CaseloadPlan } from 'social-prescribing/caseload';`,
        `import { SocialPrescribingError, type IsoDate } from 'social-prescribing/core';`,
        `const plan: CaseloadPlan = planCaseload({ pcns: [{ id: 'a', listSize: 40000 }] });`,
        `const day: IsoDate = '2025-04-01';`,
        `const e: unknown = new SocialPrescribingError('caseload/invalid-options', []);`,
        `export const used = [plan.total.wteNeeded.max, day, e instanceof Error, ${subpaths.map((_, i) => `m${i}`).join(', ')}];`,
      ].join('\n'),
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const out = execFileSync(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], { cwd: project, encoding: 'utf8' });
    expect(out).toBe('');
    // node16 checks every shipped declaration file: the longest test here, run beside lint in the gate.
  }, 180_000);
});
