/**
 * The time-zone guarantee without running the suite three times: a probe module (a record of
 * named calls) runs in one child process per zone, each prints its results as JSON, and any
 * probe whose JSON differs between zones is reported. See test/timezones/hostTimeZone.test.ts.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

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
const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;

/** Runs every probe of each of `probeModules` (paths) in ONE child process with `TZ=zone`: a snapshot per module. */
export function snapshotUnderZone(probeModules: readonly string[], zone: string): Promise<ZoneSnapshot[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', tsx, join(import.meta.dirname, 'snapshot.ts'), ...probeModules], {
      cwd: root,
      env: { ...process.env, TZ: zone, TSX_TSCONFIG_PATH: join(root, 'tsconfig.json') },
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
 * Snapshots under every zone, in parallel, one child process per zone running every module:
 * for each module (in the order given), its snapshot under each zone.
 */
export async function snapshotsUnderZones(probeModules: readonly string[], zones: readonly string[] = ZONES): Promise<ZoneSnapshot[][]> {
  const byZone = await Promise.all(zones.map((zone) => snapshotUnderZone(probeModules, zone)));
  return probeModules.map((_, m) => byZone.map((snapshots) => snapshots[m]!));
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
