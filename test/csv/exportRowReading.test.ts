/** How referralsFromExport reads one row's cells: trimming, ids, sources, statuses, closes, counts, scores and text fields. */
import { describe, expect, it } from 'vitest';
import { referralsFromExport, type ExportMapping } from '../../src/csv/index.js';
import { errorOf } from '../support/errorOf.js';
import { base } from './exportSupport.js';

const DATE_MESSAGE = 'must be a real date written dd/MM/yyyy (a four-digit year unless the format says yy)';

describe('export cells', () => {
  it('trims spaces and control characters at either end of a cell, never inside it', () => {
    const result = referralsFromExport(
      [['Ref', 'Date', 'Source'], [' R1', '01/04/2025', 'GP'], ['R2 ', '01/04/2025', 'GP'], ['\tR3 ', '01/04/2025', 'GP'], ['R 4', '01/04/2025', 'GP'], ['R5', ' 01/04/2025', 'GP']],
      { ...base, id: { column: 'Ref' } },
    );
    expect(result.referrals.map((r) => [r.id, r.referredOn])).toEqual([
      ['R1', '2025-04-01'],
      ['R2', '2025-04-01'],
      ['R3', '2025-04-01'],
      ['R 4', '2025-04-01'],
      ['R5', '2025-04-01'],
    ]);
    expect(result.rejected).toEqual([]);
  });

  it('reads a cell of one space as blank', () => {
    const result = referralsFromExport([['Ref', 'Date', 'Source'], [' ', '01/04/2025', 'GP']], { ...base, id: { column: 'Ref' } });
    expect(result.referrals).toEqual([]);
    expect(result.rejected).toEqual([{ row: 2, issues: [{ path: ['id'], message: 'is required' }] }]);
  });

  it('reads the cells a short row lacks as blank', () => {
    const result = referralsFromExport([['Date', 'Source', 'PCN'], ['01/04/2025', 'GP'], ['02/04/2025']], { ...base, pcn: { column: 'PCN' } });
    expect(result.referrals.map((r) => [r.referredOn, r.pcn])).toEqual([['2025-04-01', undefined]]);
    expect(result.rejected).toEqual([{ row: 3, issues: [{ path: ['source'], message: 'is required' }] }]);
    expect(result.unmapped).toEqual({});
  });

  it('reads the first of two header columns with the same alias key', () => {
    const result = referralsFromExport([['Date', 'Source', 'SOURCE'], ['01/04/2025', 'GP', 'Self']], base);
    expect(result.referrals.map((r) => r.source)).toEqual(['gp-practice']);
  });
});

describe('export ids', () => {
  it('numbers each row by its spreadsheet row when the mapping has no id, and reads no status or outcome it does not map', () => {
    const result = referralsFromExport([['Date', 'Source', 'Notes'], ['01/04/2025', 'GP', 'Closed'], ['02/04/2025', 'Self', 'Moved away']], base);
    expect(result).toStrictEqual({
      referrals: [
        { id: 'row-2', referredOn: '2025-04-01', source: 'gp-practice', needs: [], events: [], contacts: [], goals: [], onward: [], measures: [] },
        { id: 'row-3', referredOn: '2025-04-02', source: 'self', needs: [], events: [], contacts: [], goals: [], onward: [], measures: [] },
      ],
      rowsRead: 2,
      rejected: [],
      rejectedTotal: 0,
      unmapped: {},
    });
  });

  it('keeps an id of 128 characters and refuses one of 129', () => {
    const result = referralsFromExport([['Ref', 'Date', 'Source'], ['a'.repeat(128), '01/04/2025', 'GP'], ['b'.repeat(129), '01/04/2025', 'GP']], { ...base, id: { column: 'Ref' } });
    expect(result.referrals.map((r) => r.id)).toEqual(['a'.repeat(128)]);
    expect(result.rejected).toEqual([{ row: 3, issues: [{ path: ['id'], message: 'must be at most 128 characters' }] }]);
  });
});

describe('export sources', () => {
  it('takes an unaliased kebab-case source of up to 64 characters as the source id, and lists any other unaliased text as unmapped', () => {
    const sources = ['carrier-pigeon', 'owl', 'a-b-c', 'x'.repeat(64), 'y'.repeat(65), 'owl post', 'Raven', 'kite-', '-kite'];
    const result = referralsFromExport([['Date', 'Source'], ...sources.map((s) => ['01/04/2025', s])], base);
    expect(result.referrals.map((r) => r.source)).toEqual(['carrier-pigeon', 'owl', 'a-b-c', 'x'.repeat(64)]);
    const unmatched = { path: ['source'], message: 'matched no alias (its value is listed in unmapped)' };
    expect(result.rejected).toEqual([6, 7, 8, 9, 10].map((row) => ({ row, issues: [unmatched] })));
    expect(result.unmapped).toEqual({ Source: { ['y'.repeat(65)]: 1, 'owl post': 1, Raven: 1, 'kite-': 1, '-kite': 1 } });
  });
});

