/**
 * The columns of NHS Digital's "Patients Registered at a GP Practice" files in each published
 * layout, the zod schemas of one row of each file, and the reading of `parseCsv` rows against them.
 *
 * @module
 */
import * as z from 'zod';
import { issuesFromZod, SocialPrescribingError, type ValidationIssue } from '../core/index.js';
import { EXTRACT_DATE_RULE, readExtractDate } from './extractDate.js';

/**
 * The two published layouts: `'ccg-stp'` (2021-01 practice totals, 2022-01 map: `CCG_*` and `STP_*`
 * columns) and `'sub-icb-icb'` (2026-04: `SUB_ICB_LOCATION_*` and `ICB_*` columns, and the map's
 * `SUPPLIER_NAME`).
 *
 * @category NHS Digital
 */
export type NhsDigitalLayout = 'ccg-stp' | 'sub-icb-icb';

/** The fields read from the practice totals file (`gp-reg-pat-prac-all`), each with its column. */
export const PRACTICE_COLUMNS = {
  extractDate: 'EXTRACT_DATE',
  code: 'CODE',
  sex: 'SEX',
  age: 'AGE',
  patients: 'NUMBER_OF_PATIENTS',
} as const;

/** The column that tells each layout of the practice totals file apart. */
export const PRACTICE_LAYOUT_MARKERS: Readonly<Record<NhsDigitalLayout, string>> = {
  'ccg-stp': 'CCG_CODE',
  'sub-icb-icb': 'SUB_ICB_LOCATION_CODE',
};

type MapField =
  | 'extractDate'
  | 'practiceCode'
  | 'practiceName'
  | 'pcnCode'
  | 'pcnName'
  | 'subIcbCode'
  | 'subIcbName'
  | 'icbCode'
  | 'icbName'
  | 'regionCode'
  | 'regionName'
  | 'supplier';

/** The map's fields and their columns in each layout: `CCG_*` became `SUB_ICB_LOCATION_*`, `STP_*` became `ICB_*`. */
export const MAP_COLUMNS: Readonly<Record<NhsDigitalLayout, Readonly<Record<MapField, string>>>> = {
  'ccg-stp': {
    extractDate: 'EXTRACT_DATE',
    practiceCode: 'PRACTICE_CODE',
    practiceName: 'PRACTICE_NAME',
    pcnCode: 'PCN_CODE',
    pcnName: 'PCN_NAME',
    subIcbCode: 'CCG_CODE',
    subIcbName: 'CCG_NAME',
    icbCode: 'STP_CODE',
    icbName: 'STP_NAME',
    regionCode: 'COMM_REGION_CODE',
    regionName: 'COMM_REGION_NAME',
    supplier: 'SUPPLIER_NAME',
  },
  'sub-icb-icb': {
    extractDate: 'EXTRACT_DATE',
    practiceCode: 'PRACTICE_CODE',
    practiceName: 'PRACTICE_NAME',
    pcnCode: 'PCN_CODE',
    pcnName: 'PCN_NAME',
    subIcbCode: 'SUB_ICB_LOCATION_CODE',
    subIcbName: 'SUB_ICB_LOCATION_NAME',
    icbCode: 'ICB_CODE',
    icbName: 'ICB_NAME',
    regionCode: 'COMM_REGION_CODE',
    regionName: 'COMM_REGION_NAME',
    supplier: 'SUPPLIER_NAME',
  },
};

/** The map's fields a row must have; the others are `null` when their column is absent or the cell is blank. */
export const REQUIRED_MAP_FIELDS = ['extractDate', 'practiceCode', 'pcnCode', 'pcnName', 'icbCode', 'icbName'] as const;

/** The zod schemas of the cells, built once, only when a row schema is (so a bundler can drop all of them). */
const cells = /* @__PURE__ */ (() => ({
  requiredCell: z.string().min(1, { message: 'must not be blank' }),
  optionalCell: z.string().transform((value) => (value === '' ? null : value)),
  extractDateCell: z.string().transform((value, ctx) => {
    const date = readExtractDate(value);
    if (date === null) {
      ctx.issues.push({ code: 'custom', input: null, message: EXTRACT_DATE_RULE });
      return z.NEVER;
    }
    return date;
  }),
  allCell: z.literal('ALL', { message: 'must be ALL: read the totals file (gp-reg-pat-prac-all), not a breakdown by sex or age' }),
}))();

/**
 * Zod schema of one row of the practice totals file, its cells read by field (trimmed): the date in
 * any of the four published forms, the practice code, `SEX` and `AGE` both `ALL`, and the number of
 * patients written in digits (at most 9).
 *
 * @example
 * ```ts
 * import { PracticeTotalsRowSchema } from './nhsDigitalRows.js';
 *
 * PracticeTotalsRowSchema.parse({ extractDate: '01JAN2021', code: 'A84002', sex: 'ALL', age: 'ALL', patients: '5903' });
 * //=> { extractDate: '2021-01-01', code: 'A84002', sex: 'ALL', age: 'ALL', patients: 5903 }
 * PracticeTotalsRowSchema.safeParse({ extractDate: '2026-04-01', code: 'A81001', sex: 'MALE', age: 'ALL', patients: '5,903' }).error?.issues.map((i) => i.path[0]);
 * //=> ['sex', 'patients']
 * ```
 */
