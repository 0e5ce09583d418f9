import { describe, expect, it } from 'vitest';
import { messyExportCsv, messyExportLines, plantedRows } from '../../scripts/messy-export.js';
import { isSocialPrescribingError } from '../../src/core/index.js';
import {
  aliasKey,
  EXPORT_ALIASES,
  parseCsv,
  referralsFromExport,
  referralsFromExportStream,
  type ExportMapping,
  type ExportProgress,
} from '../../src/csv/index.js';
import { ReferralSchema, type Referral } from '../../src/referrals/index.js';

const MAPPING: ExportMapping = {
  id: { column: 'Client Ref' },
  referredOn: { column: 'Referral Date', format: 'dd/MM/yyyy' },
  source: { column: 'Referral Source', aliases: { Other: 'professional' } },
  pcn: { column: 'PCN', normalise: 'kebab' },
  status: { column: 'Status' },
  contactsAttended: { column: 'Number of Contacts' },
  scores: [{ instrument: 'swemwbs', start: 'SWEMWBS Start', end: 'SWEMWBS End' }],
  closeReason: { column: 'Outcome' },
  closedOn: { column: 'Date Closed', format: 'dd/MM/yyyy' },
};

function codeOf(run: () => unknown): { code: string; issues: unknown } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!isSocialPrescribingError(error)) throw error;
    return { code: error.code, issues: error.issues };
  }
}

const text = messyExportCsv(5000, 15, true);

describe('referralsFromExport on a 5,000-row messy export (BOM, CRLF, UK dates, free-text sources, stray PCN spellings)', () => {
  const result = referralsFromExport(parseCsv(text), MAPPING);

  it('rejects exactly the planted, really wrong rows, each with its row number and path', () => {
    expect(result.rowsRead).toBe(5000);
    expect(result.rejected.map((r) => ({ row: r.row, paths: r.issues.map((i) => i.path) }))).toEqual(
      plantedRows(5000).map((p) => ({ row: p.row, paths: [p.path] })),
    );
    expect(result.rejectedTotal).toBe(6);
    expect(result.referrals).toHaveLength(4994);
  });

  it('puts no cell text in any message, and the planted row numbers match the file', () => {
    const lines = text.split('\r\n');
    for (const planted of plantedRows(5000)) {
      expect(lines[planted.row - 1]).toContain(planted.text);
      const rejected = result.rejected.find((r) => r.row === planted.row)!;
      for (const issue of rejected.issues) expect(issue.message).not.toContain(planted.text);
    }
    expect(JSON.stringify(result.rejected)).not.toMatch(/943|pigeon|31\/02|lots/);
  });

  it('counts the one unmapped value under its column, as data', () => {
    expect(result.unmapped).toEqual({ 'Referral Source': { 'Carrier pigeon': 1 } });
  });

  it('makes records the referral schema accepts unchanged, with no invented date', () => {
    for (const referral of result.referrals) {
      expect(ReferralSchema.parse(referral)).toEqual(referral);
      expect(referral.contacts).toEqual([]);
      expect(referral.measures).toEqual([]);
    }
  });

  it('merges the PCN spellings into four groups', () => {
    expect(new Set(result.referrals.map((r) => r.pcn))).toEqual(
      new Set(['north-riverside-pcn', 'south-vale-pcn', 'heathside-pcn', 'eastgate-marsh-pcn']),
    );
  });

  it('streaming the text, its chunks or its lines gives the same referrals and report', async () => {
    const drain = async (stream: ReturnType<typeof referralsFromExportStream>) => {
      const referrals: Referral[] = [];
      for await (const referral of stream.referrals) referrals.push(referral);
      return { referrals, ...stream.report() };
    };
    const expected = { ...result };
    expect(await drain(referralsFromExportStream(text, MAPPING))).toEqual(expected);
    const chunks = Array.from({ length: Math.ceil(text.length / 997) }, (_, i) => text.slice(i * 997, (i + 1) * 997));
    expect(await drain(referralsFromExportStream(chunks, MAPPING, { input: 'chunks' }))).toEqual(expected);
    async function* lines() {
      await Promise.resolve();
      yield* messyExportLines(5000, 15, true);
    }
    expect(await drain(referralsFromExportStream(lines(), MAPPING))).toEqual(expected);
  });
});

