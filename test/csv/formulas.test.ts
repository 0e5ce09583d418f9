/* eslint-disable no-sparse-arrays */
/**
 * Issue 14, defects 11 and 12: the one CSV writer (formatCsv, referralsToCsv, summaryToCsv) writes only
 * text, finite numbers, booleans and null (anything else is csv/invalid-cell at its [row, column]), and
 * neutralises text a spreadsheet would run as a formula, unless told not to.
 */
import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv, referralsFromCsv, referralsToCsv } from '../../src/csv/index.js';
import { summarizeOutcomes, summaryToCsv } from '../../src/outcomes/index.js';
import { ReferralSchema, type Referral } from '../../src/referrals/index.js';
import { errorOf } from '../support/errorOf.js';

const CELL = 'must be text, a finite number, true, false or null';

describe('formatCsv cells (defect 11)', () => {
  it('rejects undefined, an object, a symbol and a function, naming the first bad cell', () => {
    expect(errorOf(() => formatCsv([[undefined, {}, Symbol('s'), () => 1]] as never))).toEqual({
      code: 'csv/invalid-cell',
      issues: [{ path: [0, 0], message: CELL }],
    });
  });

  it.each([
    ['an object', {}],
    ['an array', ['a']],
    ['a symbol', Symbol('s')],
    ['a function', () => 1],
    ['a bigint', 10n],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a Date', new Date(0)],
    ['undefined', undefined],
  ])('rejects %s at its row and column', (_, value) => {
    expect(errorOf(() => formatCsv([['a', 'b', 'c'], ['x', 'y', value]] as never))).toEqual({ code: 'csv/invalid-cell', issues: [{ path: [1, 2], message: CELL }] });
  });

  it('rejects a hole in a sparse row at its position, rather than writing an empty cell', () => {
    expect(errorOf(() => formatCsv([['a', 'b'], ['x', , 'z']] as never))).toEqual({ code: 'csv/invalid-cell', issues: [{ path: [1, 1], message: CELL }] });
  });

  it('writes text, finite numbers, booleans and null', () => {
    expect(formatCsv([['a', 1.5, -3, 0, -0, true, false, null, '']])).toBe('a,1.5,-3,0,0,true,false,,\r\n');
    expect(formatCsv([[]])).toBe('\r\n');
    expect(formatCsv([])).toBe('');
  });

  it('rejects bad options', () => {
    expect(errorOf(() => formatCsv([['a']], null as never))).toEqual({ code: 'csv/invalid-options', issues: [{ path: [], message: 'must be an options object' }] });
    expect(errorOf(() => formatCsv([['a']], 'no' as never))).toEqual({ code: 'csv/invalid-options', issues: [{ path: [], message: 'must be an options object' }] });
    expect(errorOf(() => formatCsv([['a']], { escapeFormulas: 'no' } as never))).toEqual({
      code: 'csv/invalid-options',
      issues: [{ path: ['escapeFormulas'], message: 'must be true or false' }],
    });
    expect(errorOf(() => formatCsv([['a']], { escapeFormulas: null } as never))?.issues).toEqual([{ path: ['escapeFormulas'], message: 'must be true or false' }]);
    expect(formatCsv([['=a']], {})).toBe(`"'=a"\r\n`);
    expect(formatCsv([['=a']], { escapeFormulas: undefined } as never)).toBe(`"'=a"\r\n`);
  });
});

