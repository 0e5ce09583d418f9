/**
 * Bugs the bad-input catalogue found, pinned one by one (the catalogue covers
 * them too; these name the exact call).
 */
import { describe, expect, it } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import { createCsvParser, csvRows, formatCsv, parseCsv, referralsFromCsv } from '../../src/csv/index.js';

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof SocialPrescribingError ? error.code : `not a SocialPrescribingError: ${String(error)}`;
  }
}

async function asyncCodeOf(run: () => AsyncIterable<unknown>): Promise<string | null> {
  try {
    for await (const item of run()) void item;
    return null;
  } catch (error) {
    return error instanceof SocialPrescribingError ? error.code : `not a SocialPrescribingError: ${String(error)}`;
  }
}

describe('csv: non-text input is a csv/invalid-input error, not a TypeError', () => {
  it('parseCsv and createCsvParser().push reject a non-string', () => {
    expect(codeOf(() => parseCsv(null as never))).toBe('csv/invalid-input');
    expect(codeOf(() => parseCsv(42 as never))).toBe('csv/invalid-input');
    expect(codeOf(() => createCsvParser().push(['a,b'] as never))).toBe('csv/invalid-input');
  });

  it('formatCsv rejects a non-iterable and a row that is not an array', () => {
    expect(codeOf(() => formatCsv(null as never))).toBe('csv/invalid-input');
    expect(codeOf(() => formatCsv(7 as never))).toBe('csv/invalid-input');
    expect(codeOf(() => formatCsv([['a'], 'b,c'] as never))).toBe('csv/invalid-input');
  });

  it('csvRows rejects a non-iterable', async () => {
    expect(await asyncCodeOf(() => csvRows(undefined as never))).toBe('csv/invalid-input');
    expect(await asyncCodeOf(() => csvRows(3 as never))).toBe('csv/invalid-input');
  });

  it('referralsFromCsv rejects non-iterable rows, a bad header and bad options, and reports a bad data row', () => {
    expect(codeOf(() => referralsFromCsv(null as never))).toBe('csv/invalid-input');
    expect(codeOf(() => referralsFromCsv('id,referredOn' as never))).toBe('csv/invalid-input');
    expect(codeOf(() => [...referralsFromCsv([[1, 2, 3]] as never)])).toBe('csv/invalid-input');
    expect(codeOf(() => [...referralsFromCsv([['id', 'referredOn', 'source']], null as never)])).toBe('csv/invalid-options');
    expect(codeOf(() => [...referralsFromCsv([['id', 'referredOn', 'source']], { columns: [] as never })])).toBe('csv/invalid-options');
    const results = [...referralsFromCsv([['id', 'referredOn', 'source'], null, ['R-1', '2025-04-01', 'self']] as never)];
    expect(results.map((r) => [r.line, r.ok])).toEqual([
      [2, false],
      [3, true],
    ]);
  });
});