describe('referralsFromExport: dates', () => {
  const read = (date: string, format: string, extra: Partial<ExportMapping> = {}) =>
    referralsFromExport([['Date', 'Source'], [date, 'GP']], { referredOn: { column: 'Date', format }, source: { column: 'Source' }, ...extra });

  it.each([
    ['01/04/2025', 'dd/MM/yyyy', '2025-04-01'],
    ['1/4/2025', 'dd/MM/yyyy', '2025-04-01'],
    ['29/02/2024', 'dd/MM/yyyy', '2024-02-29'],
    ['1 Apr 2025', 'd MMM yyyy', '2025-04-01'],
    ['1 April 2025', 'd MMMM yyyy', '2025-04-01'],
    ['2025-04-01', 'yyyy-MM-dd', '2025-04-01'],
    ['01/04/25', 'dd/MM/yy', '2025-04-01'],
    ['01/04/49', 'dd/MM/yy', '2049-04-01'],
    ['01/04/50', 'dd/MM/yy', '1950-04-01'],
  ])('reads %s as %s strictly', (date, format, iso) => {
    expect(read(date, format).referrals.map((r) => r.referredOn)).toEqual([iso]);
  });

  it.each([
    ['31/02/2025', 'dd/MM/yyyy'],
    ['29/02/2023', 'dd/MM/yyyy'],
    ['01/13/2025', 'dd/MM/yyyy'],
    ['01/04/25', 'dd/MM/yyyy'],
    ['2025-04-01', 'dd/MM/yyyy'],
    ['01/04/2025 10:00', 'dd/MM/yyyy'],
  ])('rejects %s for %s at referredOn', (date, format) => {
    expect(read(date, format).rejected).toEqual([
      { row: 2, issues: [{ path: ['referredOn'], message: `must be a real date written ${format} (a four-digit year unless the format says yy)` }] },
    ]);
  });

  it('reads two-digit years in the hundred years from twoDigitYearsFrom', () => {
    expect(read('01/04/75', 'dd/MM/yy', { twoDigitYearsFrom: 2000 }).referrals[0]?.referredOn).toBe('2075-04-01');
  });

  it('refuses a format with time tokens or without a year', () => {
    expect(codeOf(() => read('01/04/2025', 'dd/MM/yyyy HH:mm'))?.code).toBe('csv/invalid-mapping');
    expect(codeOf(() => read('01/04', 'dd/MM'))?.issues).toEqual([{ path: ['referredOn', 'format'], message: 'must have a day, a month and a year token' }]);
  });
});

