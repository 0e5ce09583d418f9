/**
 * The time-zone guarantee without running the suite three times: a probe module (a record of
 * named calls) runs in one child process per zone, each prints its results as JSON, and any
 * probe whose JSON differs between zones is reported. See test/timezones/hostTimeZone.test.ts.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/** The zones the library's results must not depend on: UTC, UTC+14 (no DST) and UTC−8/−7 (with DST). */
export const ZONES = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'] as const;

/** What one child process printed: the offset it ran at (proof the zone took) and each probe's result as JSON. */
export interface ZoneSnapshot {
  readonly zone: string;
  /** `getTimezoneOffset()` on 2025-01-15 and 2025-07-15, in minutes. */
  readonly offsets: readonly [number, number];
  readonly results: Readonly<Record<string, string>>;
}

const root = resolve(import.meta.dirname, '../..');

/**
 * A bundle keeps each source's own `import.meta.dirname`, `filename` and `url` (fixtures are read
 * relative to the file that names them), written in as the source's path when it is bundled.
 */
const sourceImportMeta: Plugin = {
  name: 'source-import-meta',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/, namespace: 'file' }, (args) => {
      const contents = readFileSync(args.path, 'utf8')
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path))
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * Bundles snapshot.ts and the probe modules (esbuild, the library from src/, packages left to
 * node_modules) into `outdir`, inside the repository so the packages resolve. A child then runs
 * plain node: under tsx each of the three children transformed and loaded every source again.
 * Returns the bundle of snapshot.ts and of each probe module, in the order given.
 */
export async function bundleProbes(probeModules: readonly string[], outdir: string): Promise<{ snapshot: string; probes: string[] }> {
  const entries = [join(import.meta.dirname, 'snapshot.ts'), ...probeModules];
  const names = entries.map((entry, i) => `${String(i)}-${basename(entry, '.ts')}`);
  await build({
    entryPoints: entries.map((entry, i) => ({ in: entry, out: names[i]! })),
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.json'),
    packages: 'external',
    plugins: [sourceImportMeta],
    logLevel: 'error',
  });
  const [snapshot, ...probes] = names.map((name) => join(outdir, `${name}.mjs`));
  return { snapshot: snapshot!, probes };
}

/** Runs every probe of each of `probes` (bundled probe modules) in ONE child process with `TZ=zone`: a snapshot per module. */
export function snapshotUnderZone(snapshot: string, probes: readonly string[], zone: string): Promise<ZoneSnapshot[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [snapshot, ...probes], {
      cwd: root,
      env: { ...process.env, TZ: zone },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (status) => {
      if (status !== 0) fail(new Error(`snapshot under ${zone} exited with ${String(status)}: ${stderr.slice(0, 2000)}`));
      else {
        const { offsets, modules } = JSON.parse(stdout) as { offsets: ZoneSnapshot['offsets']; modules: ZoneSnapshot['results'][] };
        done(modules.map((results) => ({ zone, offsets, results })));
      }
    });
  });
}

/**
 * Snapshots under every zone, in parallel, one child process per zone running every module (a
 * bundle of them, removed afterwards): for each module (in the order given), its snapshot under each zone.
 */
export async function snapshotsUnderZones(probeModules: readonly string[], zones: readonly string[] = ZONES): Promise<ZoneSnapshot[][]> {
  const outdir = join(root, '.cache', 'timezones', String(process.pid));
  try {
    const { snapshot, probes } = await bundleProbes(probeModules, outdir);
    const byZone = await Promise.all(zones.map((zone) => snapshotUnderZone(snapshot, probes, zone)));
    return probeModules.map((_, m) => byZone.map((snapshots) => snapshots[m]!));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** The probes whose results differ between any two snapshots (or are missing from one), sorted. */
export function zoneDifferences(snapshots: readonly ZoneSnapshot[]): string[] {
  const names = new Set(snapshots.flatMap((snapshot) => Object.keys(snapshot.results)));
  const differing = [...names].filter((name) => new Set(snapshots.map((snapshot) => snapshot.results[name] ?? '<missing>')).size > 1);
  return differing.sort();
}

/**
 * JSON for anything a call can return or throw: functions, Maps, Sets, bigints, symbols,
 * `undefined`, NaN, ±Infinity and -0 get a tagged form, so two zones' results compare exactly.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, function replace(this: unknown, key: string, item: unknown): unknown {
    const raw = key === '' ? item : (this as Record<string, unknown>)[key];
    if (raw === undefined) return '<undefined>';
    if (typeof raw === 'number' && (!Number.isFinite(raw) || Object.is(raw, -0))) return `<number ${Object.is(raw, -0) ? '-0' : String(raw)}>`;
    if (typeof raw === 'bigint') return `<bigint ${raw.toString()}>`;
    if (typeof raw === 'symbol') return `<symbol ${raw.description ?? ''}>`;
    if (typeof raw === 'function') return `<function ${raw.name}>`;
    if (raw instanceof Date) return `<Date ${Number.isNaN(raw.getTime()) ? 'invalid' : raw.toISOString()}>`;
    if (raw instanceof Map) return { '<Map>': [...raw] };
    if (raw instanceof Set) return { '<Set>': [...raw] };
    if (raw instanceof Error) return { '<Error>': raw.name, message: raw.message, ...(raw as unknown as Record<string, unknown>) };
    return raw;
  });
}
