import { keyLabel, SocialPrescribingError, type ValidationIssue } from '../core/index.js';
import { validateReferrals, type ReferralValidationResult } from '../referrals/index.js';
import { decodePart, REFERRAL_CSV_COLUMNS, type ReferralCsvColumn } from './columns.js';
import { unescapeFormula } from './formatCsv.js';

/**
 * Options of {@link referralsFromCsv}.
 *
 * @category CSV
 */
export interface ReferralsFromCsvOptions {
  /** Header names for columns named differently in your file: `{ referredOn: 'Date referred' }`. */
  readonly columns?: Partial<Record<ReferralCsvColumn, string>>;
}

/**
 * The outcome for one data row: {@link referrals!validateReferrals}' result plus the row's line
 * in the file (the header is line 1).
 *
 * @category CSV
 */
export type ReferralCsvResult = ReferralValidationResult & { readonly line: number };


/**
 * Reads referral records from CSV rows (see {@link REFERRAL_CSV_COLUMNS} for the format) and
 * validates each with {@link referrals!validateReferrals}: every data row gives exactly one result,
 * valid or not, with its index, its line and, when bad, each issue's path (a column, or a field
 * inside one) and reason. Nothing is dropped and no value is echoed.
 *
 * Accepts the rows of {@link parseCsv} (sync) or {@link csvRows} (async, for large files).
 * A cell that {@link referralsToCsv} neutralised as a formula (`'=cmd`, a quote put in front of
 * text starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is read without that quote,
 * so the records come back as they were written.
 *
 * @param rows - CSV rows, the header first.
 * @param options - Header names for renamed columns.
 * @returns A generator (or async generator, for async rows) of one result per data row.
 * @throws {@link core!SocialPrescribingError} `csv/missing-column` when the header lacks `id`, `referredOn` or
 * `source`; `csv/invalid-options` for a renamed column that is not a known field; `csv/invalid-input` when `rows`
 * is not iterable or the header is not an array of strings (the path names the first cell that is not a string, a
 * hole in a sparse array included; a data row that is not one is reported as a bad row, at that cell's index).
 * @category CSV
 * @example
 * ```ts
 * import { parseCsv, referralsFromCsv } from 'social-prescribing/csv';
 *
 * const csv = [
 *   'id,Date referred,source,needs,events,contacts',
 *   'R-1,2025-04-01,gp-practice,housing,accepted:2025-04-02,2025-04-09:telephone:30:yes',
 *   'R-2,2025-02-30,gp-practice,,,',
 *   'R-3,2025-04-03,self,housing,closed,',
 * ].join('\n');
 * const results = [...referralsFromCsv(parseCsv(csv), { columns: { referredOn: 'Date referred' } })];
 * results.map((r) => (r.ok ? `line ${r.line}: ok` : `line ${r.line}: ${r.issues[0].path.join('.')}`));
 * //=> ['line 2: ok', 'line 3: referredOn', 'line 4: events.0']
 * [...referralsFromCsv([['id', 'referredOn', 'source'], 'R-4,2025-04-04,self' as never])].map((r) => r.ok);
 * //=> [false]
 * referralsFromCsv('id,referredOn,source' as never);
 * //=> throws 'csv/invalid-input'
 * ```
 */
export function referralsFromCsv(rows: Iterable<readonly string[]>, options?: ReferralsFromCsvOptions): Generator<ReferralCsvResult, void, undefined>;
export function referralsFromCsv(
  rows: AsyncIterable<readonly string[]>,
  options?: ReferralsFromCsvOptions,
): AsyncGenerator<ReferralCsvResult, void, undefined>;
export function referralsFromCsv(
  rows: Iterable<readonly string[]> | AsyncIterable<readonly string[]>,
  options: ReferralsFromCsvOptions = {},
): Generator<ReferralCsvResult, void, undefined> | AsyncGenerator<ReferralCsvResult, void, undefined> {
  const given: unknown = rows;
  if (typeof given !== 'object' || given === null || !(Symbol.asyncIterator in given || Symbol.iterator in given)) {
    throw new SocialPrescribingError('csv/invalid-input', [{ path: [], message: 'rows must be an iterable of rows' }]);
  }
  const names = headerNames(options);
  if (Symbol.asyncIterator in rows) return readAsync(rows, names);
  return readSync(rows, names);
}

