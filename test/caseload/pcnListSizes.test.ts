import { describe, expect, it } from 'vitest';
import { pcnListSizes } from '../../src/caseload/index.js';
import { errorOf } from '../support/errorOf.js';
import { fixture, MAP_2022_HEADER, PRACTICES_2021_HEADER, relayout } from './nhsDigitalFixtures.js';

const ICB = { icbCode: 'QHM', icbName: 'NHS North East and North Cumbria Integrated Care Board' } as const;
const NEW_GEOGRAPHY = { ...ICB, subIcbCode: '16C', subIcbName: 'NHS North East and North Cumbria ICB - 16C', regionCode: 'Y63', regionName: 'North East and Yorkshire' };

describe('pcnListSizes on the April 2026 files (2026-04 layout both)', () => {
  const sizes = () => pcnListSizes(fixture('all.2026-04'), fixture('map.2026-04'));

  it('sums matched practices into PCNs, by ICB and then PCN code, each with its practices by code', () => {
    expect(sizes().pcns).toEqual([
      {
        id: 'U02671', name: 'GREATER MIDDLESBROUGH PCN', listSize: 11437, ...NEW_GEOGRAPHY,
        practices: [{ code: 'A81004', name: 'ACKLAM MEDICAL CENTRE', listSize: 11437, supplier: 'TPP' }],
      },
      {
        id: 'U07032', name: 'NORTH STOCKTON PCN', listSize: 33238, ...NEW_GEOGRAPHY,
        practices: [
          { code: 'A81002', name: 'QUEENS PARK MEDICAL CENTRE', listSize: 18654, supplier: 'TPP' },
          { code: 'A81006', name: 'TENNANT STREET MEDICAL PRACTICE', listSize: 14584, supplier: 'TPP' },
        ],
      },
      {
        id: 'U07842', name: 'EAST CLEVELAND PCN', listSize: 7571, ...NEW_GEOGRAPHY,
        practices: [{ code: 'A81005', name: 'SPRINGWOOD SURGERY', listSize: 7571, supplier: 'TPP' }],
      },
      {
        id: 'U27349', name: 'ONE LIFE HARTLEPOOL PCN', listSize: 10436, ...NEW_GEOGRAPHY,
        practices: [{ code: 'A81007', name: 'BANKHOUSE SURGERY', listSize: 10436, supplier: 'TPP' }],
      },
      {
        id: 'U89141', name: 'STOCKTON PCN', listSize: 3747, ...NEW_GEOGRAPHY,
        practices: [{ code: 'A81001', name: 'THE DENSHAM SURGERY', listSize: 3747, supplier: 'TPP' }],
      },
    ]);
  });

  it('reports the layouts, the extract dates, the totals and the practices that did not match', () => {
    expect({ ...sizes(), pcns: [] }).toEqual({
      pcns: [],
      layouts: { practices: 'sub-icb-icb', map: 'sub-icb-icb' },
      extractDates: { practices: '2026-04-01', map: '2026-04-01' },
      totals: { practices: 6, listSize: 66429, pcns: 5, icbs: 1 },
      unmatched: {
        practicesWithoutPcn: { count: 5, listSize: 7898 + 11913 + 2207 + 15941 + 6303, codes: ['A81009', 'A82003', 'A82004', 'A83001', 'A84002'] },
        practicesWithoutListSize: { count: 1, listSize: 0, codes: ['A81035'] },
      },
      rejected: [],
      excluded: { practices: 0, map: 0 },
    });
  });

  it('accounts for every patient of the totals file: matched plus unmatched', () => {
    const all = fixture('all.2026-04').slice(1).reduce((sum, row) => sum + Number(row[9]), 0);
    expect(sizes().totals.listSize + sizes().unmatched.practicesWithoutPcn.listSize).toBe(all);
  });
});

