import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvParser, csvRows, formatCsv, parseCsv } from '../../src/csv/index.js';
import { SocialPrescribingError } from '../../src/core/index.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,b,c\n"1,2","say ""hi""","line\nbreak"\n')).toEqual([
      ['a', 'b', 'c'],
      ['1,2', 'say "hi"', 'line\nbreak'],
    ]);
  });

  it('takes CRLF, LF and CR line ends, drops a BOM and skips blank lines', () => {
    expect(parseCsv('\uFEFFa,b\r\n1,2\r\n\r\n3,4\r5,6')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('keeps empty cells and a trailing empty cell', () => {
    expect(parseCsv('a,,c,\n')).toEqual([['a', '', 'c', '']]);
    expect(parseCsv('""\n')).toEqual([['']].filter(() => false));
    expect(parseCsv('')).toEqual([]);
  });

  it('throws on an unterminated quote, naming the row not the value', () => {
    expect(() => parseCsv('a,b\n1,"never closed')).toThrow(SocialPrescribingError);
    try {
      parseCsv('a,b\n1,"Jane Doe 943 476 5919');
    } catch (error) {
      const e = error as SocialPrescribingError;
      expect(e.code).toBe('csv/unterminated-quote');
      expect(e.issues[0]!.path).toEqual([1]);
      expect(e.message).not.toContain('Jane');
    }
  });

  it('a quote ending exactly at the end of input is closed', () => {
    expect(parseCsv('a,"b"')).toEqual([['a', 'b']]);
  });
});

const cell = fc.oneof(fc.string(), fc.constantFrom(',', '"', '\n', '\r\n', 'a"b', ' x '));
const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 20 }).map((rows) => {
  const width = rows[0]!.length;
  return rows.map((row) => [...row, ...Array<string>(width).fill('')].slice(0, width));
});

describe('CSV round trip', () => {
  it('parseCsv(formatCsv(rows, { escapeFormulas: false })) gives the rows back (rows that are not one empty cell)', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const kept = rows.filter((row) => !(row.length === 1 && row[0] === ''));
        expect(parseCsv(formatCsv(kept, { escapeFormulas: false }))).toEqual(kept);
      }),
    );
  });

  it('with formulas neutralised (the default), a cell comes back as it was or with one quote in front, and none would run', () => {
    const risky = fc.oneof(cell, fc.constantFrom('=1+1', '-3', '+2.5', '-x', '@SUM(A1)', '\tx', '\rx', "'=x", "''-y", '-', '1e5'));
    const riskyTable = fc.array(fc.array(risky, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(riskyTable, (rows) => {
        const kept = rows.filter((row) => !(row.length === 1 && row[0] === ''));
        const parsed = parseCsv(formatCsv(kept));
        parsed.forEach((row, i) =>
          row.forEach((text, j) => {
            expect([kept[i]![j], `'${kept[i]![j]!}`]).toContain(text);
            if (/^[=+\-@\t\r]/.test(text)) expect(text).toMatch(/^[+-]\d+(\.\d+)?$/);
          }),
        );
      }),
    );
  });

  it('chunking does not change the rows', () => {
    fc.assert(
      fc.property(table, fc.array(fc.nat(), { maxLength: 10 }), (rows, cuts) => {
        const text = formatCsv(rows);
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const parser = createCsvParser();
        const out: string[][] = [];
        let last = 0;
        for (const point of [...points, text.length]) {
          out.push(...parser.push(text.slice(last, point)));
          last = point;
        }
        out.push(...parser.end());
        expect(out).toEqual(parseCsv(text));
      }),
    );
  });
});

describe('csvRows', () => {
  it('streams rows from async chunks', async () => {
    async function* chunks() {
      yield await Promise.resolve('id,pcn\r');
      yield '\nR-1,"no';
      yield 'rth"\n';
    }
    const rows: string[][] = [];
    for await (const row of csvRows(chunks())) rows.push(row);
    expect(rows).toEqual([
      ['id', 'pcn'],
      ['R-1', 'north'],
    ]);
  });

  it('rejects chunks that are not strings', async () => {
    const rows = csvRows([Buffer.from('a,b') as unknown as string]);
    await expect(rows.next()).rejects.toMatchObject({ code: 'csv/invalid-input' });
  });
});