function* readSync(rows: Iterable<readonly string[]>, names: Map<string, ReferralCsvColumn>): Generator<ReferralCsvResult, void, undefined> {
  const iterator = rows[Symbol.iterator]();
  const first = iterator.next();
  if (first.done === true) return;
  const reader = createRowReader(first.value, names);
  const rest: Iterable<readonly string[]> = { [Symbol.iterator]: () => iterator };
  yield* reader.validate(rest);
}

async function* readAsync(
  rows: AsyncIterable<readonly string[]>,
  names: Map<string, ReferralCsvColumn>,
): AsyncGenerator<ReferralCsvResult, void, undefined> {
  let reader: ReturnType<typeof createRowReader> | null = null;
  for await (const row of rows) {
    if (reader === null) reader = createRowReader(row, names);
    else yield* reader.validate([row]);
  }
}

function headerNames(options: ReferralsFromCsvOptions): Map<string, ReferralCsvColumn> {
  const names = new Map<string, ReferralCsvColumn>(REFERRAL_CSV_COLUMNS.map((c) => [c, c]));
  const given: unknown = options;
  const columns: unknown = typeof given === 'object' && given !== null ? (given as ReferralsFromCsvOptions).columns : given;
  if (columns !== undefined && (typeof columns !== 'object' || columns === null || Array.isArray(columns))) {
    throw new SocialPrescribingError('csv/invalid-options', [{ path: ['columns'], message: 'must map referral CSV columns to header names' }]);
  }
  // Every bad entry at once; a key not written like a name in code is shown by position, never echoed.
  const bad = Object.entries(columns ?? {}).flatMap(([field, header], position) =>
    (REFERRAL_CSV_COLUMNS as readonly string[]).includes(field) && typeof header === 'string'
      ? []
      : [{ path: ['columns', keyLabel(field, position)], message: 'must map a referral CSV column to a header name' }],
  );
  if (bad.length > 0) throw new SocialPrescribingError('csv/invalid-options', bad);
  for (const [field, header] of Object.entries(columns ?? {}) as [string, string][]) {
    names.delete(field);
    names.set(header, field as ReferralCsvColumn);
  }
  return names;
}

/** Binds the header once, then decodes and validates data rows, keeping the running index. */
function createRowReader(header: readonly string[], names: Map<string, ReferralCsvColumn>) {
  const positions = new Map<ReferralCsvColumn, number>();
  const badHeader = badCell(header);
  if (badHeader !== undefined) {
    throw new SocialPrescribingError('csv/invalid-input', [
      badHeader === null ? { path: ['header'], message: 'must be an array of strings' } : { path: ['header', badHeader], message: 'must be a string' },
    ]);
  }
  header.forEach((name, i) => {
    const column = names.get(name.trim());
    if (column !== undefined && !positions.has(column)) positions.set(column, i);
  });
  const missing = (['id', 'referredOn', 'source'] as const).filter((c) => !positions.has(c));
  if (missing.length > 0) {
    throw new SocialPrescribingError(
      'csv/missing-column',
      missing.map((c) => ({ path: ['header', c], message: 'is a required column' })),
    );
  }
  let index = 0;
  return {
    *validate(rows: Iterable<readonly string[]>): Generator<ReferralCsvResult, void, undefined> {
      for (const row of rows) {
        const bad = badCell(row);
        if (bad !== undefined) {
          const issue = bad === null ? { path: [], message: 'must be an array of strings (cells)' } : { path: [bad], message: 'must be a string (a cell)' };
          yield { index, line: index + 2, ok: false, issues: [issue] };
          index++;
          continue;
        }
        const decodeIssues: ValidationIssue[] = [];
        if (row.length !== header.length) {
          decodeIssues.push({ path: [], message: `has ${row.length} cells where the header has ${header.length}` });
        }
        const record = decodeRow(row, positions, decodeIssues);
        for (const result of validateReferrals([record])) {
          const line = index + 2;
          if (decodeIssues.length > 0) {
            yield { index, line, ok: false, issues: result.ok ? decodeIssues : [...decodeIssues, ...result.issues] };
          } else {
            yield { ...result, index, line };
          }
        }
        index++;
      }
    },
  };
}

