/** Edge cases of the CSV reader and writer, with every error pinned (code, path, message). */
import { describe, expect, it } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import { createCsvParser, csvRows, formatCsv, parseCsv, referralsFromCsv, referralsToCsv } from '../../src/csv/index.js';
import { ReferralSchema } from '../../src/referrals/index.js';
import { errorOf, rejectionOf } from '../support/errorOf.js';

/** Drains the generator `run` returns, checking each item, and gives the error it ends with. */
const asyncErrorOf = (run: () => AsyncGenerator) =>
  rejectionOf(async () => {
    for await (const item of run()) expect(item).toBeDefined();
  });

describe('createCsvParser', () => {
  it('joins a CRLF split across chunks into one line end', () => {
    const parser = createCsvParser();
    expect(parser.push('a,b\r')).toEqual([['a', 'b']]);
    expect(parser.push('\nc,d\r')).toEqual([['c', 'd']]);
    expect(parser.push('e')).toEqual([]);
    expect(parser.end()).toEqual([['e']]);
  });

  it('ends a line at a lone CR, and keeps the character after it', () => {
    expect(parseCsv('a\rb\rc')).toEqual([['a'], ['b'], ['c']]);
    expect(parseCsv('a\r\r\nb')).toEqual([['a'], ['b']]);
  });

  it('drops a byte order mark only at the very start', () => {
    const parser = createCsvParser();
    expect(parser.push('')).toEqual([]);
    expect(parser.push('\uFEFFa,b\n\uFEFFc')).toEqual([['a', 'b']]);
    expect(parser.end()).toEqual([['\uFEFFc']]);
  });

  it('reads a quote inside an unquoted field as a character', () => {
    expect(parseCsv('a"b,"c"\n')).toEqual([['a"b', 'c']]);
  });

  it('reads a quote inside an unquoted field as a character when a chunk starts at it', () => {
    const parser = createCsvParser();
    expect(parser.push('x,ab')).toEqual([]);
    expect(parser.push('"c,d\n')).toEqual([['x', 'ab"c', 'd']]);
    expect(parser.end()).toEqual([]);
  });

  it('keeps a row of one empty quoted cell out, but a row of two empty cells in', () => {
    expect(parseCsv('x\n\n,\n')).toEqual([['x'], ['', '']]);
  });

  it('numbers unterminated-quote errors by row and resets for the next input', () => {
    expect(errorOf(() => parseCsv('a\nb\n"c'))).toEqual({
      code: 'csv/unterminated-quote',
      issues: [{ path: [2], message: 'a quoted field is never closed' }],
    });
    const parser = createCsvParser();
    parser.push('"open');
    expect(() => parser.end()).toThrow(SocialPrescribingError);
  });

  it('ends cleanly with nothing pending', () => {
    const parser = createCsvParser();
    expect(parser.push('a\n')).toEqual([['a']]);
    expect(parser.end()).toEqual([]);
    expect(createCsvParser().end()).toEqual([]);
  });

  it('gives the last cell of a row that ends in a comma', () => {
    expect(parseCsv('a,')).toEqual([['a', '']]);
  });

  it('rejects chunks that are not text', () => {
    expect(errorOf(() => createCsvParser().push(7 as never))).toEqual({
      code: 'csv/invalid-input',
      issues: [{ path: [], message: 'chunks must be strings (open the file with an encoding)' }],
    });
  });
});

describe('csvRows', () => {
  it('rejects what is not iterable, and chunks that are not text', async () => {
    expect(await asyncErrorOf(() => csvRows(42 as never))).toEqual({
      code: 'csv/invalid-input',
      issues: [{ path: [], message: 'chunks must be an iterable or async iterable of strings' }],
    });
    expect(await asyncErrorOf(() => csvRows(null as never))).toMatchObject({ code: 'csv/invalid-input' });
    expect(await asyncErrorOf(() => csvRows({} as never))).toMatchObject({ code: 'csv/invalid-input' });
    expect(await asyncErrorOf(() => csvRows(['a', 1] as never))).toEqual({
      code: 'csv/invalid-input',
      issues: [{ path: [], message: 'chunks must be strings (open the file with an encoding)' }],
    });
  });

  it('reads from a sync iterable', async () => {
    const rows: string[][] = [];
    for await (const row of csvRows(new Set(['a,b\n', 'c,d']))) rows.push(row);
    expect(rows).toEqual([['a', 'b'], ['c', 'd']]);
  });
});