export const PracticeTotalsRowSchema = /* @__PURE__ */ (() =>
  z.object({
    extractDate: cells.extractDateCell,
    code: cells.requiredCell,
    sex: cells.allCell,
    age: cells.allCell,
    patients: z
      .string()
      .regex(/^\d{1,9}$/, { message: 'must be a whole number of patients written in digits (at most 9)' })
      .transform(Number),
  }))();

/**
 * Zod schema of one row of the practice-to-PCN map, its cells read by field (trimmed): the date, the
 * practice, its PCN and its ICB (STP in the 2022-01 layout) are required; the practice name, the
 * sub-ICB location (CCG), the region and the GP system supplier are `null` when blank or absent.
 *
 * @example
 * ```ts
 * import { PracticeMapRowSchema } from './nhsDigitalRows.js';
 *
 * const row = PracticeMapRowSchema.parse({
 *   extractDate: '01-Apr-26', practiceCode: 'A81001', practiceName: 'THE DENSHAM SURGERY', pcnCode: 'U89141',
 *   pcnName: 'STOCKTON PCN', subIcbCode: '16C', subIcbName: '', icbCode: 'QHM', icbName: 'NHS North East and North Cumbria Integrated Care Board',
 *   regionCode: 'Y63', regionName: 'North East and Yorkshire', supplier: 'TPP',
 * });
 * [row.extractDate, row.subIcbName, row.supplier];
 * //=> ['2026-04-01', null, 'TPP']
 * PracticeMapRowSchema.safeParse({ extractDate: '2026-04-01', practiceCode: 'A81001', pcnCode: '', pcnName: 'X', icbCode: 'QHM', icbName: 'Y',
 *   practiceName: '', subIcbCode: '', subIcbName: '', regionCode: '', regionName: '', supplier: '' }).error?.issues;
 * //=> [{ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, path: ['pcnCode'], message: 'must not be blank' }]
 * ```
 */
export const PracticeMapRowSchema = /* @__PURE__ */ (() =>
  z.object({
    extractDate: cells.extractDateCell,
    practiceCode: cells.requiredCell,
    practiceName: cells.optionalCell,
    pcnCode: cells.requiredCell,
    pcnName: cells.requiredCell,
    subIcbCode: cells.optionalCell,
    subIcbName: cells.optionalCell,
    icbCode: cells.requiredCell,
    icbName: cells.requiredCell,
    regionCode: cells.optionalCell,
    regionName: cells.optionalCell,
    supplier: cells.optionalCell,
  }))();

/**
 * One data row that was not used, and why: which file, its 0-based index among the data rows, its
 * line in the file (the header is line 1), the column and the rule it broke.
 *
 * @category NHS Digital
 */
export interface RejectedRow {
  /** `'practices'` (the totals file), `'map'` (the practice-to-PCN map) or `'list-sizes'` (a list-size CSV of {@link listSizesFromCsv}). */
  readonly file: 'practices' | 'map' | 'list-sizes';
  /** 0-based index among the data rows. */
  readonly index: number;
  /** Line in the file as `parseCsv` read it: the header is line 1. */
  readonly line: number;
  /** The column, such as `['NUMBER_OF_PATIENTS']` (a list-size CSV's by its field: `['listSize']`); empty for a problem with the whole row. */
  readonly path: readonly (string | number)[];
  /** The rule the cell or row broke; never its value. */
  readonly message: string;
}

/** A file's rows split into the header's column positions and the data rows. */
export interface BoundRows {
  readonly header: readonly string[];
  readonly positions: ReadonlyMap<string, number>;
  readonly data: readonly unknown[];
}

function isRow(value: unknown): value is readonly string[] {
  return Array.isArray(value) && (value as unknown[]).every((cell) => typeof cell === 'string');
}

/**
 * Checks that `rows` is an array of rows (arrays of strings) with a header first, as `parseCsv`
 * returns it, and binds the header's columns (trimmed; the first of repeated names wins).
 *
 * @throws SocialPrescribingError `caseload/invalid-rows` for anything else, at `[name]` or `[name, 0]`.
 * @example
 * ```ts
 * import { bindRows } from './nhsDigitalRows.js';
 *
 * const bound = bindRows([[' CODE', 'NUMBER_OF_PATIENTS', 'CODE'], ['A81001', '3747', 'x']], 'practiceRows');
 * [[...bound.positions], bound.data.length];
 * //=> [[['CODE', 0], ['NUMBER_OF_PATIENTS', 1]], 1]
 * bindRows([], 'practiceRows');
 * //=> throws 'caseload/invalid-rows'
 * bindRows([['CODE', 7]] as never, 'practiceRows');
 * //=> throws 'caseload/invalid-rows'
 * ```
 */
