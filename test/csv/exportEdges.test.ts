import { describe, expect, it } from 'vitest';
import { isSocialPrescribingError } from '../../src/core/index.js';
import { aliasKey, ExportMappingSchema, referralsFromExport, referralsFromExportStream, type ExportMapping } from '../../src/csv/index.js';
import { summarizeOutcomes, summaryToRows } from '../../src/outcomes/index.js';
import { base, drain } from './exportSupport.js';

const errorOf = async (run: () => unknown): Promise<{ code: string; issues: unknown } | null> => {
  try {
    await run();
    return null;
  } catch (error) {
    if (!isSocialPrescribingError(error)) throw error;
    return { code: error.code, issues: error.issues };
  }
};

describe('export mapping edges', () => {
  it('aliasKey refuses what is not text', async () => {
    expect(await errorOf(() => aliasKey(3 as never))).toEqual({ code: 'csv/invalid-input', issues: [{ path: [], message: 'must be a string' }] });
  });

  it('a score needs a start or an end column, and min not above max', () => {
    const parsed = ExportMappingSchema.safeParse({ ...base, scores: [{ instrument: 'swemwbs' }, { instrument: 'own-scale', start: 'A', min: 5, max: 1 }] });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => [i.path, i.message])).toEqual([
      [['scores', 0, 'start'], 'must name a start or an end column'],
      [['scores', 1, 'min'], 'must not be above max'],
    ]);
  });
});

describe('export reading edges', () => {
  it('checks ids, required cells, text lengths and missed contacts, each at its path', () => {
    const mapping: ExportMapping = {
      ...base,
      id: { column: 'Ref' },
      workerId: { column: 'Worker', normalise: 'as-is', aliases: { 'J. Smith': 'worker-7' } },
      practiceCode: { column: 'Practice', normalise: 'trim' },
      contactsMissed: { column: 'Missed' },
      closedOn: { column: 'Closed', format: 'dd/MM/yyyy' },
    };
    const header = ['Ref', 'Date', 'Source', 'Worker', 'Practice', 'Missed', 'Closed'];
    const long = 'x'.repeat(129);
    const result = referralsFromExport(
      [
        header,
        ['R1', '01/04/2025', 'gp-practice', 'j smith', ' A81001 ', '2', ''],
        ['', 'N/A', 'N/A', long, '', '', '30/02/2025'],
        [long, '01/04/2025', 'self', ' Jo  Bloggs ', '', '20,000', ''],
      ],
      mapping,
    );
    expect(result.referrals).toEqual([
      { id: 'R1', referredOn: '2025-04-01', source: 'gp-practice', practiceCode: 'A81001', workerId: 'worker-7', needs: [], events: [], contacts: [], goals: [], onward: [], measures: [], undated: { contactsMissed: 2 } },
    ]);
    expect(result.rejected).toEqual([
      {
        row: 3,
        issues: [
          { path: ['id'], message: 'is required' },
          { path: ['referredOn'], message: 'is required' },
          { path: ['source'], message: 'is required' },
          { path: ['closedOn'], message: 'must be a real date written dd/MM/yyyy (a four-digit year unless the format says yy)' },
          { path: ['workerId'], message: 'must be at most 128 characters' },
        ],
      },
      {
        row: 4,
        issues: [
          { path: ['id'], message: 'must be at most 128 characters' },
          { path: ['contactsMissed'], message: 'must be at most 10000' },
        ],
      },
    ]);
  });

  it('reads scores of an instrument without a built-in range between the mapping min and max, or any number without them', () => {
    const mapping: ExportMapping = { ...base, scores: [{ instrument: 'own-scale', start: 'Start', end: 'End', min: 0, max: 10 }, { instrument: 'open-scale', end: 'Open' }] };
    const result = referralsFromExport([['Date', 'Source', 'Start', 'End', 'Open'], ['01/04/2025', 'GP', '2', '11', '-'], ['01/04/2025', 'GP', '2', '9.5', '1000']], mapping);
    expect(result.rejected).toEqual([{ row: 2, issues: [{ path: ['scores', 0, 'end'], message: 'must be from 0 to 10' }] }]);
    expect(result.referrals[0]?.undated?.measures).toEqual([
      { instrument: 'own-scale', timepoint: 'baseline', score: 2 },
      { instrument: 'own-scale', timepoint: 'exit', score: 9.5 },
      { instrument: 'open-scale', timepoint: 'exit', score: 1000 },
    ]);
  });

  it('a mapping can name its own unknown texts', () => {
    const result = referralsFromExport([['Date', 'Source', 'Contacts'], ['01/04/2025', 'GP', 'tbc'], ['01/04/2025', 'GP', 'N/A']], { ...base, contactsAttended: { column: 'Contacts' }, unknown: ['', 'TBC'] });
    expect(result.referrals.map((r) => r.undated)).toEqual([undefined]);
    expect(result.rejected.map((r) => r.issues[0]?.path)).toEqual([['contactsAttended']]);
  });

  it('refuses bad options by path', async () => {
    expect(await errorOf(() => referralsFromExport([], base, 'fast' as never))).toEqual({ code: 'csv/invalid-options', issues: [{ path: [], message: 'must be an options object' }] });
    expect(await errorOf(() => referralsFromExport([], base, { onProgress: 'bar', colour: 1, maxRejectedRows: -1 } as never))).toEqual({
      code: 'csv/invalid-options',
      issues: [
        { path: ['colour'], message: 'is not a known option' },
        { path: ['onProgress'], message: 'must be a function' },
        { path: ['maxRejectedRows'], message: 'must be a whole number, 0 or more' },
      ],
    });
  });

  it('objects with a missing key read it as blank', async () => {
    const rows = [{ Date: '01/04/2025', Source: 'GP', PCN: 'North' }, { Date: '02/04/2025', Source: 'GP' } as Record<string, string>];
    expect(referralsFromExport(rows, { ...base, pcn: { column: 'PCN' } }).referrals.map((r) => r.pcn)).toEqual(['North', undefined]);
    expect(await errorOf(() => referralsFromExport([rows[0]!, 3 as never], base))).toEqual({
      code: 'csv/invalid-input',
      issues: [{ path: [1], message: 'must be an object of strings keyed by header' }],
    });
  });
});

