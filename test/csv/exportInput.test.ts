/** What the export readers accept as rows, text, lines and options, with each refusal pinned (code, path, message). */
import { describe, expect, it } from 'vitest';
import { referralsFromExport, referralsFromExportStream } from '../../src/csv/index.js';
import { errorOf, rejectionOf } from '../support/errorOf.js';
import { base, drain } from './exportSupport.js';

describe('referralsFromExport input', () => {
  it('refuses rows that are not an array', () => {
    expect(errorOf(() => referralsFromExport('Date,Source' as never, base))).toEqual({
      code: 'csv/invalid-input',
      issues: [{ path: [], message: 'rows must be an array of rows (header first) or of objects keyed by header' }],
    });
  });

  it('refuses a header that is not an array of strings, at row 0', () => {
    const header = { code: 'csv/invalid-input', issues: [{ path: [0], message: 'must be the header: an array of strings' }] };
    expect(errorOf(() => referralsFromExport([['Date', 'Source', 1]] as never, base))).toEqual(header);
    expect(errorOf(() => referralsFromExport(['Date,Source'] as never, base))).toEqual(header);
    expect(errorOf(() => referralsFromExport([null] as never, base))).toEqual(header);
  });

  it('refuses a row with any cell that is not a string, at its index', () => {
    expect(errorOf(() => referralsFromExport([['Date', 'Source'], ['01/04/2025', 'GP'], ['01/04/2025', 3]] as never, base))).toEqual({
      code: 'csv/invalid-input',
      issues: [{ path: [2], message: 'must be an array of strings' }],
    });
    expect(errorOf(() => referralsFromExport([{ Date: '01/04/2025', Source: 'GP' }, null] as never, base))).toEqual({
      code: 'csv/invalid-input',
      issues: [{ path: [1], message: 'must be an object of strings keyed by header' }],
    });
  });
});

describe('referralsFromExportStream input', () => {
  it('refuses at once input that is neither text nor an iterable', () => {
    const refused = { code: 'csv/invalid-input', issues: [{ path: [], message: 'must be CSV text or an iterable or async iterable of its lines' }] };
    expect(errorOf(() => referralsFromExportStream(3 as never, base))).toEqual(refused);
    expect(errorOf(() => referralsFromExportStream(null as never, base))).toEqual(refused);
    expect(errorOf(() => referralsFromExportStream({ lines: ['Date,Source'] } as never, base))).toEqual(refused);
  });

  it('refuses at once options that are not an object', () => {
    const refused = { code: 'csv/invalid-options', issues: [{ path: [], message: 'must be an options object' }] };
    expect(errorOf(() => referralsFromExportStream('', base, 'lines' as never))).toEqual(refused);
    expect(errorOf(() => referralsFromExportStream('', base, [] as never))).toEqual(refused);
  });

  it("reads lines when input is 'lines', as by default", async () => {
    const lines = ['Date,Source', '01/04/2025,GP', '02/04/2025,Self'];
    expect((await drain(referralsFromExportStream(lines, base, { input: 'lines' }))).map((r) => r.source)).toEqual(['gp-practice', 'self']);
  });

  it('refuses a line that is not a string while iterating', async () => {
    expect(await rejectionOf(() => drain(referralsFromExportStream(['Date,Source', 3 as never], base)))).toEqual({
      code: 'csv/invalid-input',
      issues: [{ path: [], message: 'every line or chunk must be a string (open the file with an encoding)' }],
    });
  });

  it('refuses a second iteration of the referrals', async () => {
    const stream = referralsFromExportStream('Date,Source\n01/04/2025,GP\n', base);
    expect(await drain(stream)).toHaveLength(1);
    expect(await rejectionOf(() => drain(stream))).toEqual({
      code: 'csv/invalid-input',
      issues: [{ path: [], message: 'the referrals of a stream can be iterated once' }],
    });
  });

  it('reports the rows rejected so far while the referrals are being read', async () => {
    const stream = referralsFromExportStream('Date,Source\n31/02/2025,GP\n01/04/2025,GP\n02/04/2025,GP\n', base);
    const iterator = stream.referrals[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.done === true ? null : first.value.referredOn).toBe('2025-04-01');
    expect(stream.report()).toEqual({
      rowsRead: 2,
      rejected: [{ row: 2, issues: [{ path: ['referredOn'], message: 'must be a real date written dd/MM/yyyy (a four-digit year unless the format says yy)' }] }],
      rejectedTotal: 1,
      unmapped: {},
    });
  });

  it('reads text longer than one slice (1 MiB) once', async () => {
    const text = `Date,Source,Notes\n01/04/2025,GP,${'x'.repeat((1 << 20) + 10)}\n`;
    const stream = referralsFromExportStream(text, base);
    expect((await drain(stream)).map((r) => r.id)).toEqual(['row-2']);
    expect(stream.report()).toMatchObject({ rowsRead: 1, rejectedTotal: 0 });
  });
});
