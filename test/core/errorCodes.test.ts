import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCode } from '../../src/core/index.js';

const SRC = join(import.meta.dirname, '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [readFileSync(join(dir, entry.name), 'utf8')] : [],
  );
}

// caseload builds `caseload/invalid-${quantity}` from these quantities (src/caseload/validate.ts).
const CASELOAD_QUANTITIES = ['list-size', 'rate', 'people-per-worker', 'wte', 'weeks', 'contacts', 'working-days', 'leave-days', 'referrals'];

describe('ERROR_CODES', () => {
  const listed = new Set<string>(Object.values(ERROR_CODES).flatMap((table) => Object.keys(table)));
  const modules = Object.keys(ERROR_CODES).join('|');
  const thrown = new Set<string>([
    ...sources(SRC).flatMap((text) => [...text.matchAll(new RegExp(`'((?:${modules})/[a-z0-9-]+)'`, 'g'))].map((m) => m[1]!)),
    ...CASELOAD_QUANTITIES.map((quantity) => `caseload/invalid-${quantity}`),
  ]);
  // The table's own entries are code literals too: count only the code outside errorCodes.ts.
  const outside = new Set<string>(
    sources(SRC)
      .filter((text) => !text.includes('export const ERROR_CODES'))
      .flatMap((text) => [...text.matchAll(new RegExp(`'((?:${modules})/[a-z0-9-]+)'`, 'g'))].map((m) => m[1]!)),
  );

  it('lists every code the source throws', () => {
    expect([...thrown].filter((code) => !listed.has(code))).toEqual([]);
  });

  it('lists no code the source never uses', () => {
    const used = new Set([...outside, ...CASELOAD_QUANTITIES.map((quantity) => `caseload/invalid-${quantity}`)]);
    expect([...listed].filter((code) => !used.has(code))).toEqual([]);
  });

  it('keeps each code under its own module, with a meaning', () => {
    for (const [module, table] of Object.entries(ERROR_CODES)) {
      for (const [code, meaning] of Object.entries(table)) {
        expect(code.startsWith(`${module}/`)).toBe(true);
        expect(meaning.length).toBeGreaterThan(10);
      }
    }
  });

  it('types every code as an ErrorCode', () => {
    const code: ErrorCode = 'caseload/rate-above-one';
    expect(listed.has(code)).toBe(true);
  });
});
