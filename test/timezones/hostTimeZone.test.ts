/**
 * Results never depend on the host time zone: every public function's representative call and
 * the date sweeps of libraryProbes.ts give byte-identical JSON under UTC, UTC+14 and UTC−8/−7,
 * each in its own child process. The second test plants a host-zone bug and shows it reported.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { publicFunctions } from '../bad-input/catalogue.js';
import { ZONES, snapshotsUnderZones, stableJson, zoneDifferences, type ZoneSnapshot } from './zones.js';

const here = import.meta.dirname;

describe('host time zone', () => {
  // One child process per zone runs both probe modules (three processes, not six).
  let library: ZoneSnapshot[] = [];
  let planted: ZoneSnapshot[] = [];
  beforeAll(async () => {
    [library, planted] = (await snapshotsUnderZones([join(here, 'libraryProbes.ts'), join(here, 'plantedProbes.ts')])) as [ZoneSnapshot[], ZoneSnapshot[]];
  }, 180_000);

  it('gives identical results for every public function under UTC, Pacific/Kiritimati and America/Los_Angeles', () => {
    const snapshots = library;
    // Each child really ran in its zone: January and July offsets in minutes west of UTC.
    expect(snapshots.map((s) => [s.zone, s.offsets])).toEqual([
      ['UTC', [0, 0]],
      ['Pacific/Kiritimati', [-840, -840]],
      ['America/Los_Angeles', [480, 420]],
    ]);
    // Every public function is called: a new one without a catalogue entry fails here.
    expect(publicFunctions().filter((name) => snapshots[0]!.results[`baseline ${name}`] === undefined)).toEqual([]);
    expect(Object.values(snapshots[0]!.results).filter((json) => json.startsWith('threw'))).toEqual([]);
    expect(zoneDifferences(snapshots)).toEqual([]);
  });

  it('reports a planted host-zone-dependent date function (new Date(y, m, d).toISOString())', () => {
    const snapshots = planted;
    expect(snapshots.map((s) => s.results['planted.nextDayViaLocalDate'])).toEqual(['"2025-03-31"', '"2025-03-30"', '"2025-03-31"']);
    expect(zoneDifferences(snapshots)).toEqual(['planted.nextDayViaLocalDate']);
  });
});

describe('zoneDifferences', () => {
  const snapshot = (zone: string, results: Record<string, string>) => ({ zone, offsets: [0, 0] as const, results });

  it('names a probe missing from one zone', () => {
    expect(zoneDifferences([snapshot('a', { x: '1', y: '2' }), snapshot('b', { x: '1' })])).toEqual(['y']);
  });

  it('lists the zones it checks', () => {
    expect(ZONES).toEqual(['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles']);
  });
});

describe('stableJson', () => {
  it('tells apart values JSON.stringify would merge', () => {
    const values = [undefined, null, Number.NaN, Number.POSITIVE_INFINITY, -0, 0, 10n, Symbol('s'), () => 1, new Map([[1, 2]]), new Set([1]), new Date(0), new Error('e')];
    const texts = values.map((value) => stableJson([value]));
    expect(new Set(texts).size).toBe(values.length);
    expect(stableJson({ a: undefined, b: [1, Number.NaN] })).toBe('{"a":"<undefined>","b":[1,"<number NaN>"]}');
  });
});