describe('export statuses and closes', () => {
  it('reads a status, an outcome or a count from the first column', () => {
    const status = referralsFromExport([['Status', 'Date', 'Source'], ['Open', '01/04/2025', 'GP']], { ...base, status: { column: 'Status' } });
    expect(status.referrals.map((r) => r.undated)).toEqual([{ status: 'accepted' }]);
    const outcome = referralsFromExport([['Outcome', 'Date', 'Source'], ['Moved away', '01/04/2025', 'GP']], { ...base, closeReason: { column: 'Outcome' } });
    expect(outcome.referrals.map((r) => r.undated)).toEqual([{ status: 'closed', closeReason: 'moved-away' }]);
    const count = referralsFromExport([['Contacts', 'Date', 'Source'], ['3', '01/04/2025', 'GP']], { ...base, contactsAttended: { column: 'Contacts' } });
    expect(count.referrals.map((r) => r.undated)).toEqual([{ contactsAttended: 3 }]);
  });

  it('keeps a close dated on the referral day', () => {
    const mapping: ExportMapping = { ...base, closedOn: { column: 'Closed', format: 'dd/MM/yyyy' }, closeReason: { column: 'Outcome' } };
    const result = referralsFromExport([['Date', 'Source', 'Closed', 'Outcome'], ['01/04/2025', 'GP', '01/04/2025', 'Goals met'], ['02/04/2025', 'GP', '01/04/2025', 'Goals met']], mapping);
    expect(result.referrals.map((r) => r.events)).toEqual([[{ type: 'closed', on: '2025-04-01', reason: 'goals-met' }]]);
    expect(result.rejected).toEqual([{ row: 3, issues: [{ path: ['closedOn'], message: 'must not be before referredOn' }] }]);
  });

  it('checks a close date against no referral date when the referral date is not known', () => {
    const mapping: ExportMapping = { ...base, closedOn: { column: 'Closed', format: 'dd/MM/yyyy' } };
    const result = referralsFromExport([['Date', 'Source', 'Closed'], ['N/A', 'GP', '01/06/2025'], ['31/02/2025', 'GP', '01/06/2025']], mapping);
    expect(result.rejected).toEqual([
      { row: 2, issues: [{ path: ['referredOn'], message: 'is required' }] },
      { row: 3, issues: [{ path: ['referredOn'], message: DATE_MESSAGE }] },
    ]);
  });

  it('reads a close date without a reason as an undated close with no reason', () => {
    const mapping: ExportMapping = { ...base, status: { column: 'Status' }, closedOn: { column: 'Closed', format: 'dd/MM/yyyy' }, closeReason: { column: 'Outcome' } };
    const result = referralsFromExport(
      [['Date', 'Source', 'Status', 'Closed', 'Outcome'], ['01/04/2025', 'GP', '', '01/06/2025', ''], ['01/04/2025', 'GP', 'Open', '01/06/2025', ''], ['01/04/2025', 'GP', 'Closed', '', '']],
      mapping,
    );
    expect(result.referrals.map((r) => [r.events, r.undated])).toStrictEqual([
      [[], { status: 'closed' }],
      [[], { status: 'closed' }],
      [[], { status: 'closed' }],
    ]);
  });

  it('puts in undated only the parts the row gives', () => {
    const mapping: ExportMapping = {
      ...base,
      status: { column: 'Status' },
      closeReason: { column: 'Outcome' },
      contactsAttended: { column: 'Attended' },
      contactsMissed: { column: 'Missed' },
    };
    const result = referralsFromExport(
      [
        ['Date', 'Source', 'Status', 'Outcome', 'Attended', 'Missed'],
        ['01/04/2025', 'GP', 'Open', '', '', ''],
        ['01/04/2025', 'GP', '', '', '3', ''],
        ['01/04/2025', 'GP', '', '', '', '2'],
        ['01/04/2025', 'GP', 'Closed', 'Goals met', '', ''],
      ],
      mapping,
    );
    expect(result.referrals.map((r) => r.undated)).toStrictEqual([{ status: 'accepted' }, { contactsAttended: 3 }, { contactsMissed: 2 }, { status: 'closed', closeReason: 'goals-met' }]);
  });
});

