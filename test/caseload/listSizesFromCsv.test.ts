import { describe, expect, it } from 'vitest';
import { listSizesFromCsv, ListSizeRowSchema, planCaseloadByGroup, planToMarkdown } from '../../src/caseload/index.js';
import { parseCsv } from '../../src/csv/index.js';
import { errorOf } from '../support/errorOf.js';

const csv = (...lines: string[]) => parseCsv(lines.join('\r\n'));
const WHOLE_RULE = 'must be a whole number, with commas between thousands or none (42,117 or 42117)';
const WTE_RULE = 'must be blank (not known) or a number such as 1.5';

describe('listSizesFromCsv', () => {
  it('reads a borough’s hand-made list: thousands separators, a blank WTE in post, extra columns kept as text', () => {
    const result = listSizesFromCsv(
      csv(
        'id,name,listSize,linkWorkerWte,borough',
        'riv-north,Riverside North,"42,117",2,Riverside',
        'riv-docks,Docklands,"31,400",,Riverside',
        'riv-heath,Heathside,49750,1.5,Riverside',
        'hill-1,Hill One,"1,234,567","1,000.25",Hillside',
      ),
    );
    expect(result).toEqual({
      pcns: [
        { id: 'riv-north', name: 'Riverside North', listSize: 42117, linkWorkerWte: 2, borough: 'Riverside' },
        { id: 'riv-docks', name: 'Docklands', listSize: 31400, borough: 'Riverside' },
        { id: 'riv-heath', name: 'Heathside', listSize: 49750, linkWorkerWte: 1.5, borough: 'Riverside' },
        { id: 'hill-1', name: 'Hill One', listSize: 1234567, linkWorkerWte: 1000.25, borough: 'Hillside' },
      ],
      rejected: [],
      excluded: 0,
    });
  });

  it('gives a plan whose borough total says how many PCNs lack a WTE in post, not a silent blank', () => {
    const { pcns } = listSizesFromCsv(
      csv('id,listSize,linkWorkerWte,borough', 'a,"42,117",2,Riverside', 'b,"31,400",,Riverside', 'c,"30,000",1,Riverside'),
    );
    const plan = planCaseloadByGroup({ pcns, groupBy: 'borough' });
    expect([plan.total.wteInPost, plan.total.wteInPostKnown, plan.total.pcnsWithoutWteInPost]).toEqual([null, 3, 1]);
    expect(planToMarkdown(plan, { includePcns: false }).split('\n')[2]).toContain('3.00 (1 of 3 PCNs not known)');
  });

  it('reports every row it cannot read, by index, line, column and rule, and counts rows once', () => {
    const result = listSizesFromCsv(
      csv(
        'id,listSize,linkWorkerWte',
        'a,"42,117",1', // 0: good
        'b,42.117,1', // 1: a decimal separator where a thousands separator was meant
        'c,"4,21,17",', // 2: separators in the wrong places
        'd,-5,x', // 3: negative, and a WTE that is not a number
        ',100,', // 4: blank id
        'e,,', // 5: blank list size
        'f,42,117,1', // 6: an unquoted separator splits the cell
        'a,100,', // 7: repeats a
        'g,"42,1170",', // 8: four digits after a separator
        'h,100,"1,5"', // 9: a decimal comma
        'i,100,1.', // 10: a point with no decimals
        'j,99999999999999999,', // 11: beyond the safe integers
        'k," 12 ",  0.5 ', // 12: spaces around the cells are fine
      ),
    );
    expect(result.rejected).toEqual([
      { file: 'list-sizes', index: 1, line: 3, path: ['listSize'], message: WHOLE_RULE },
      { file: 'list-sizes', index: 2, line: 4, path: ['listSize'], message: WHOLE_RULE },
      { file: 'list-sizes', index: 3, line: 5, path: ['listSize'], message: WHOLE_RULE },
      { file: 'list-sizes', index: 3, line: 5, path: ['linkWorkerWte'], message: WTE_RULE },
      { file: 'list-sizes', index: 4, line: 6, path: ['id'], message: 'must not be blank' },
      { file: 'list-sizes', index: 5, line: 7, path: ['listSize'], message: WHOLE_RULE },
      { file: 'list-sizes', index: 6, line: 8, path: [], message: 'has 4 cells where the header has 3 (quote a number written with commas: "42,117")' },
      { file: 'list-sizes', index: 7, line: 9, path: ['id'], message: 'repeats the id of an earlier row' },
      { file: 'list-sizes', index: 8, line: 10, path: ['listSize'], message: WHOLE_RULE },
      { file: 'list-sizes', index: 9, line: 11, path: ['linkWorkerWte'], message: WTE_RULE },
      { file: 'list-sizes', index: 10, line: 12, path: ['linkWorkerWte'], message: WTE_RULE },
      { file: 'list-sizes', index: 11, line: 13, path: ['listSize'], message: 'must be at most 9007199254740991' },
    ]);
    expect(result.excluded).toBe(11);
    expect(result.pcns).toEqual([{ id: 'a', listSize: 42117, linkWorkerWte: 1 }, { id: 'k', listSize: 12, linkWorkerWte: 0.5 }]);
  });

  it('reads renamed columns and reports them by field', () => {
    const result = listSizesFromCsv(
      csv('PCN code,PCN name,Registered patients,WTE,ICB', 'U1,One,"1,000",0.5,QHM', 'U2,Two,1.000,,QHM'),
      { columns: { id: 'PCN code', name: 'PCN name', listSize: 'Registered patients', linkWorkerWte: 'WTE' } },
    );
    expect(result.pcns).toEqual([{ id: 'U1', name: 'One', listSize: 1000, linkWorkerWte: 0.5, ICB: 'QHM' }]);
    // Rows are reported by field, never by the header's own text.
    expect(result.rejected).toEqual([{ file: 'list-sizes', index: 1, line: 3, path: ['listSize'], message: WHOLE_RULE }]);
  });

  it('trims extra cells and keeps them as ordinary, writable fields', () => {
    const record = listSizesFromCsv(csv('id,listSize,borough', 'a,10,  Riverside  ')).pcns[0]!;
    expect(record.borough).toBe('Riverside');
    expect(Object.getOwnPropertyDescriptor(record, 'borough')).toEqual({ value: 'Riverside', enumerable: true, writable: true, configurable: true });
  });

  it('needs only id and listSize; leaves out blank extra cells and columns with no name; takes the first of repeated columns', () => {
    const result = listSizesFromCsv(csv('listSize,id,,borough,borough,note', '10,a,x,,B2,', '20,b,y,B1,B3,hello'));
    expect(result.pcns).toEqual([{ id: 'a', listSize: 10 }, { id: 'b', listSize: 20, borough: 'B1', note: 'hello' }]);
  });

  it('keeps an extra column named like a field out of the record, and one named __proto__ as a plain field', () => {
    const result = listSizesFromCsv(csv('PCN,listSize,id,__proto__', 'a,10,zz,polluted', 'a,11,yy,'), { columns: { id: 'PCN' } });
    expect(result.rejected).toEqual([{ file: 'list-sizes', index: 1, line: 3, path: ['id'], message: 'repeats the id of an earlier row' }]);
    expect(result.pcns).toHaveLength(1);
    const record = result.pcns[0]!;
    expect(record.id).toBe('a');
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(record, '__proto__')?.value).toBe('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects rows that are not rows, headers without the required columns, and bad options', () => {
    expect(errorOf(() => listSizesFromCsv('id,listSize' as never))).toEqual({
      code: 'caseload/invalid-rows',
      issues: [{ path: ['rows'], message: 'must be an array of rows (arrays of strings) with the header first, as parseCsv returns them' }],
    });
    expect(errorOf(() => listSizesFromCsv(csv('name,size')))).toEqual({
      code: 'caseload/missing-column',
      issues: [
        { path: ['rows', 0, 'id'], message: 'is a required column of this file' },
        { path: ['rows', 0, 'listSize'], message: 'is a required column of this file' },
      ],
    });
    expect(errorOf(() => listSizesFromCsv(csv('id,listSize'), { columns: { listSize: '943 476 5919' } })).issues).toEqual([
      { path: ['rows', 0, 'listSize'], message: 'is a required column of this file' },
    ]);
    expect(errorOf(() => listSizesFromCsv(csv('id,listSize'), { columns: { patients: 'x' } } as never))).toEqual({
      code: 'caseload/invalid-options',
      issues: [{ path: ['options', 'columns'], message: 'has 1 unrecognised key' }],
    });
    expect(errorOf(() => listSizesFromCsv(csv('id,listSize'), { columns: { id: '' } }))).toEqual({
      code: 'caseload/invalid-options',
      issues: [{ path: ['options', 'columns', 'id'], message: 'must be a column name' }],
    });
    expect(errorOf(() => listSizesFromCsv(csv('id,listSize'), null as never)).code).toBe('caseload/invalid-options');
  });

  it('reads a header-only file as no PCNs, and never puts a cell in a message', () => {
    expect(listSizesFromCsv(csv('id,listSize'))).toEqual({ pcns: [], rejected: [], excluded: 0 });
    const secret = '943 476 5919';
    const result = listSizesFromCsv([['id', 'listSize', 'linkWorkerWte'], [secret, secret, secret], [secret, '1', ''], [secret, '2', '']]);
    expect(result.excluded).toBe(2);
    expect(JSON.stringify(result.rejected)).not.toContain(secret);
  });

  it('does not change its input', () => {
    const rows = csv('id,listSize,borough', 'a,"1,000",X');
    const copy = structuredClone(rows);
    listSizesFromCsv(rows);
    expect(rows).toEqual(copy);
  });
});

describe('ListSizeRowSchema', () => {
  it('gives only the fields a row has', () => {
    expect(ListSizeRowSchema.parse({ id: 'a', name: 'A', listSize: '0', linkWorkerWte: '0' })).toEqual({ id: 'a', name: 'A', listSize: 0, linkWorkerWte: 0 });
    expect(Object.keys(ListSizeRowSchema.parse({ id: 'a', name: '', listSize: '1', linkWorkerWte: '' }))).toEqual(['id', 'listSize']);
  });
});