describe('referralsFromExport: values, numbers and unknowns', () => {
  const header = ['Date', 'Source', 'Status', 'Outcome', 'Closed', 'Contacts', 'Start', 'End', 'PCN'];
  const mapping: ExportMapping = {
    referredOn: { column: 'date', format: 'dd/MM/yyyy' },
    source: { column: 'SOURCE' },
    status: { column: 'Status', aliases: { 'Waiting for triage': 'referred' } },
    closeReason: { column: 'Outcome' },
    closedOn: { column: 'Closed', format: 'dd/MM/yyyy' },
    contactsAttended: { column: 'Contacts' },
    scores: [{ instrument: 'swemwbs', start: 'Start', end: 'End' }],
    pcn: { column: 'PCN' },
  };
  const one = (cells: string[]) => referralsFromExport([header, cells], mapping);

  it('matches labels ignoring case, spaces and punctuation, and a mapping extends the tables', () => {
    expect(aliasKey('G.P.')).toBe(aliasKey('gp'));
    expect(['G.P.', ' gp ', 'GP Surgery', 'Self referral', 'self-referral', 'gp-practice'].map((s) => one(['01/04/2025', s, '', '', '', '', '', '', '']).referrals[0]?.source)).toEqual([
      'gp-practice',
      'gp-practice',
      'gp-practice',
      'self',
      'self',
      'gp-practice',
    ]);
    expect(one(['01/04/2025', 'GP', 'waiting for TRIAGE', '', '', '', '', '', '']).referrals[0]?.undated).toEqual({ status: 'referred' });
    expect(EXPORT_ALIASES.contactMode[aliasKey('F2F')]).toBe('face-to-face');
    expect(Object.isFrozen(EXPORT_ALIASES.source)).toBe(true);
  });

  it('reads numbers with thousands separators, and blanks and N/A as unknown', () => {
    expect(one(['01/04/2025', 'GP', '', '', '', '1,024', '19.25', 'n/a', '']).referrals[0]?.undated).toEqual({
      contactsAttended: 1024,
      measures: [{ instrument: 'swemwbs', timepoint: 'baseline', score: 19.25 }],
    });
    expect(one(['01/04/2025', 'GP', 'N/A', 'Not known', '', 'N/A', '', '', ' - ']).referrals[0]).not.toHaveProperty('undated');
  });

  it('rejects numbers that are not, with their paths', () => {
    expect(one(['01/04/2025', 'GP', '', '', '', '4,2', '6', '35.5', '']).rejected[0]?.issues).toEqual([
      { path: ['contactsAttended'], message: 'must be a whole number (commas between thousands allowed), blank or N/A' },
      { path: ['scores', 0, 'start'], message: 'must be from 7 to 35' },
      { path: ['scores', 0, 'end'], message: 'must be from 7 to 35' },
    ]);
    expect(one(['01/04/2025', 'GP', '', '', '', '10,001', '', '', '']).rejected[0]?.issues).toEqual([{ path: ['contactsAttended'], message: 'must be at most 10000' }]);
  });

  it('a close with date and reason is a dated event; without either it is an undated close; nothing is dated by guess', () => {
    expect(one(['01/04/2025', 'GP', 'Closed', 'Goals achieved', '01/06/2025', '', '', '', '']).referrals[0]).toMatchObject({
      events: [{ type: 'closed', on: '2025-06-01', reason: 'goals-met' }],
    });
    expect(one(['01/04/2025', 'GP', 'Closed', 'Goals achieved', '', '', '', '', '']).referrals[0]).toMatchObject({
      events: [],
      undated: { status: 'closed', closeReason: 'goals-met' },
    });
    expect(one(['01/04/2025', 'GP', 'Closed', '', '01/06/2025', '', '', '', '']).referrals[0]).toMatchObject({ events: [], undated: { status: 'closed' } });
    expect(one(['01/04/2025', 'GP', '', 'Moved out of area', '', '', '', '', '']).referrals[0]?.undated).toEqual({ status: 'closed', closeReason: 'moved-away' });
    expect(one(['01/04/2025', 'GP', 'Open', 'Moved out of area', '', '', '', '', '']).rejected[0]?.issues).toEqual([
      { path: ['closeReason'], message: 'is given but the status is not closed' },
    ]);
  });

  it('leaves an unmapped status or reason unknown and counts it; an unmapped source rejects the row', () => {
    const result = referralsFromExport(
      [header, ['01/04/2025', 'GP', 'Limbo', 'Raptured', '', '', '', '', ''], ['01/04/2025', 'Owl', 'Limbo', '', '', '', '', '', '']],
      mapping,
    );
    expect(result.referrals.map((r) => r.undated)).toEqual([undefined]);
    expect(result.rejected).toEqual([{ row: 3, issues: [{ path: ['source'], message: 'matched no alias (its value is listed in unmapped)' }] }]);
    expect(result.unmapped).toEqual({ Source: { Owl: 1 }, Status: { Limbo: 2 }, Outcome: { Raptured: 1 } });
  });

  it('reads objects keyed by header like rows', () => {
    const rows = [{ Date: '01/04/2025', Source: 'GP', Status: 'Open', Outcome: '', Closed: '', Contacts: '3', Start: '', End: '', PCN: ' North  Vale ' }];
    expect(referralsFromExport(rows, mapping).referrals[0]).toMatchObject({ pcn: 'North Vale', undated: { status: 'accepted', contactsAttended: 3 } });
  });

  it('names each missing column by its mapping path', () => {
    expect(codeOf(() => referralsFromExport([['Date']], mapping))).toEqual({
      code: 'csv/missing-column',
      issues: ['source', 'pcn', 'status', 'closedOn', 'closeReason', 'contactsAttended', 'scores.0.start', 'scores.0.end'].map((field) => ({
        path: ['mapping', ...field.split('.').map((p) => (/^\d$/.test(p) ? Number(p) : p)), 'column'],
        message: 'names a column the header does not have',
      })),
    });
  });

  it('refuses bad rows, mappings and options with their codes', () => {
    expect(codeOf(() => referralsFromExport('x' as never, mapping))?.code).toBe('csv/invalid-input');
    expect(codeOf(() => referralsFromExport([[1 as never]], mapping))?.code).toBe('csv/invalid-input');
    expect(codeOf(() => referralsFromExport([header, [3 as never]], mapping))?.issues).toEqual([{ path: [1], message: 'must be an array of strings' }]);
    expect(codeOf(() => referralsFromExport([header], { ...mapping, source: { column: 'Source', aliases: { Owl: 'Owl Post' } } }))?.code).toBe('csv/invalid-mapping');
    expect(codeOf(() => referralsFromExport([header], mapping, { progressEvery: 0 }))?.issues).toEqual([{ path: ['progressEvery'], message: 'must be a whole number, 1 or more' }]);
    expect(referralsFromExport([], mapping)).toEqual({ referrals: [], rowsRead: 0, rejected: [], rejectedTotal: 0, unmapped: {} });
  });

  it('calls onProgress every progressEvery rows and once at the end', () => {
    const seen: ExportProgress[] = [];
    const rows = [header, ...Array.from({ length: 5 }, (_, i) => [i === 3 ? '32/01/2025' : '01/04/2025', 'GP', '', '', '', '', '', '', ''])];
    referralsFromExport(rows, mapping, { progressEvery: 2, onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([
      { rowsRead: 2, referrals: 2, rejected: 0 },
      { rowsRead: 4, referrals: 3, rejected: 1 },
      { rowsRead: 5, referrals: 4, rejected: 1 },
    ]);
  });

  it('keeps at most maxRejectedRows rows and counts them all', () => {
    const rows = [header, ...Array.from({ length: 4 }, () => ['', 'GP', '', '', '', '', '', '', ''])];
    const result = referralsFromExport(rows, mapping, { maxRejectedRows: 1, maxUnmappedValues: 0 });
    expect([result.rejected.length, result.rejectedTotal]).toEqual([1, 4]);
  });
});

describe('readExportDate', () => {
  it('reads every day of 2024 to 2026 back to itself in five formats (the time-zone replay runs the same sweep in three zones)', async () => {
    const { readExportDate } = await import('../../src/csv/exportReader.js');
    const { fromDayNumber, toDayNumber } = await import('../../src/core/index.js');
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    for (let day = toDayNumber('2024-01-01'); day <= toDayNumber('2026-12-31'); day++) {
      const date = fromDayNumber(day);
      const [y, m, d] = date.split('-') as [string, string, string];
      expect([
        readExportDate(`${d}/${m}/${y}`, 'dd/MM/yyyy', 1950),
        readExportDate(`${Number(d)}/${Number(m)}/${y}`, 'd/M/yyyy', 1950),
        readExportDate(`${Number(d)} ${months[Number(m) - 1]!} ${y}`, 'd MMM yyyy', 1950),
        readExportDate(date, 'yyyy-MM-dd', 1950),
        readExportDate(`${d}/${m}/${y.slice(2)}`, 'dd/MM/yy', 1950),
      ]).toEqual([date, date, date, date, date]);
    }
  });
});