describe('formatCsv', () => {
  it('rejects what is not iterable and rows that are not arrays, naming the row', () => {
    expect(errorOf(() => formatCsv(5 as never))).toEqual({
      code: 'csv/invalid-input',
      issues: [{ path: [], message: 'rows must be an iterable of arrays of cells' }],
    });
    expect(errorOf(() => formatCsv(null as never))).toMatchObject({ code: 'csv/invalid-input' });
    expect(errorOf(() => formatCsv({} as never))).toMatchObject({ code: 'csv/invalid-input' });
    expect(errorOf(() => formatCsv([['a'], ['b'], 'c'] as never))).toEqual({
      code: 'csv/invalid-input',
      issues: [{ path: [2], message: 'must be an array of cells' }],
    });
  });

  it('writes numbers, booleans and nulls', () => {
    expect(formatCsv([[1, true, null, 'a\rb']])).toBe('1,true,,"a\rb"\r\n');
  });
});

describe('referralsFromCsv', () => {
  const header = ['id', 'referredOn', 'source'];

  it('rejects rows that are not iterable, and bad options', () => {
    expect(errorOf(() => referralsFromCsv(3 as never))).toEqual({
      code: 'csv/invalid-input',
      issues: [{ path: [], message: 'rows must be an iterable of rows' }],
    });
    expect(errorOf(() => referralsFromCsv(null as never))).toMatchObject({ code: 'csv/invalid-input' });
    expect(errorOf(() => referralsFromCsv({} as never))).toMatchObject({ code: 'csv/invalid-input' });
    for (const columns of [5, null, ['id']]) {
      expect(errorOf(() => referralsFromCsv([header], { columns } as never))).toEqual({
        code: 'csv/invalid-options',
        issues: [{ path: ['columns'], message: 'must map referral CSV columns to header names' }],
      });
    }
    expect(errorOf(() => referralsFromCsv([header], 'x' as never))).toMatchObject({ code: 'csv/invalid-options' });
    expect(errorOf(() => referralsFromCsv([header], { columns: { id: 7 } } as never))).toEqual({
      code: 'csv/invalid-options',
      issues: [{ path: ['columns', 'id'], message: 'must map a referral CSV column to a header name' }],
    });
    expect([...referralsFromCsv([header], {})]).toEqual([]);
  });

  it('rejects a header that is not a row, and names each missing column', () => {
    expect(errorOf(() => [...referralsFromCsv(['id,referredOn'] as never)])).toMatchObject({ code: 'csv/invalid-input' });
    expect(errorOf(() => [...referralsFromCsv([['id']])])).toEqual({
      code: 'csv/missing-column',
      issues: [
        { path: ['header', 'referredOn'], message: 'is a required column' },
        { path: ['header', 'source'], message: 'is a required column' },
      ],
    });
  });

  it('reports a data row that is not an array of strings, and goes on', () => {
    const results = [...referralsFromCsv([header, 'R-1' as never, ['R-2', '2025-04-01', 'self'], ['R-3', 5, 'self'] as never])];
    expect(results.map((r) => [r.index, r.line, r.ok])).toEqual([
      [0, 2, false],
      [1, 3, true],
      [2, 4, false],
    ]);
    expect(results[0]).toMatchObject({ issues: [{ path: [], message: 'must be an array of strings (cells)' }] });
  });

  it('trims header names and cells; the first of two same-named columns wins', () => {
    const [result] = [...referralsFromCsv([[' id ', 'referredOn', 'source', 'source', 'needs'], [' R-1 ', '2025-04-01', 'self', 'vcse', ' housing ; bereavement ']])];
    expect(result).toMatchObject({ ok: true, value: { id: 'R-1', source: 'self', needs: ['housing', 'bereavement'] } });
  });

  it('reads empty optional parts as absent', () => {
    const [result] = [
      ...referralsFromCsv([
        [...header, 'events', 'goals', 'onward', 'measures', 'contacts'],
        [
          'R-1',
          '2025-04-01',
          'self',
          'accepted:2025-04-02:',
          '2025-04-03:met:',
          'signpost:org-1:2025-04-04:',
          'swemwbs:baseline:2025-04-03::21.54;ucla3:baseline:2025-04-03:1/2/1:',
          '2025-04-03:telephone::yes',
        ],
      ]),
    ];
    expect(result).toMatchObject({ ok: true });
    if (result?.ok === true) {
      expect(result.value.events).toEqual([{ type: 'accepted', on: '2025-04-02' }]);
      expect(result.value.goals).toEqual([{ setOn: '2025-04-03', status: 'met' }]);
      expect(result.value.onward).toEqual([{ kind: 'signpost', organisationId: 'org-1', on: '2025-04-04' }]);
      expect(result.value.measures).toEqual([
        { instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-03', score: 21.54 },
        { instrument: 'ucla3', timepoint: 'baseline', on: '2025-04-03', items: [1, 2, 1] },
      ]);
      expect(result.value.contacts).toEqual([{ on: '2025-04-03', mode: 'telephone', attended: true }]);
    }
  });

  it('pins the decoding errors', () => {
    const [result] = [
      ...referralsFromCsv([
        [...header, 'birthYear', 'contacts', 'measures'],
        ['R-1', '2025-04-01', 'self', '1960.5', '2025-04-02:telephone: :no;2025-04-02:telephone:10', 'swemwbs:baseline:2025-04-02:3/ /x:zz'],
      ]),
    ];
    expect(result?.ok).toBe(false);
    if (result?.ok === false) {
      expect(result.issues.slice(0, 6)).toEqual([
        { path: ['birthYear'], message: 'must be a whole number' },
        { path: ['contacts', 0, 'minutes'], message: 'must be a number' },
        { path: ['contacts', 1], message: 'must be written date:mode:minutes:yes|no' },
        { path: ['measures', 0, 'items', 1], message: 'must be a number' },
        { path: ['measures', 0, 'items', 2], message: 'must be a number' },
        { path: ['measures', 0, 'score'], message: 'must be a number' },
      ]);
    }
  });

  it('names events written without a date', () => {
    const [result] = [...referralsFromCsv([[...header, 'events'], ['R-1', '2025-04-01', 'self', 'accepted']])];
    expect(result).toMatchObject({ ok: false });
    expect(result?.ok === false && result.issues[0]).toEqual({ path: ['events', 0], message: 'must be written type:date or closed:date:reason' });
  });
});

describe('referralsToCsv', () => {
  it('writes no empty trailing parts', () => {
    const referral = ReferralSchema.parse({
      id: 'R-1',
      referredOn: '2025-04-01',
      source: 'self',
      events: [{ type: 'accepted', on: '2025-04-02' }, { type: 'closed', on: '2025-04-30', reason: 'goals-met' }],
      goals: [{ setOn: '2025-04-03', status: 'met' }, { setOn: '2025-04-03', status: 'set', need: 'housing' }],
      onward: [{ kind: 'signpost', organisationId: 'o', on: '2025-04-04' }, { kind: 'referral', organisationId: 'o', on: '2025-04-04', activityId: 'a' }],
    });
    expect(referralsToCsv([referral]).split('\r\n')[1]).toBe(
      'R-1,2025-04-01,self,,,,,,,,,,accepted:2025-04-02;closed:2025-04-30:goals-met,,2025-04-03:met;2025-04-03:set:housing,signpost:o:2025-04-04;referral:o:2025-04-04:a,',
    );
  });
});