describe('export counts and scores', () => {
  it('keeps a count of 10,000 and refuses 10,001', () => {
    const result = referralsFromExport([['Date', 'Source', 'Contacts'], ['01/04/2025', 'GP', '10,000'], ['01/04/2025', 'GP', '10001']], { ...base, contactsAttended: { column: 'Contacts' } });
    expect(result.referrals.map((r) => r.undated)).toEqual([{ contactsAttended: 10_000 }]);
    expect(result.rejected).toEqual([{ row: 3, issues: [{ path: ['contactsAttended'], message: 'must be at most 10000' }] }]);
  });

  it('keeps scores at either end of the range, and refuses text that is no number at the score path', () => {
    const mapping: ExportMapping = { ...base, scores: [{ instrument: 'swemwbs', start: 'Start', end: 'End' }] };
    const result = referralsFromExport([['Date', 'Source', 'Start', 'End'], ['01/04/2025', 'GP', '7', '35'], ['01/04/2025', 'GP', 'lots', '20']], mapping);
    expect(result.referrals.map((r) => r.undated)).toEqual([
      {
        measures: [
          { instrument: 'swemwbs', timepoint: 'baseline', score: 7 },
          { instrument: 'swemwbs', timepoint: 'exit', score: 35 },
        ],
      },
    ]);
    expect(result.rejected).toEqual([{ row: 3, issues: [{ path: ['scores', 0, 'start'], message: 'must be a number, blank or N/A' }] }]);
  });

  it('reads a score with only a start column', () => {
    const result = referralsFromExport([['Date', 'Source', 'Start'], ['01/04/2025', 'GP', '3']], { ...base, scores: [{ instrument: 'ucla3', start: 'Start' }] });
    expect(result.referrals.map((r) => r.undated)).toEqual([{ measures: [{ instrument: 'ucla3', timepoint: 'baseline', score: 3 }] }]);
  });

  it('names a missing score column by its index past 9', () => {
    const scores = Array.from({ length: 11 }, (_, i) => ({ instrument: 'own-scale', start: `S${String(i)}` }));
    const header = ['Date', 'Source', ...scores.slice(0, 10).map((s) => s.start)];
    expect(errorOf(() => referralsFromExport([header], { ...base, scores }))).toEqual({
      code: 'csv/missing-column',
      issues: [{ path: ['mapping', 'scores', 10, 'start', 'column'], message: 'names a column the header does not have' }],
    });
  });
});

describe('export text fields', () => {
  it('keeps an as-is text untouched, trims a text by default and makes a kebab id of a kebab text', () => {
    const mapping: ExportMapping = {
      ...base,
      workerId: { column: 'Worker', normalise: 'as-is' },
      practiceCode: { column: 'Practice' },
      pcn: { column: 'PCN', normalise: 'kebab' },
    };
    const result = referralsFromExport([['Date', 'Source', 'Worker', 'Practice', 'PCN'], ['01/04/2025', 'GP', 'Jo  Bloggs', '\u00A0North  Vale', '(North  Riverside).']], mapping);
    expect(result.referrals.map((r) => [r.workerId, r.practiceCode, r.pcn])).toEqual([['Jo  Bloggs', 'North Vale', 'north-riverside']]);
  });

  it('keeps a text of 128 characters and refuses one of 129', () => {
    const result = referralsFromExport([['Date', 'Source', 'PCN'], ['01/04/2025', 'GP', 'p'.repeat(128)], ['01/04/2025', 'GP', 'q'.repeat(129)]], { ...base, pcn: { column: 'PCN' } });
    expect(result.referrals.map((r) => r.pcn)).toEqual(['p'.repeat(128)]);
    expect(result.rejected).toEqual([{ row: 3, issues: [{ path: ['pcn'], message: 'must be at most 128 characters' }] }]);
  });

  it('leaves out a text field that is not known or that normalises to nothing', () => {
    const mapping: ExportMapping = { ...base, pcn: { column: 'PCN', normalise: 'kebab' }, unknown: ['TBC'] };
    const result = referralsFromExport([['Date', 'Source', 'PCN'], ['01/04/2025', 'GP', 'tbc'], ['01/04/2025', 'GP', '-'], ['01/04/2025', 'GP', '']], mapping);
    expect(result.referrals).toHaveLength(3);
    for (const referral of result.referrals) expect(referral).not.toHaveProperty('pcn');
  });

  it('reads a blank cell as not known even when the mapping names its own unknown texts without it', () => {
    const mapping: ExportMapping = { ...base, contactsAttended: { column: 'Contacts' }, unknown: ['TBC'] };
    const result = referralsFromExport([['Date', 'Source', 'Contacts'], ['01/04/2025', 'GP', '']], mapping);
    expect(result.rejected).toEqual([]);
    expect(result.referrals.map((r) => r.undated)).toEqual([undefined]);
  });
});