describe('referralsFromExportStream edges', () => {
  it('refuses input that is not text or lines, a bad input kind, and lines that are not strings', async () => {
    expect((await errorOf(() => referralsFromExportStream(3 as never, base)))?.code).toBe('csv/invalid-input');
    expect(await errorOf(() => referralsFromExportStream('', base, { input: 'pages' as never }))).toEqual({
      code: 'csv/invalid-options',
      issues: [{ path: ['input'], message: "must be 'lines' or 'chunks'" }],
    });
    expect((await errorOf(() => referralsFromExportStream('', base, null as never)))?.code).toBe('csv/invalid-options');
    expect((await errorOf(() => drain(referralsFromExportStream(['Date,Source', 3 as never], base))))?.code).toBe('csv/invalid-input');
  });

  it('reports the rows read so far before the end, and iterates once', async () => {
    const stream = referralsFromExportStream('Date,Source\r\n01/04/2025,GP\r\n31/04/2025,GP\r\n', base);
    expect(stream.report()).toEqual({ rowsRead: 0, rejected: [], rejectedTotal: 0, unmapped: {} });
    expect(await drain(stream)).toHaveLength(1);
    expect(stream.report().rejectedTotal).toBe(1);
    expect((await errorOf(() => drain(stream)))?.code).toBe('csv/invalid-input');
    expect(await drain(referralsFromExportStream('', base))).toEqual([]);
  });
});

describe('disclosure edges', () => {
  it('suppresses wellbeing rates and means over few pairs and keeps those over many', () => {
    const pair = (id: string, pcn: string, from: number, to: number) => ({
      id, referredOn: '2025-04-01', source: 'self', pcn, needs: [], events: [], contacts: [], goals: [], onward: [], measures: [],
      undated: { measures: [{ instrument: 'swemwbs', timepoint: 'baseline' as const, score: from }, { instrument: 'swemwbs', timepoint: 'exit' as const, score: to }] },
    });
    const referrals = [...Array.from({ length: 3 }, (_, i) => pair(`A${i}`, 'a', 20, 25)), ...Array.from({ length: 12 }, (_, i) => pair(`B${i}`, 'b', 20, i < 9 ? 25 : 19))];
    const [a, b] = summaryToRows(summarizeOutcomes(referrals, { groupBy: 'pcn' }), { disclosure: true });
    expect([a!['wellbeing.swemwbs.paired'], a!['wellbeing.swemwbs.meanChange'], a!['wellbeing.swemwbs.improvedRate']]).toEqual(['*', '*', '*']);
    // 9 of 12 improved: both round to 10, so the rate from rounded counts is 1.
    expect([b!['wellbeing.swemwbs.paired'], b!['wellbeing.swemwbs.meanChange'], b!['wellbeing.swemwbs.improvedRate']]).toEqual([10, 3.5, 1]);
  });

  it('refuses a rule that is not an object, a secondary that is not boolean, a symbol that is a number', async () => {
    const summary = summarizeOutcomes([]);
    expect((await errorOf(() => summaryToRows(summary, { disclosure: [] as never })))?.issues).toEqual([{ path: ['disclosure'], message: 'must be true, false or a rule object' }]);
    expect((await errorOf(() => summaryToRows(summary, { disclosure: { secondary: 'yes', suppressUpTo: 1.5, symbol: '7' } as never })))?.issues).toEqual([
      { path: ['disclosure', 'suppressUpTo'], message: 'must be a whole number from 0 to 1000' },
      { path: ['disclosure', 'secondary'], message: 'must be true or false' },
      { path: ['disclosure', 'symbol'], message: 'must be 1 to 10 characters, not a number' },
    ]);
    expect(summaryToRows(summary, { disclosure: { suppressUpTo: 0, roundTo: 1 } })).toEqual(summaryToRows(summary));
  });
});