/**
 * Where a row is not an array of strings: `null` when it is not an array, the index of the first cell
 * that is not a string (a hole in a sparse row included), `undefined` when the row is fine.
 */
function badCell(value: unknown): number | null | undefined {
  if (!Array.isArray(value)) return null;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return i;
  return undefined;
}

function decodeRow(row: readonly string[], positions: Map<ReferralCsvColumn, number>, issues: ValidationIssue[]): Record<string, unknown> {
  const cell = (column: ReferralCsvColumn): string | undefined => {
    const at = positions.get(column);
    // Takes off the quote referralsToCsv put in front of text a spreadsheet would run as a formula.
    const value = at === undefined ? undefined : row[at]?.trim();
    return value === '' || value === undefined ? undefined : unescapeFormula(value);
  };
  const record: Record<string, unknown> = {};
  for (const column of ['id', 'referredOn', 'source', 'schemeId', 'practiceCode', 'pcn', 'workerId'] as const) {
    const value = cell(column);
    if (value !== undefined) record[column] = value;
  }
  const person: Record<string, unknown> = {};
  const birthYear = cell('birthYear');
  if (birthYear !== undefined) person.birthYear = wholeNumber(birthYear, ['birthYear'], issues);
  for (const column of ['ageBand', 'sex', 'ethnicity'] as const) {
    const value = cell(column);
    if (value !== undefined) person[column] = value;
  }
  if (Object.keys(person).length > 0) record.person = person;
  const list = (column: ReferralCsvColumn) => (cell(column)?.split(';') ?? []).map((item) => item.split(':').map(decodePart));
  const needs = cell('needs');
  if (needs !== undefined) record.needs = needs.split(';').map((need) => need.trim());
  record.events = list('events').map(([type, on, reason], i) => {
    if (on === undefined) issues.push({ path: ['events', i], message: 'must be written type:date or closed:date:reason' });
    return reason === undefined || reason === '' ? { type, on } : { type, on, reason };
  });
  record.contacts = list('contacts').map(([on, mode, minutes, attended], i) => {
    if (attended !== 'yes' && attended !== 'no') {
      issues.push({ path: ['contacts', i], message: 'must be written date:mode:minutes:yes|no' });
    }
    const contact: Record<string, unknown> = { on, mode, attended: attended === 'yes' };
    if (minutes !== undefined && minutes !== '') contact.minutes = number(minutes, ['contacts', i, 'minutes'], issues);
    return contact;
  });
  record.goals = list('goals').map(([setOn, status, need]) => (need === undefined || need === '' ? { setOn, status } : { setOn, status, need }));
  record.onward = list('onward').map(([kind, organisationId, on, activityId]) =>
    activityId === undefined || activityId === '' ? { kind, organisationId, on } : { kind, organisationId, on, activityId },
  );
  record.measures = list('measures').map(([instrument, timepoint, on, items, score], i) => {
    const measure: Record<string, unknown> = { instrument, timepoint, on };
    if (items !== undefined && items !== '') {
      measure.items = items.split('/').map((item, j) => number(item, ['measures', i, 'items', j], issues));
    }
    if (score !== undefined && score !== '') measure.score = number(score, ['measures', i, 'score'], issues);
    return measure;
  });
  return record;
}

function number(text: string, path: (string | number)[], issues: ValidationIssue[]): number | null {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) {
    issues.push({ path, message: 'must be a number' });
    return null;
  }
  return value;
}

function wholeNumber(text: string, path: (string | number)[], issues: ValidationIssue[]): number | null {
  const value = number(text, path, issues);
  if (value !== null && !Number.isInteger(value)) {
    issues.push({ path, message: 'must be a whole number' });
    return null;
  }
  return value;
}
