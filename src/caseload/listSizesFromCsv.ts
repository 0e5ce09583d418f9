import * as z from 'zod';
import { issuesFromZod, readNumberCell, SocialPrescribingError } from '../core/index.js';
import { bindRows, readRows, requireColumns, type RejectedRow } from './nhsDigitalRows.js';

const FIELDS = ['id', 'name', 'listSize', 'linkWorkerWte'] as const;

/**
 * Zod schema of the options of {@link listSizesFromCsv}: the header of each column where it is not
 * the field's own name (`id`, `name`, `listSize`, `linkWorkerWte`).
 *
 * @category List sizes
 * @example
 * ```ts
 * import { ListSizesFromCsvOptionsSchema } from 'social-prescribing/caseload';
 *
 * ListSizesFromCsvOptionsSchema.safeParse({ columns: { id: 'PCN code', listSize: 'Registered patients' } }).success;
 * //=> true
 * ListSizesFromCsvOptionsSchema.safeParse({ columns: { patients: 'Registered patients' } }).success;
 * //=> false
 * ```
 */
export const ListSizesFromCsvOptionsSchema = /* @__PURE__ */ (() => {
  const header = z.string().min(1, { message: 'must be a column name' });
  return z.strictObject({
    /** Header names for columns not named as the fields are: `{ listSize: 'Registered patients' }`. */
    columns: z
      .strictObject({ id: header.optional(), name: header.optional(), listSize: header.optional(), linkWorkerWte: header.optional() })
      .optional(),
  });
})();

/**
 * Options of {@link listSizesFromCsv}.
 *
 * @category List sizes
 */
export type ListSizesFromCsvOptions = z.input<typeof ListSizesFromCsvOptionsSchema>;

const blankIsAbsent = (value: string): string | undefined => (value === '' ? undefined : value);

/**
 * Zod schema of one row of a list-size CSV, its cells read by field (trimmed): the PCN's `id`, an
 * optional `name`, its `listSize` (a whole number, with commas between thousands or none: `42,117` or
 * `42117`) and an optional `linkWorkerWte` (a decimal, such as `1.5`; a blank cell is not known).
 * `42.117` is rejected as a list size, since it may be a thousands separator of another locale.
 *
 * @category List sizes
 * @example
 * ```ts
 * import { ListSizeRowSchema } from 'social-prescribing/caseload';
 *
 * ListSizeRowSchema.parse({ id: 'riv-north', name: '', listSize: '42,117', linkWorkerWte: '' });
 * //=> { id: 'riv-north', listSize: 42117 }
 * ListSizeRowSchema.safeParse({ id: 'riv-north', name: '', listSize: '42.117', linkWorkerWte: '1,5' }).error?.issues.map((i) => i.path[0]);
 * //=> ['listSize', 'linkWorkerWte']
 * ```
 */
export const ListSizeRowSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: z.string().min(1, { message: 'must not be blank' }),
      name: z.string().transform(blankIsAbsent),
      listSize: z
        .string()
        .refine((text) => readNumberCell(text) !== null, {
          message: 'must be a whole number, with commas between thousands or none (42,117 or 42117)',
        })
        .transform((text) => readNumberCell(text) as number)
        .refine(Number.isSafeInteger, { message: 'must be at most 9007199254740991' }),
      linkWorkerWte: z
        .string()
        .refine((text) => text === '' || readNumberCell(text, false) !== null, { message: 'must be blank (not known) or a number such as 1.5' })
        .transform((text) => (text === '' ? undefined : (readNumberCell(text, false) as number))),
    })
    .transform(({ id, name, listSize, linkWorkerWte }) => ({
      id,
      ...(name === undefined ? {} : { name }),
      listSize,
      ...(linkWorkerWte === undefined ? {} : { linkWorkerWte }),
    })))();

/**
 * One PCN read from a list-size CSV: `id`, `listSize` and, when given, `name` and `linkWorkerWte`,
 * plus every other non-blank cell as text under its column's name (a borough, an ICB code), so the
 * records can go to {@link planCaseloadByGroup} as they are, grouped by any of those columns.
 *
 * @category List sizes
 */
export type ListSizeRecord = z.output<typeof ListSizeRowSchema> & { readonly [column: string]: string | number | undefined };

/**
 * The result of {@link listSizesFromCsv}.
 *
 * @category List sizes
 */
export interface ListSizesFromCsvResult {
  /** One record per good row, in file order. */
  readonly pcns: readonly ListSizeRecord[];
  /** Every row not read, with its index, line, column and reason (never the cell). */
  readonly rejected: readonly RejectedRow[];
  /** How many rows were not read. */
  readonly excluded: number;
}

