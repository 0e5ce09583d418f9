import { describe, expect, it } from 'vitest';
import { bindRows, MAP_COLUMNS, PRACTICE_LAYOUT_MARKERS, PracticeMapRowSchema, PracticeTotalsRowSchema, readRows } from '../../src/caseload/nhsDigitalRows.js';

describe('the NHS Digital row schemas', () => {
  it('reports a bad extract date as a custom zod issue at its field, and never with the cell', () => {
    const result = PracticeTotalsRowSchema.safeParse({ extractDate: '943 476 5919', code: 'A81001', sex: 'ALL', age: 'ALL', patients: '1' });
    expect(result.error?.issues).toEqual([
      { code: 'custom', path: ['extractDate'], message: 'must be a date written 01JAN2021, 01Jan2022, 2026-04-01 or 01-Apr-26' },
    ]);
  });

  it('reads patients as a number of up to 9 digits, and a blank optional map cell as null', () => {
    expect(PracticeTotalsRowSchema.parse({ extractDate: '2026-04-01', code: 'A', sex: 'ALL', age: 'ALL', patients: '999999999' }).patients).toBe(999_999_999);
    expect(PracticeTotalsRowSchema.parse({ extractDate: '2026-04-01', code: 'A', sex: 'ALL', age: 'ALL', patients: '0' }).patients).toBe(0);
    const row = { extractDate: '01Jan2022', practiceCode: 'A', practiceName: '', pcnCode: 'P', pcnName: 'N', subIcbCode: '', subIcbName: 'S', icbCode: 'I', icbName: 'J', regionCode: '', regionName: '', supplier: '' };
    expect(PracticeMapRowSchema.parse(row)).toEqual({ ...row, extractDate: '2022-01-01', practiceName: null, subIcbCode: null, regionCode: null, regionName: null, supplier: null });
  });

  it('names the columns of each layout', () => {
    expect(PRACTICE_LAYOUT_MARKERS).toEqual({ 'ccg-stp': 'CCG_CODE', 'sub-icb-icb': 'SUB_ICB_LOCATION_CODE' });
    expect([MAP_COLUMNS['ccg-stp'].icbCode, MAP_COLUMNS['ccg-stp'].subIcbName, MAP_COLUMNS['sub-icb-icb'].subIcbName]).toEqual(['STP_CODE', 'CCG_NAME', 'SUB_ICB_LOCATION_NAME']);
  });
});

describe('readRows', () => {
  it('reads a column the header lacks as a blank cell, and a sparse row as not a row', () => {
    const rejected: never[] = [];
    const bound = bindRows([['EXTRACT_DATE', 'CODE', 'SEX', 'AGE', 'NUMBER_OF_PATIENTS'], ['2026-04-01', 'A', 'ALL', 'ALL', '1']], 'rows');
    const read = readRows(bound, { extractDate: 'EXTRACT_DATE', code: 'PRACTICE', sex: 'SEX', age: 'AGE', patients: 'NUMBER_OF_PATIENTS' }, PracticeTotalsRowSchema, 'practices', rejected);
    expect(read).toEqual([]);
    expect(rejected).toEqual([{ file: 'practices', index: 0, line: 2, path: ['PRACTICE'], message: 'must not be blank' }]);
    const sparse: unknown[] = [['CODE']];
    sparse[2] = ['A'];
    const issues: unknown[] = [];
    readRows(bindRows(sparse, 'rows'), { code: 'CODE' }, PracticeMapRowSchema.pick({ practiceCode: true }).transform((r) => r), 'map', issues as never);
    expect(issues[0]).toEqual({ file: 'map', index: 0, line: 2, path: [], message: 'must be an array of strings (cells)' });
  });
});
