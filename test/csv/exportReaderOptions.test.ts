/** The options and the report of the export readers: whole-number limits, progress, and the unmapped values listed. */
import { describe, expect, it } from 'vitest';
import { referralsFromExport } from '../../src/csv/index.js';
import { errorOf } from '../support/errorOf.js';
import { base } from './exportSupport.js';

describe('export read options', () => {
  it('refuses limits that are numbers but not whole', () => {
    expect(errorOf(() => referralsFromExport([], base, { progressEvery: 1.5, maxRejectedRows: 2.5, maxUnmappedValues: Number.POSITIVE_INFINITY }))).toEqual({
      code: 'csv/invalid-options',
      issues: [
        { path: ['progressEvery'], message: 'must be a whole number, 1 or more' },
        { path: ['maxRejectedRows'], message: 'must be a whole number, 0 or more' },
        { path: ['maxUnmappedValues'], message: 'must be a whole number, 0 or more' },
      ],
    });
  });

  it('reads rows at any progressEvery without an onProgress to call', () => {
    const result = referralsFromExport([['Date', 'Source'], ['01/04/2025', 'GP'], ['02/04/2025', 'GP']], base, { progressEvery: 1 });
    expect([result.rowsRead, result.referrals.length]).toEqual([2, 2]);
  });

  it('lists at most maxUnmappedValues distinct values per column, and counts those listed', () => {
    const rows = [['Date', 'Source'], ...['Owl', 'Bat', 'Owl', 'Ant'].map((source) => ['01/04/2025', source])];
    expect(referralsFromExport(rows, base, { maxUnmappedValues: 1 }).unmapped).toEqual({ Source: { Owl: 2 } });
    expect(referralsFromExport(rows, base, { maxUnmappedValues: 2 }).unmapped).toEqual({ Source: { Owl: 2, Bat: 1 } });
    expect(referralsFromExport(rows, base, { maxUnmappedValues: 0 }).unmapped).toEqual({ Source: {} });
  });
});

describe('export report', () => {
  it('lists the unmapped values of a column by count, most first, then by text', () => {
    const sources = ['Bat', 'Owl', 'Emu', 'Ant', 'Owl', 'Ant', 'Cat', 'Yak', 'Emu', 'Emu', 'Dog'];
    const result = referralsFromExport([['Date', 'Source'], ...sources.map((source) => ['01/04/2025', source])], base);
    expect(Object.entries(result.unmapped['Source'] ?? {})).toEqual([
      ['Emu', 3],
      ['Ant', 2],
      ['Owl', 2],
      ['Bat', 1],
      ['Cat', 1],
      ['Dog', 1],
      ['Yak', 1],
    ]);
  });
});