/**
 * Reads a hand-made list-size CSV (the rows of `parseCsv`) into PCN records for
 * {@link planCaseloadByGroup} or {@link planCaseload}: numbers written with commas between thousands
 * (`"42,117"`, quoted as a spreadsheet writes it) are read as numbers, a blank WTE-in-post cell means
 * "not known" (so the plan counts it as such, never as 0), and other columns are kept as text.
 *
 * Every row that cannot be read is returned in `rejected` with its line and field (`id`, `listSize`,
 * `linkWorkerWte`: never a header's text) and counted in `excluded`: a blank id or list size, a number in another form (`42.117`, `4,21,17`, `-5`), a
 * repeated id, or a row with a different number of cells from the header (as an unquoted `42,117`
 * gives).
 *
 * @param rows - The CSV's rows as `parseCsv` returns them, header first.
 * @param options - Header names of the columns not named `id`, `name`, `listSize`, `linkWorkerWte`.
 * @returns The PCN records, the rejected rows and how many rows were excluded.
 * @throws {@link core!SocialPrescribingError} `caseload/invalid-rows` when `rows` is not an array of rows with a
 * header of strings first; `caseload/missing-column` when the header has no id or list size column;
 * `caseload/invalid-options` for bad options.
 * @category List sizes
 * @example
 * ```ts
 * import { listSizesFromCsv, planCaseloadByGroup } from 'social-prescribing/caseload';
 * import { parseCsv } from 'social-prescribing/csv';
 *
 * const { pcns, rejected, excluded } = listSizesFromCsv(parseCsv([
 *   'PCN,Registered patients,linkWorkerWte,borough',
 *   'Riverside North,"42,117",2,Riverside',
 *   'Riverside South,"31,250",,Riverside',
 *   'Docklands,31.400,1,Riverside',
 * ].join('\n')), { columns: { id: 'PCN', listSize: 'Registered patients' } });
 * pcns;
 * //=> [
 * //   { id: 'Riverside North', listSize: 42117, linkWorkerWte: 2, borough: 'Riverside' },
 * //   { id: 'Riverside South', listSize: 31250, borough: 'Riverside' },
 * // ]
 * [rejected, excluded];
 * //=> [[{ file: 'list-sizes', index: 2, line: 4, path: ['listSize'], message: 'must be a whole number, with commas between thousands or none (42,117 or 42117)' }], 1]
 * planCaseloadByGroup({ pcns, groupBy: 'borough' }).total.pcnsWithoutWteInPost;
 * //=> 1
 * ```
 */
export function listSizesFromCsv(rows: readonly (readonly string[])[], options: ListSizesFromCsvOptions = {}): ListSizesFromCsvResult {
  const settings = ListSizesFromCsvOptionsSchema.safeParse(options);
  if (!settings.success) throw new SocialPrescribingError('caseload/invalid-options', issuesFromZod(settings.error.issues, ['options']));
  const named = settings.data.columns ?? {};
  const columns = Object.fromEntries(FIELDS.map((field) => [field, named[field] ?? field])) as Record<(typeof FIELDS)[number], string>;
  const bound = bindRows(rows, 'rows');
  requireColumns(bound, [['id', columns.id], ['listSize', columns.listSize]], 'rows');
  const rejected: RejectedRow[] = [];
  const read = readRows(bound, columns, ListSizeRowSchema, 'list-sizes', rejected, ' (quote a number written with commas: "42,117")', true);
  const mapped = new Set<string>([...Object.values(columns), ...FIELDS]);
  const extras = [...bound.positions].filter(([column]) => column !== '' && !mapped.has(column));
  const seen = new Set<string>();
  const pcns: ListSizeRecord[] = [];
  for (const [index, record] of read) {
    if (seen.has(record.id)) {
      rejected.push({ file: 'list-sizes', index, line: index + 2, path: ['id'], message: 'repeats the id of an earlier row' });
      continue;
    }
    seen.add(record.id);
    const out: Record<string, string | number> = { ...record };
    const row = bound.data[index] as readonly string[];
    for (const [column, at] of extras) {
      const value = (row[at] as string).trim();
      // defineProperty, so a column named __proto__ is an ordinary field and never a prototype.
      if (value !== '') Object.defineProperty(out, column, { value, enumerable: true, writable: true, configurable: true });
    }
    pcns.push(out as ListSizeRecord);
  }
  rejected.sort((a, b) => a.index - b.index);
  return { pcns, rejected, excluded: new Set(rejected.map((row) => row.index)).size };
}