describe('formula neutralisation (defect 12)', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['=1+1', `"'=1+1"`],
    ['+1+cmd|/C calc!A0', `"'+1+cmd|/C calc!A0"`],
    ['-2+3', `"'-2+3"`],
    ['-x', `"'-x"`],
    ['-', `"'-"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
    ["'=x", `"''=x"`],
    ["''-y", `"'''-y"`],
  ])('neutralises %j as %s', (text, written) => {
    expect(formatCsv([[text]])).toBe(`${written}\r\n`);
  });

  it.each([
    ['a=1', 'a=1'],
    [' =1', ' =1'],
    ["'quoted", "'quoted"],
    ['-3', '-3'],
    ['+3', '+3'],
    ['-2.5', '-2.5'],
    ['+0.75', '+0.75'],
    ['2025-04-01', '2025-04-01'],
    ['x,y', '"x,y"'],
  ])('leaves %j as %s (not a formula, or a plain decimal number)', (text, written) => {
    expect(formatCsv([[text]])).toBe(`${written}\r\n`);
  });

  it('neutralises text that looks like a number but is not a plain decimal one', () => {
    expect(formatCsv([['-1e5', '-3.', '-.5', '--3', '-3 ', '-0x1']])).toBe(`"'-1e5","'-3.","'-.5","'--3","'-3 ","'-0x1"\r\n`);
  });

  it('never changes a number, a boolean or null', () => {
    expect(formatCsv([[-3, -0.5, -1e21, true, null]])).toBe('-3,-0.5,-1e+21,true,\r\n');
  });

  it('escapeFormulas: false writes text as it is', () => {
    expect(formatCsv([['=1+1', '-x', '@a', '\tb']], { escapeFormulas: false })).toBe('=1+1,-x,@a,\tb\r\n');
    expect(formatCsv([['\rb']], { escapeFormulas: false })).toBe('"\rb"\r\n');
  });

  it('neutralises header cells too', () => {
    expect(formatCsv([['=name', 'n'], ['a', 1]])).toBe(`"'=name",n\r\na,1\r\n`);
  });
});

const referral = (): Referral =>
  ReferralSchema.parse({
    id: '=R1',
    referredOn: '2025-04-01',
    source: 'gp-practice',
    pcn: '=HYPERLINK("http://x","y")',
    workerId: "'@lw",
    person: { ethnicity: '-A' },
    schemeId: '-3',
    onward: [{ kind: 'signpost', organisationId: '=org', on: '2025-04-02' }],
  });

describe('referralsToCsv and referralsFromCsv', () => {
  it('neutralise formula cells and read them back as they were', () => {
    const text = referralsToCsv([referral()]);
    const cells = parseCsv(text)[1]!;
    expect([cells[0], cells[3], cells[5], cells[6], cells[10], cells[15]]).toEqual(["'=R1", '-3', `'=HYPERLINK("http://x","y")`, "''@lw", "'-A", 'signpost:=org:2025-04-02']);
    const back = [...referralsFromCsv(parseCsv(text))];
    expect(back).toEqual([{ index: 0, line: 2, ok: true, value: referral() }]);
    // Empty cells are absent fields, not fields set to undefined.
    expect(back[0]?.ok && Object.keys(back[0].value)).toEqual(Object.keys(referral()));
  });

  it('escapeFormulas: false writes them as they are', () => {
    const cells = parseCsv(referralsToCsv([referral()], { escapeFormulas: false }))[1]!;
    expect([cells[0], cells[5], cells[6]]).toEqual(['=R1', '=HYPERLINK("http://x","y")', "'@lw"]);
  });

  it('rejects bad options with csv/invalid-options', () => {
    expect(errorOf(() => referralsToCsv([referral()], { escapeFormulas: 1 } as never))).toEqual({
      code: 'csv/invalid-options',
      issues: [{ path: ['escapeFormulas'], message: 'must be true or false' }],
    });
  });

  it('the reader takes off only the quote the writer added', () => {
    const rows = [['id', 'referredOn', 'source', 'pcn'], ["'=R1", '2025-04-01', 'self', "'plain"], ["''-R2", '2025-04-01', 'self', "'"]];
    expect([...referralsFromCsv(rows)].map((r) => (r.ok ? [r.value.id, r.value.pcn] : r.issues))).toEqual([
      ['=R1', "'plain"],
      ["'-R2", "'"],
    ]);
  });
});

describe('summaryToCsv', () => {
  const summary = summarizeOutcomes([{ ...referral(), id: 'R1' }], { groupBy: 'pcn' });

  it('neutralises a group key such as =HYPERLINK(...)', () => {
    expect(summaryToCsv(summary).split('\r\n')[1]?.startsWith(`group,"'=HYPERLINK(""http://x"",""y"")",1,`)).toBe(true);
    expect(summaryToCsv(summary, { escapeFormulas: false }).split('\r\n')[1]?.startsWith(`group,"=HYPERLINK(""http://x"",""y"")",1,`)).toBe(true);
  });

  it('neutralises a group name used as a column header', () => {
    const named = summarizeOutcomes([], { groupBy: [() => 'a'], groupNames: ['=col'] });
    expect(summaryToCsv(named).split('\r\n')[0]?.startsWith(`row,"'=col",referrals`)).toBe(true);
  });

  it('rejects an escapeFormulas that is not a boolean with outcomes/invalid-options', () => {
    expect(errorOf(() => summaryToCsv(summary, { escapeFormulas: 'yes' } as never))).toEqual({
      code: 'outcomes/invalid-options',
      issues: [{ path: ['escapeFormulas'], message: 'must be true or false' }],
    });
  });

  it('writes the same text as formatCsv over summaryToRows', () => {
    expect(summaryToCsv(summary, { digits: 3, includeTotal: false })).toMatch(/^row,pcn,referrals,/);
    expect(summaryToCsv(summary, { includeTotal: false }).split('\r\n')).toHaveLength(3);
    expect(summaryToCsv(summary).split('\r\n')).toHaveLength(4);
  });
});

describe('referralsFromCsv with sparse rows (defect 4)', () => {
  it('names a hole in the header by its index', () => {
    expect(errorOf(() => [...referralsFromCsv([['id', 'referredOn', , 'source'], ['R-1', '2025-04-01', 'x', 'self']] as never)])).toEqual({
      code: 'csv/invalid-input',
      issues: [{ path: ['header', 2], message: 'must be a string' }],
    });
  });

  it('reports a hole in a data row at its cell, and goes on', () => {
    const results = [...referralsFromCsv([['id', 'referredOn', 'source'], ['R-1', , 'self'], ['R-2', '2025-04-01', 'self']] as never)];
    expect(results.map((r) => (r.ok ? r.value.id : r.issues))).toEqual([[{ path: [1], message: 'must be a string (a cell)' }], 'R-2']);
  });
});
