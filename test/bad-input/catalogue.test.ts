/**
 * The bad-input catalogue as a whole: an entry for every public function, every baseline call
 * valid, and the per-module case files (test/bad-input/catalogue/<modules>.test.ts, named for the
 * modules they run) covering every module exactly once.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, MODULES, callEntry, exportFor, publicFunctions } from './catalogue.js';
import { findBadValue } from './hostile.js';

const keys = Object.keys(CATALOGUE).sort();

describe('bad-input catalogue', () => {
  it('has an entry for every public function of every module', () => {
    const missing = publicFunctions().filter((name) => CATALOGUE[name] === undefined);
    expect(missing, 'public functions without a catalogue entry').toEqual([]);
  });

  it('runs every baseline call without error', async () => {
    for (const key of keys.filter((name) => typeof exportFor(name) === 'function')) {
      const entry = CATALOGUE[key]!;
      const result = await callEntry(key, entry, entry.args());
      expect(findBadValue(result), key).toBeNull();
    }
  });

  it('runs the cases of every module in exactly one file', () => {
    const files = readdirSync(new URL('catalogue/', import.meta.url)).filter((file) => file.endsWith('.test.ts'));
    const covered = files.flatMap((file) => file.replace('.test.ts', '').split('-'));
    expect(covered.toSorted()).toEqual(Object.keys(MODULES).toSorted());
  });
});