export function bindRows(rows: unknown, name: string): BoundRows {
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new SocialPrescribingError('caseload/invalid-rows', [
      { path: [name], message: 'must be an array of rows (arrays of strings) with the header first, as parseCsv returns them' },
    ]);
  }
  const header: unknown = rows[0];
  if (!isRow(header)) {
    throw new SocialPrescribingError('caseload/invalid-rows', [{ path: [name, 0], message: 'must be the header: an array of strings' }]);
  }
  const positions = new Map<string, number>();
  header.forEach((column, i) => {
    const trimmed = column.trim();
    if (!positions.has(trimmed)) positions.set(trimmed, i);
  });
  return { header, positions, data: (rows as unknown[]).slice(1) };
}

/**
 * Throws `caseload/missing-column` naming each required column the header lacks: each is given as
 * `[name in the path, column]`, so a column named by the caller is reported by its field, never by
 * the caller's text.
 *
 * @example
 * ```ts
 * import { bindRows, requireColumns } from './nhsDigitalRows.js';
 *
 * requireColumns(bindRows([['CODE']], 'practiceRows'), [['CODE', 'CODE']], 'practiceRows');
 * //=> undefined
 * requireColumns(bindRows([['CODE']], 'practiceRows'), [['CODE', 'CODE'], ['NUMBER_OF_PATIENTS', 'NUMBER_OF_PATIENTS']], 'practiceRows');
 * //=> throws 'caseload/missing-column'
 * ```
 */
export function requireColumns(bound: BoundRows, required: readonly (readonly [label: string, column: string])[], name: string): void {
  const missing = required.filter(([, column]) => !bound.positions.has(column));
  if (missing.length > 0) {
    throw new SocialPrescribingError(
      'caseload/missing-column',
      missing.map(([label]) => ({ path: [name, 0, label], message: 'is a required column of this file' })),
    );
  }
}

/**
 * Reads each data row into a record of `columns` (field to column name; absent columns give `''`)
 * and parses it with `schema`. A row that is not an array of strings, has a different number of
 * cells from the header (the message ends with `cellCountHint`), or fails the schema is reported
 * and skipped; a bad cell's path is its column name, or its field when `byField` is set (for
 * columns the caller names).
 *
 * @example
 * ```ts
 * import { bindRows, PRACTICE_COLUMNS, PracticeTotalsRowSchema, readRows } from './nhsDigitalRows.js';
 *
 * const rejected = [];
 * const bound = bindRows([
 *   ['EXTRACT_DATE', 'CODE', 'SEX', 'AGE', 'NUMBER_OF_PATIENTS'],
 *   ['2026-04-01', 'A81001', 'ALL', 'ALL', '3747'],
 *   ['2026-04-01', 'A81002', 'ALL', 'ALL'],
 *   ['2026-04-31', 'A81004', 'ALL', 'ALL', '11437'],
 * ], 'practiceRows');
 * readRows(bound, PRACTICE_COLUMNS, PracticeTotalsRowSchema, 'practices', rejected).map(([index, row]) => [index, row.patients]);
 * //=> [[0, 3747]]
 * rejected;
 * //=> [
 * //   { file: 'practices', index: 1, line: 3, path: [], message: 'has 4 cells where the header has 5' },
 * //   { file: 'practices', index: 2, line: 4, path: ['EXTRACT_DATE'], message: 'must be a date written 01JAN2021, 01Jan2022, 2026-04-01 or 01-Apr-26' },
 * // ]
 * ```
 */
export function readRows<S extends z.ZodType<object, Record<string, string>>>(
  bound: BoundRows,
  columns: Readonly<Record<string, string>>,
  schema: S,
  file: RejectedRow['file'],
  rejected: RejectedRow[],
  cellCountHint = '',
  byField = false,
): [number, z.output<S>][] {
  const fields = Object.entries(columns).map(([field, column]) => [field, column, bound.positions.get(column)] as const);
  const out: [number, z.output<S>][] = [];
  const reject = (index: number, issues: readonly ValidationIssue[]): void => {
    for (const issue of issues) rejected.push({ file, index, line: index + 2, path: issue.path, message: issue.message });
  };
  for (let index = 0; index < bound.data.length; index++) {
    const row = bound.data[index];
    if (!isRow(row)) {
      reject(index, [{ path: [], message: 'must be an array of strings (cells)' }]);
      continue;
    }
    if (row.length !== bound.header.length) {
      reject(index, [{ path: [], message: `has ${row.length} cells where the header has ${bound.header.length}${cellCountHint}` }]);
      continue;
    }
    const record: Record<string, string> = {};
    for (const [field, , at] of fields) record[field] = at === undefined ? '' : (row[at] as string).trim();
    const result = schema.safeParse(record);
    if (result.success) out.push([index, result.data]);
    else {
      reject(
        index,
        issuesFromZod(result.error.issues).map((issue) => ({
          path: [byField ? (issue.path[0] as string) : (columns[issue.path[0] as string] as string)],
          message: issue.message,
        })),
      );
    }
  }
  return out;
}