describe('pcnListSizes across layouts and months', () => {
  it('reads the 2022-01 map (CCG_* and STP_*, no SUPPLIER_NAME, 01Jan2022) beside April 2026 totals', () => {
    const sizes = pcnListSizes(fixture('all.2026-04'), fixture('map.2022-01'));
    expect(sizes.layouts).toEqual({ practices: 'sub-icb-icb', map: 'ccg-stp' });
    expect(sizes.extractDates).toEqual({ practices: '2026-04-01', map: '2022-01-01' });
    expect(sizes.pcns.map((pcn) => [pcn.id, pcn.listSize])).toEqual([
      ['U02671', 11437], ['U07032', 33238], ['U07842', 7571], ['U27349', 10436], ['U85008', 7898], ['U89141', 3747],
    ]);
    expect(sizes.pcns[4]).toEqual({
      id: 'U85008', name: 'HOLGATE PCN', listSize: 7898, icbCode: 'QHM', icbName: 'Cumbria and North East',
      subIcbCode: '16C', subIcbName: 'NHS Tees Valley CCG', regionCode: 'Y63', regionName: 'North East and Yorkshire',
      practices: [{ code: 'A81009', name: 'VILLAGE MEDICAL CENTRE', listSize: 7898, supplier: null }],
    });
    expect(sizes.unmatched.practicesWithoutPcn.codes).toEqual(['A82003', 'A82004', 'A83001', 'A84002']);
    expect(sizes.unmatched.practicesWithoutListSize.count).toBe(13);
    expect(sizes.unmatched.practicesWithoutListSize.codes[0]).toBe('A81011');
    expect(sizes.totals).toEqual({ practices: 7, listSize: 74327, pcns: 6, icbs: 1 });
  });

  it('reads the 2021-01 totals (CCG_*, 01JAN2021); their first rows share no practice with the 2022-01 map, and say so', () => {
    const sizes = pcnListSizes(fixture('all.2021-01'), fixture('map.2022-01'));
    expect(sizes.layouts).toEqual({ practices: 'ccg-stp', map: 'ccg-stp' });
    expect(sizes.extractDates).toEqual({ practices: '2021-01-01', map: '2022-01-01' });
    expect(sizes.pcns).toEqual([]);
    expect(sizes.totals).toEqual({ practices: 0, listSize: 0, pcns: 0, icbs: 0 });
    expect(sizes.unmatched.practicesWithoutPcn.count).toBe(20);
    expect(sizes.unmatched.practicesWithoutPcn.listSize).toBe(202163);
    expect(sizes.unmatched.practicesWithoutPcn.codes.slice(0, 3)).toEqual(['A84002', 'A84003', 'A84005']);
    expect(sizes.unmatched.practicesWithoutListSize.count).toBe(20);
    expect(sizes.rejected).toEqual([]);
  });

  it('gives the same PCNs from the April 2026 rows put into the 2021-01 and 2022-01 layouts', () => {
    // Test inputs: the published April 2026 rows under the older headers and date forms.
    const practices = relayout(fixture('all.2026-04'), PRACTICES_2021_HEADER, { CCG_CODE: 'SUB_ICB_LOCATION_CODE', ONS_CCG_CODE: 'ONS_SUB_ICB_LOCATION_CODE' }, { EXTRACT_DATE: '01APR2026' });
    const map = relayout(
      fixture('map.2026-04'),
      MAP_2022_HEADER,
      {
        ONS_CCG_CODE: 'ONS_SUB_ICB_LOCATION_CODE', CCG_CODE: 'SUB_ICB_LOCATION_CODE', CCG_NAME: 'SUB_ICB_LOCATION_NAME',
        ONS_STP_CODE: 'ONS_ICB_CODE', STP_CODE: 'ICB_CODE', STP_NAME: 'ICB_NAME',
      },
      { EXTRACT_DATE: '01Apr2026' },
    );
    const relaid = pcnListSizes(practices, map);
    const published = pcnListSizes(fixture('all.2026-04'), fixture('map.2026-04'));
    expect(relaid.layouts).toEqual({ practices: 'ccg-stp', map: 'ccg-stp' });
    expect(relaid.extractDates).toEqual({ practices: '2026-04-01', map: '2026-04-01' });
    expect(relaid.pcns).toEqual(
      published.pcns.map((pcn) => ({ ...pcn, practices: pcn.practices.map((practice) => ({ ...practice, supplier: null })) })),
    );
    expect(relaid.unmatched).toEqual(published.unmatched);
  });

  it('prefers the 2026-04 layout when a header has the columns of both', () => {
    const practices = fixture('all.2026-04').map((row, i) => [...row, i === 0 ? 'CCG_CODE' : '16C']);
    const map = fixture('map.2026-04').map((row, i) => [...row, i === 0 ? 'STP_CODE' : 'XXX']);
    const sizes = pcnListSizes(practices, map);
    expect(sizes.layouts).toEqual({ practices: 'sub-icb-icb', map: 'sub-icb-icb' });
    expect(sizes.pcns[0]!.icbCode).toBe('QHM');
  });

  it('keeps the first ICB of a PCN whose practices the map puts in two, and its first names', () => {
    const map = fixture('map.2026-04');
    map[5]![11] = 'QAA'; // A81006, the second practice of U07032, put in another ICB
    map[5]![6] = 'ANOTHER NAME';
    const sizes = pcnListSizes(fixture('all.2026-04'), map);
    const pcn = sizes.pcns.find((p) => p.id === 'U07032')!;
    expect([pcn.icbCode, pcn.name, pcn.listSize]).toEqual(['QHM', 'NORTH STOCKTON PCN', 33238]);
    expect(sizes.totals.icbs).toBe(1);
  });

  it('orders PCNs by ICB code and then PCN code, practices and unmatched codes by code, whatever the files’ order', () => {
    const reversed = (rows: string[][]) => [rows[0]!, ...rows.slice(1).reverse()];
    const map = reversed(fixture('map.2026-04'));
    map.find((cells) => cells[2] === 'A81004')![11] = 'AAA';
    map.find((cells) => cells[2] === 'A81001')![11] = 'QH';
    const practices = reversed(fixture('all.2026-04'));
    const sizes = pcnListSizes(practices, map);
    expect(sizes.pcns.map((pcn) => `${pcn.icbCode} ${pcn.id}`)).toEqual(['AAA U02671', 'QH U89141', 'QHM U07032', 'QHM U07842', 'QHM U27349']);
    expect(sizes.totals.icbs).toBe(3);
    expect(sizes.pcns[2]!.practices.map((practice) => practice.code)).toEqual(['A81002', 'A81006']);
    expect(sizes.unmatched.practicesWithoutPcn.codes).toEqual(['A81009', 'A82003', 'A82004', 'A83001', 'A84002']);
    const older = pcnListSizes(practices, reversed(fixture('map.2022-01')));
    expect(older.unmatched.practicesWithoutListSize.codes.slice(0, 3)).toEqual(['A81011', 'A81012', 'A81013']);
  });

  it('reads trimmed headers and cells', () => {
    const practices = fixture('all.2026-04').map((row) => row.map((cell) => ` ${cell} `));
    const map = fixture('map.2026-04').map((row) => row.map((cell) => `${cell}  `));
    expect(pcnListSizes(practices, map)).toEqual(pcnListSizes(fixture('all.2026-04'), fixture('map.2026-04')));
  });

  it('does not change its input and returns plain JSON data', () => {
    const practices = fixture('all.2026-04');
    const map = fixture('map.2022-01');
    const copies = structuredClone([practices, map]);
    const sizes = pcnListSizes(practices, map);
    expect([practices, map]).toEqual(copies);
    expect(JSON.parse(JSON.stringify(sizes))).toEqual(sizes);
  });
});

describe('pcnListSizes rejected rows', () => {
  const HEADER = fixture('all.2026-04')[0]!;
  const row = (cells: Record<number, string>) => {
    const base = ['GP_PRAC_PAT_LIST', '2026-04-01', 'GP', '16C', 'E38000247', 'A81001', 'TS18 1HU', 'ALL', 'ALL', '3747'];
    return base.map((cell, i) => cells[i] ?? cell);
  };

  it('reports each bad practice row by file, index, line, column and rule, and counts each row once', () => {
    const rows: unknown[] = [
      HEADER,
      row({}), // 0: good
      row({ 1: '2026-04-31', 5: 'A81002' }), // 1: impossible date
      row({ 5: 'A81004', 7: 'MALE', 9: '5,903' }), // 2: a breakdown by sex, and a number with a separator
      row({ 5: '', 8: '0-4' }), // 3: no code, an age band
      row({ 5: 'A81005' }).slice(0, 9), // 4: short
      'A81006,3747', // 5: not an array
      [...row({ 5: 'A81007' }).slice(0, 9), 3747], // 6: a cell that is not a string
      row({}), // 7: repeats A81001
      row({ 1: '01-Mar-26', 5: 'A81009' }), // 8: another month
      row({ 5: 'A81010', 9: '1234567890' }), // 9: ten digits
      row({ 5: 'A81011', 9: '' }), // 10: blank
    ];
    const sizes = pcnListSizes(rows as never, fixture('map.2026-04'));
    expect(sizes.rejected).toEqual([
      { file: 'practices', index: 1, line: 3, path: ['EXTRACT_DATE'], message: 'must be a date written 01JAN2021, 01Jan2022, 2026-04-01 or 01-Apr-26' },
      { file: 'practices', index: 2, line: 4, path: ['SEX'], message: 'must be ALL: read the totals file (gp-reg-pat-prac-all), not a breakdown by sex or age' },
      { file: 'practices', index: 2, line: 4, path: ['NUMBER_OF_PATIENTS'], message: 'must be a whole number of patients written in digits (at most 9)' },
      { file: 'practices', index: 3, line: 5, path: ['CODE'], message: 'must not be blank' },
      { file: 'practices', index: 3, line: 5, path: ['AGE'], message: 'must be ALL: read the totals file (gp-reg-pat-prac-all), not a breakdown by sex or age' },
      { file: 'practices', index: 4, line: 6, path: [], message: 'has 9 cells where the header has 10' },
      { file: 'practices', index: 5, line: 7, path: [], message: 'must be an array of strings (cells)' },
      { file: 'practices', index: 6, line: 8, path: [], message: 'must be an array of strings (cells)' },
      { file: 'practices', index: 7, line: 9, path: ['CODE'], message: 'repeats the practice code of an earlier row' },
      { file: 'practices', index: 8, line: 10, path: ['EXTRACT_DATE'], message: "differs from the file's month (the date most rows give): a file is one month's snapshot" },
      { file: 'practices', index: 9, line: 11, path: ['NUMBER_OF_PATIENTS'], message: 'must be a whole number of patients written in digits (at most 9)' },
      { file: 'practices', index: 10, line: 12, path: ['NUMBER_OF_PATIENTS'], message: 'must be a whole number of patients written in digits (at most 9)' },
    ]);
    expect(sizes.excluded).toEqual({ practices: 10, map: 0 });
    expect(sizes.totals).toEqual({ practices: 1, listSize: 3747, pcns: 1, icbs: 1 });
    // A rejected practice that the map lists is a mapped practice with no list size.
    expect(sizes.unmatched.practicesWithoutListSize.codes).toEqual(['A81002', 'A81004', 'A81005', 'A81006', 'A81007', 'A81035']);
  });

  it("takes the file's month from most of its valid rows, so a stray first row does not decide it", () => {
    const sizes = pcnListSizes(
      [HEADER, row({ 1: 'soon' }), row({ 1: '01-Mar-26' }), row({ 1: '2026-04-01', 5: 'A81002' }), row({ 1: '01APR2026', 5: 'A81004' })],
      fixture('map.2026-04'),
    );
    expect(sizes.extractDates.practices).toBe('2026-04-01');
    expect(sizes.rejected.map((r) => [r.index, r.path[0]])).toEqual([[0, 'EXTRACT_DATE'], [1, 'EXTRACT_DATE']]);
    expect(sizes.totals.practices).toBe(2);
  });

  it('takes the earliest row among months given equally often', () => {
    const dates = (first: string, second: string) =>
      pcnListSizes([HEADER, row({ 1: first }), row({ 1: second, 5: 'A81002' })], fixture('map.2026-04')).extractDates.practices;
    expect(dates('01-Mar-26', '2026-04-01')).toBe('2026-03-01');
    expect(dates('2026-04-01', '01-Mar-26')).toBe('2026-04-01');
  });

  it('gives no date for a file with no valid row', () => {
    const sizes = pcnListSizes([HEADER, row({ 9: 'x' })], fixture('map.2026-04'));
    expect(sizes.extractDates).toEqual({ practices: null, map: '2026-04-01' });
    expect(sizes.excluded.practices).toBe(1);
    expect(pcnListSizes([HEADER], fixture('map.2026-04')).extractDates.practices).toBeNull();
  });

  it('reports bad map rows after the practice rows, in line order', () => {
    const map = fixture('map.2026-04');
    map[1]![5] = ''; // PCN_CODE
    map[2]![12] = ''; // ICB_NAME
    map[3]![1] = '1-Apr-26';
    map[4]![1] = '01-Mar-26';
    map[6]![2] = 'A81006'; // repeats row 5's practice
    map.push([...map[7]!]);
    map[8]![2] = 'A81099';
    map[8]![6] = ''; // PCN_NAME: a bad cell found by the first pass, after the repeat found by the second
    map[5]![3] = ''; // a blank PRACTICE_NAME is allowed
    map[5]![16] = ''; // and a blank SUPPLIER_NAME
    const practices = [...fixture('all.2026-04'), row({ 1: 'x' })];
    const sizes = pcnListSizes(practices, map);
    expect(sizes.rejected).toEqual([
      { file: 'practices', index: 11, line: 13, path: ['EXTRACT_DATE'], message: 'must be a date written 01JAN2021, 01Jan2022, 2026-04-01 or 01-Apr-26' },
      { file: 'map', index: 0, line: 2, path: ['PCN_CODE'], message: 'must not be blank' },
      { file: 'map', index: 1, line: 3, path: ['ICB_NAME'], message: 'must not be blank' },
      { file: 'map', index: 2, line: 4, path: ['EXTRACT_DATE'], message: 'must be a date written 01JAN2021, 01Jan2022, 2026-04-01 or 01-Apr-26' },
      { file: 'map', index: 3, line: 5, path: ['EXTRACT_DATE'], message: "differs from the file's month (the date most rows give): a file is one month's snapshot" },
      { file: 'map', index: 5, line: 7, path: ['PRACTICE_CODE'], message: 'repeats the practice code of an earlier row' },
      { file: 'map', index: 7, line: 9, path: ['PCN_NAME'], message: 'must not be blank' },
    ]);
    expect(sizes.excluded).toEqual({ practices: 1, map: 6 });
    expect(sizes.pcns.map((pcn) => pcn.id)).toEqual(['U07032']);
    expect(sizes.pcns[0]!.practices).toEqual([{ code: 'A81006', name: null, listSize: 14584, supplier: null }]);
  });

  it('never puts a cell in a message', () => {
    const secret = '943 476 5919';
    const practices = [HEADER, row({ 1: secret, 5: secret, 7: secret, 8: secret, 9: secret })];
    const map = fixture('map.2026-04').map((cells, i) => (i === 0 ? cells : cells.map((cell, j) => (j === 2 ? cell : secret))));
    const sizes = pcnListSizes(practices, map);
    expect(sizes.rejected.length).toBeGreaterThan(0);
    expect(JSON.stringify(sizes.rejected)).not.toContain(secret);
  });
});

describe('pcnListSizes errors', () => {
  const practices = fixture('all.2026-04');
  const map = fixture('map.2026-04');

  it.each([
    ['not an array', null, ['practiceRows']],
    ['a string', 'CODE,NUMBER_OF_PATIENTS', ['practiceRows']],
    ['empty', [], ['practiceRows']],
  ])('rejects practice rows that are %s', (_name, rows, path) => {
    expect(errorOf(() => pcnListSizes(rows as never, map))).toEqual({
      code: 'caseload/invalid-rows',
      issues: [{ path, message: 'must be an array of rows (arrays of strings) with the header first, as parseCsv returns them' }],
    });
  });

  it('rejects a header that is not an array of strings, naming the file', () => {
    expect(errorOf(() => pcnListSizes(practices, [[1, 2]] as never))).toEqual({
      code: 'caseload/invalid-rows',
      issues: [{ path: ['mapRows', 0], message: 'must be the header: an array of strings' }],
    });
    expect(errorOf(() => pcnListSizes([null] as never, map)).issues[0]!.path).toEqual(['practiceRows', 0]);
  });

  it('rejects a file of neither layout, saying what it looked for', () => {
    expect(errorOf(() => pcnListSizes([['CODE', 'NUMBER_OF_PATIENTS']], map))).toEqual({
      code: 'caseload/unknown-layout',
      issues: [
        {
          path: ['practiceRows', 0],
          message: 'has neither SUB_ICB_LOCATION_CODE (2026-04 layout) nor CCG_CODE (2021-01 and 2022-01 layout): is it a "Patients Registered at a GP Practice" file?',
        },
      ],
    });
    expect(errorOf(() => pcnListSizes(practices, practices))).toEqual({
      code: 'caseload/unknown-layout',
      issues: [
        {
          path: ['mapRows', 0],
          message: 'has neither ICB_CODE (2026-04 layout) nor STP_CODE (2021-01 and 2022-01 layout): is it a "Patients Registered at a GP Practice" file?',
        },
      ],
    });
  });

  it('names every required column a header lacks', () => {
    expect(errorOf(() => pcnListSizes([['SUB_ICB_LOCATION_CODE', 'CODE', 'SEX']], map))).toEqual({
      code: 'caseload/missing-column',
      issues: [
        { path: ['practiceRows', 0, 'EXTRACT_DATE'], message: 'is a required column of this file' },
        { path: ['practiceRows', 0, 'AGE'], message: 'is a required column of this file' },
        { path: ['practiceRows', 0, 'NUMBER_OF_PATIENTS'], message: 'is a required column of this file' },
      ],
    });
    expect(errorOf(() => pcnListSizes(practices, [['STP_CODE', 'PRACTICE_CODE', 'PCN_NAME']]))).toEqual({
      code: 'caseload/missing-column',
      issues: [
        { path: ['mapRows', 0, 'EXTRACT_DATE'], message: 'is a required column of this file' },
        { path: ['mapRows', 0, 'PCN_CODE'], message: 'is a required column of this file' },
        { path: ['mapRows', 0, 'STP_NAME'], message: 'is a required column of this file' },
      ],
    });
  });

  it('checks both files before reading any row: the practices file first', () => {
    expect(errorOf(() => pcnListSizes([['x']], [['y']])).issues[0]!.path).toEqual(['practiceRows', 0]);
    expect(errorOf(() => pcnListSizes([['x']], 'y' as never)).code).toBe('caseload/invalid-rows');
  });
});
