/**
 * The engine of the export readers: a mapping compiled once, bound to a header, then one row
 * at a time to a referral or a rejection. Shared by `referralsFromExport` (rows in memory) and
 * `referralsFromExportStream` (CSV text or lines), so both read a row the same way.
 *
 * @module
 */
import { parse as parseDate } from 'date-fns';
import { containsNhsNumber, isIsoDate, parseWithSchema, readNumberCell, SocialPrescribingError, unknownOptionIssues, type IsoDate, type ValidationIssue } from '../core/index.js';
import type { CloseReason, Referral, ReferralUndated, UndatedMeasure } from '../referrals/index.js';
import { aliasKey, EXPORT_ALIASES, EXPORT_UNKNOWN_TEXTS, ExportMappingSchema, type ExportMapping } from './exportMapping.js';

/**
 * A row the reader could not turn into a referral: its number (the header is row 1, so the
 * first data row is row 2, as a spreadsheet shows it) and every problem, by the mapping's field
 * path (`['referredOn']`, `['scores', 0, 'end']`). Messages never hold the cell's text.
 *
 * @category CSV
 */
export interface ExportRejectedRow {
  readonly row: number;
  readonly issues: readonly ValidationIssue[];
}

/**
 * How far a reader has got, passed to `onProgress`.
 *
 * @category CSV
 */
export interface ExportProgress {
  /** Data rows read so far. */
  readonly rowsRead: number;
  /** Rows turned into referrals. */
  readonly referrals: number;
  /** Rows rejected. */
  readonly rejected: number;
}

/**
 * Options of {@link referralsFromExport} and {@link referralsFromExportStream}.
 *
 * @category CSV
 */
export interface ExportReadOptions {
  /** Called every `progressEvery` rows and once at the end, with the counts so far. */
  readonly onProgress?: (progress: ExportProgress) => void;
  /** Rows between two `onProgress` calls (default 10,000). */
  readonly progressEvery?: number;
  /** Rejected rows listed in the report (default 1,000); every one is counted in `rejectedTotal`. */
  readonly maxRejectedRows?: number;
  /** Distinct unmapped values listed per column (default 1,000). */
  readonly maxUnmappedValues?: number;
}

/**
 * What a reader reports besides the referrals: rows read, rejected rows (the first
 * `maxRejectedRows`, and how many in all), and per column the distinct values that matched no
 * alias with how many rows held each (data for extending the mapping's `aliases`).
 *
 * @category CSV
 */
export interface ExportReport {
  readonly rowsRead: number;
  readonly rejected: readonly ExportRejectedRow[];
  readonly rejectedTotal: number;
  readonly unmapped: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

type Mapping = ReturnType<typeof ExportMappingSchema.parse>;
type Cells = readonly string[];

/** Score ranges of the built-in instruments, used unless the mapping gives `min`/`max`. */
const SCORE_RANGES: Readonly<Record<string, readonly [number, number]>> = { swemwbs: [7, 35], ucla3: [3, 9], mycaw: [0, 6] };
const MAX_CACHE = 50_000;
const MAX_COUNT = 10_000;
const MAX_TEXT = 128;

/** A memo of a pure function of a cell's text, emptied when full, so memory stays bounded. */
function memo<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      value = read(text);
      if (cache.size >= MAX_CACHE) cache.clear();
      cache.set(text, value);
    }
    return value as T;
  };
}

/**
 * Reads a date in a declared date-fns format, strictly, as an {@link IsoDate}; `null` when the
 * text is not a real date in that format or its year is not four digits (1000–9999).
 *
 * date-fns returns a `Date` at local midnight; its parts are read with the local getters in this
 * same call, so the host's time zone never reaches the result. A two-digit year (`yy`) falls in
 * the hundred years from `yearsFrom` (date-fns reads it within 50 years of the reference date's
 * year, so the reference is mid-year `yearsFrom + 50`, the same local year in every zone).
 *
 * @example
 * ```ts
 * import { readExportDate } from './exportReader.js';
 *
 * [readExportDate('01/04/2025', 'dd/MM/yyyy', 1950), readExportDate('1 Apr 25', 'd MMM yy', 1950), readExportDate('1 Apr 75', 'd MMM yy', 1950)];
 * //=> ['2025-04-01', '2025-04-01', '1975-04-01']
 * [readExportDate('31/02/2025', 'dd/MM/yyyy', 1950), readExportDate('01/04/0025', 'dd/MM/yyyy', 1950)];
 * //=> [null, null]
 * ```
 */
export function readExportDate(text: string, format: string, yearsFrom: number): IsoDate | null {
  const reference = new Date(Date.UTC(yearsFrom + 50, 6, 1));
  const date = parseDate(text, format, reference);
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  const year = date.getFullYear();
  const month = date.getMonth() + 1;
  const day = date.getDate();
  const iso = `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
  return isIsoDate(iso) ? iso : null;
}

/** A column bound to its index in the header, or -1 when the mapping does not use it. */
interface Bound {
  readonly mapping: Mapping;
  readonly index: (field: string) => number;
  readonly columns: readonly string[];
}

/** The state of one reading: counts, rejected rows and unmapped values. */
export interface ExportReading {
  readonly options: Required<Omit<ExportReadOptions, 'onProgress'>> & Pick<ExportReadOptions, 'onProgress'>;
  rowsRead: number;
  referrals: number;
  rejectedTotal: number;
  readonly rejected: ExportRejectedRow[];
  readonly unmapped: Map<string, Map<string, number>>;
  readRow: ((cells: Cells, row: number) => Referral | null) | null;
  readonly mapping: Mapping;
}

function checkOptions(options: unknown): ExportReading['options'] {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new SocialPrescribingError('csv/invalid-options', [{ path: [], message: 'must be an options object' }]);
  }
  const o = options as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  // A misspelt option is named; a key that may be data is shown by position.
  for (const issue of unknownOptionIssues(o, ['onProgress', 'progressEvery', 'maxRejectedRows', 'maxUnmappedValues'])) {
    issues.push(issue);
  }
  if (o['onProgress'] !== undefined && typeof o['onProgress'] !== 'function') issues.push({ path: ['onProgress'], message: 'must be a function' });
  const whole = (name: string, fallback: number, min: number): number => {
    const value = o[name];
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
      issues.push({ path: [name], message: `must be a whole number, ${String(min)} or more` });
      return fallback;
    }
    return value;
  };
  const checked = {
    progressEvery: whole('progressEvery', 10_000, 1),
    maxRejectedRows: whole('maxRejectedRows', 1000, 0),
    maxUnmappedValues: whole('maxUnmappedValues', 1000, 0),
  };
  if (issues.length > 0) throw new SocialPrescribingError('csv/invalid-options', issues);
  const onProgress = o['onProgress'] as ExportReadOptions['onProgress'];
  return onProgress === undefined ? checked : { ...checked, onProgress };
}

/**
 * Starts a reading: checks the mapping (`csv/invalid-mapping`) and the options
 * (`csv/invalid-options`). The header is bound by {@link bindHeader}.
 *
 * @example
 * ```ts
 * import { startExportReading } from './exportReader.js';
 *
 * const reading = startExportReading({ referredOn: { column: 'Date', format: 'dd/MM/yyyy' }, source: { column: 'Source' } }, {});
 * [reading.rowsRead, reading.readRow];
 * //=> [0, null]
 * startExportReading({ source: { column: 'Source' } } as never, {});
 * //=> throws 'csv/invalid-mapping'
 * ```
 */
export function startExportReading(mapping: ExportMapping, options: ExportReadOptions | undefined): ExportReading {
  const checkedOptions = checkOptions(options ?? {});
  const parsed = parseWithSchema(ExportMappingSchema, mapping, 'csv/invalid-mapping');
  return {
    options: checkedOptions,
    rowsRead: 0,
    referrals: 0,
    rejectedTotal: 0,
    rejected: [],
    unmapped: new Map(),
    readRow: null,
    mapping: parsed,
  };
}

/** The columns a mapping reads, by field path: `['referredOn', 'Referral Date']`, `['scores.0.end', 'SWEMWBS End']`. */
function mappedColumns(mapping: Mapping): [string, string][] {
  const out: [string, string][] = [];
  for (const field of ['id', 'referredOn', 'source', 'pcn', 'practiceCode', 'workerId', 'schemeId', 'status', 'closedOn', 'closeReason', 'contactsAttended', 'contactsMissed'] as const) {
    const spec = mapping[field];
    if (spec !== undefined) out.push([field, spec.column]);
  }
  (mapping.scores ?? []).forEach((score, i) => {
    if (score.start !== undefined) out.push([`scores.${String(i)}.start`, score.start]);
    if (score.end !== undefined) out.push([`scores.${String(i)}.end`, score.end]);
  });
  return out;
}

/**
 * Binds the header row: finds each mapped column (matched by alias key, so case, spaces and
 * punctuation do not matter) and compiles the row reader. Throws `csv/missing-column` with the
 * mapping path of every column the header lacks.
 *
 * @example
 * ```ts
 * import { bindHeader, startExportReading } from './exportReader.js';
 *
 * const reading = startExportReading({ referredOn: { column: 'Referral Date', format: 'dd/MM/yyyy' }, source: { column: 'Referral Source' } }, {});
 * bindHeader(reading, ['REFERRAL DATE', 'Referral source']);
 * reading.readRow?.(['01/04/2025', 'G.P.'], 2);
 * //=> { id: 'row-2', referredOn: '2025-04-01', source: 'gp-practice', needs: [], events: [], contacts: [], goals: [], onward: [], measures: [] }
 * bindHeader(reading, ['Date']);
 * //=> throws 'csv/missing-column'
 * ```
 */
export function bindHeader(reading: ExportReading, header: readonly string[]): void {
  const keys = new Map<string, number>();
  header.forEach((name, i) => {
    const key = aliasKey(name);
    if (!keys.has(key)) keys.set(key, i);
  });
  const indices = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  for (const [field, column] of mappedColumns(reading.mapping)) {
    const index = keys.get(aliasKey(column));
    if (index === undefined) issues.push({ path: ['mapping', ...field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), 'column'], message: 'names a column the header does not have' });
    else indices.set(field, index);
  }
  if (issues.length > 0) throw new SocialPrescribingError('csv/missing-column', issues);
  const bound: Bound = { mapping: reading.mapping, index: (field) => indices.get(field) ?? -1, columns: header.map(String) };
  reading.readRow = compileRow(bound, reading);
}

function countUnmapped(reading: ExportReading, column: string, value: string): void {
  let values = reading.unmapped.get(column);
  if (values === undefined) {
    values = new Map();
    reading.unmapped.set(column, values);
  }
  const seen = values.get(value);
  if (seen !== undefined) values.set(value, seen + 1);
  else if (values.size < reading.options.maxUnmappedValues) values.set(value, 1);
}

/** Compiles the mapping, bound to a header, into one function from a row's cells to a referral (or `null`, the row rejected). */
/** What a memoised reader returns for a "not known" text (blank, `N/A`, ...). */
const UNKNOWN = /* @__PURE__ */ Symbol('unknown');
type Read<T> = T | null | typeof UNKNOWN;

function addIssue(issues: ValidationIssue[] | null, path: (string | number)[], message: string): ValidationIssue[] {
  const list = issues ?? [];
  list.push({ path, message });
  return list;
}

/** The cell at `index`, trimmed (`''` when the mapping does not read it). */
function cellAt(cells: Cells, index: number): string {
  if (index < 0) return '';
  const text = cells[index] ?? '';
  const last = text.length - 1;
  return last >= 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(last) <= 32) ? text.trim() : text;
}

/** Compiles the mapping, bound to a header, into one function from a row's cells to a referral (or `null`, the row rejected). */
function compileRow(bound: Bound, reading: ExportReading): (cells: Cells, row: number) => Referral | null {
  const m = bound.mapping;
  const unknownKeys = new Set((m.unknown ?? EXPORT_UNKNOWN_TEXTS).map(aliasKey));
  const isUnknown = (text: string): boolean => text === '' || unknownKeys.has(aliasKey(text));
  // Every reader is memoised by the cell's text and tells "not known" apart itself: one lookup a cell.
  const reader = <T>(read: (text: string) => T | null) => memo((text: string): Read<T> => (isUnknown(text) ? UNKNOWN : read(text)));
  const yearsFrom = m.twoDigitYearsFrom ?? 1950;
  const dateReader = (format: string) => reader((text) => readExportDate(text, format, yearsFrom));
  const coded = <T extends string>(builtIn: Readonly<Record<string, T>>, extra: Readonly<Record<string, T>> | undefined) => {
    const table = new Map<string, T>(Object.entries(builtIn));
    for (const [label, target] of Object.entries(extra ?? {})) table.set(aliasKey(label), target);
    return reader((text): T | null => table.get(aliasKey(text)) ?? null);
  };
  const textReader = (spec: NonNullable<Mapping['pcn']>) => {
    const aliases = new Map(Object.entries(spec.aliases ?? {}).map(([label, target]) => [aliasKey(label), target]));
    const normalise = spec.normalise ?? 'trim';
    return reader((text): string => {
      const aliased = aliases.get(aliasKey(text));
      if (aliased !== undefined) return aliased;
      if (normalise === 'as-is') return text;
      const trimmed = text.trim().replace(/\s+/g, ' ');
      return normalise === 'trim' ? trimmed : trimmed.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
    });
  };
  const at = (field: string): number => bound.index(field);
  const columnOf = (field: string): string => bound.columns[at(field)] ?? field;

  const iId = m.id === undefined ? -1 : at('id');
  const iOn = at('referredOn');
  const iSource = at('source');
  const iStatus = m.status === undefined ? -1 : at('status');
  const iReason = m.closeReason === undefined ? -1 : at('closeReason');
  const iClosed = m.closedOn === undefined ? -1 : at('closedOn');
  const iAttended = m.contactsAttended === undefined ? -1 : at('contactsAttended');
  const iMissed = m.contactsMissed === undefined ? -1 : at('contactsMissed');
  const referredOn = dateReader(m.referredOn.format);
  const closedOn = m.closedOn === undefined ? null : dateReader(m.closedOn.format);
  const source = coded<string>(EXPORT_ALIASES.source, m.source.aliases);
  const status = coded(EXPORT_ALIASES.status, m.status?.aliases);
  const closeReason = coded(EXPORT_ALIASES.closeReason, m.closeReason?.aliases);
  const texts = (['schemeId', 'practiceCode', 'pcn', 'workerId'] as const).flatMap((field) => {
    const spec = m[field];
    return spec === undefined ? [] : [{ field, index: at(field), read: textReader(spec) }];
  });
  const scores = (m.scores ?? []).flatMap((spec, i) => {
    const range = SCORE_RANGES[spec.instrument];
    const min = spec.min ?? range?.[0] ?? Number.NEGATIVE_INFINITY;
    const max = spec.max ?? range?.[1] ?? Number.POSITIVE_INFINITY;
    return (['start', 'end'] as const).flatMap((end) =>
      spec[end] === undefined ? [] : [{ i, end, instrument: spec.instrument, timepoint: end === 'start' ? ('baseline' as const) : ('exit' as const), index: at(`scores.${String(i)}.${end}`), min, max }],
    );
  });
  const count = memo((text: string): Read<number> => {
    const n = readNumberCell(text);
    return n !== null ? n : isUnknown(text) ? UNKNOWN : null;
  });
  const score = memo((text: string): Read<number> => {
    const n = readNumberCell(text, false);
    return n !== null ? n : isUnknown(text) ? UNKNOWN : null;
  });
  const sourceColumn = columnOf('source');
  const statusColumn = m.status === undefined ? '' : columnOf('status');
  const reasonColumn = m.closeReason === undefined ? '' : columnOf('closeReason');
  const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  const dateMessage = (format: string): string => `must be a real date written ${format} (a four-digit year unless the format says yy)`;
  const onMessage = dateMessage(m.referredOn.format);
  const closedMessage = dateMessage(m.closedOn?.format ?? '');

  return (cells, row) => {
    let issues: ValidationIssue[] | null = null;

    let id = `row-${String(row)}`;
    if (iId >= 0) {
      const text = cellAt(cells, iId);
      if (text === '') issues = addIssue(issues, ['id'], 'is required');
      else if (text.length > MAX_TEXT) issues = addIssue(issues, ['id'], `must be at most ${String(MAX_TEXT)} characters`);
      else if (containsNhsNumber(text)) issues = addIssue(issues, ['id'], 'must be a pseudonymous key: it holds 10 digits that pass the NHS number check digit');
      else id = text;
    }

    const onRead = referredOn(cellAt(cells, iOn));
    const on = typeof onRead === 'string' ? onRead : null;
    if (onRead === UNKNOWN) issues = addIssue(issues, ['referredOn'], 'is required');
    else if (onRead === null) issues = addIssue(issues, ['referredOn'], onMessage);

    const sourceText = cellAt(cells, iSource);
    const sourceRead = source(sourceText);
    let sourceId: string | null = typeof sourceRead === 'string' ? sourceRead : null;
    if (sourceRead === UNKNOWN) issues = addIssue(issues, ['source'], 'is required');
    else if (sourceRead === null) {
      if (KEBAB.test(sourceText) && sourceText.length <= 64) sourceId = sourceText;
      else {
        countUnmapped(reading, sourceColumn, sourceText);
        issues = addIssue(issues, ['source'], 'matched no alias (its value is listed in unmapped)');
      }
    }

    let undatedStatus: ReferralUndated['status'];
    if (iStatus >= 0) {
      const text = cellAt(cells, iStatus);
      const value = status(text);
      if (value === null) countUnmapped(reading, statusColumn, text);
      else if (value !== UNKNOWN) undatedStatus = value;
    }
    let reason: CloseReason | null = null;
    if (iReason >= 0) {
      const text = cellAt(cells, iReason);
      const value = closeReason(text);
      if (value === null) countUnmapped(reading, reasonColumn, text);
      else if (value !== UNKNOWN) reason = value;
    }
    let closed: IsoDate | null = null;
    if (closedOn !== null) {
      const value = closedOn(cellAt(cells, iClosed));
      if (value === null) issues = addIssue(issues, ['closedOn'], closedMessage);
      else if (value !== UNKNOWN) {
        if (on !== null && value < on) issues = addIssue(issues, ['closedOn'], 'must not be before referredOn');
        else closed = value;
      }
    }
    const events: Referral['events'] = [];
    let undatedReason: CloseReason | undefined;
    if (closed !== null && reason !== null) {
      events.push({ type: 'closed', on: closed, reason });
      if (undatedStatus === 'closed') undatedStatus = undefined;
    } else if (closed !== null || undatedStatus === 'closed' || (reason !== null && undatedStatus === undefined)) {
      // Closed without a close date or without a reason: an undated close; the date is not kept without its reason.
      undatedStatus = 'closed';
      if (reason !== null) undatedReason = reason;
    } else if (reason !== null) {
      issues = addIssue(issues, ['closeReason'], 'is given but the status is not closed');
    }

    let attended: number | undefined;
    let missed: number | undefined;
    for (const [index, field] of [[iAttended, 'contactsAttended'], [iMissed, 'contactsMissed']] as const) {
      if (index < 0) continue;
      const n = count(cellAt(cells, index));
      if (n === UNKNOWN) continue;
      if (n === null) issues = addIssue(issues, [field], 'must be a whole number (commas between thousands allowed), blank or N/A');
      else if (n > MAX_COUNT) issues = addIssue(issues, [field], `must be at most ${String(MAX_COUNT)}`);
      else if (field === 'contactsAttended') attended = n;
      else missed = n;
    }

    let measures: UndatedMeasure[] | null = null;
    for (const s of scores) {
      const value = score(cellAt(cells, s.index));
      if (value === UNKNOWN) continue;
      if (value === null) issues = addIssue(issues, ['scores', s.i, s.end], 'must be a number, blank or N/A');
      else if (value < s.min || value > s.max) issues = addIssue(issues, ['scores', s.i, s.end], `must be from ${String(s.min)} to ${String(s.max)}`);
      else (measures ??= []).push({ instrument: s.instrument, timepoint: s.timepoint, score: value });
    }

    // Fields in the schema's order: id, date, source, the text fields, then the lists.
    const referral: Record<string, unknown> = { id, referredOn: on, source: sourceId };
    for (const text of texts) {
      const value = text.read(cellAt(cells, text.index));
      if (value === UNKNOWN || value === null || value === '') continue;
      if (value.length > MAX_TEXT) issues = addIssue(issues, [text.field], `must be at most ${String(MAX_TEXT)} characters`);
      else referral[text.field] = value;
    }

    if (issues !== null || on === null || sourceId === null) {
      reading.rejectedTotal++;
      if (reading.rejected.length < reading.options.maxRejectedRows) reading.rejected.push({ row, issues: issues ?? [] });
      return null;
    }
    referral['needs'] = [];
    referral['events'] = events;
    referral['contacts'] = [];
    referral['goals'] = [];
    referral['onward'] = [];
    referral['measures'] = [];
    if (undatedStatus !== undefined || attended !== undefined || missed !== undefined || measures !== null) {
      const undated: { -readonly [K in keyof ReferralUndated]: ReferralUndated[K] } = {};
      if (undatedStatus !== undefined) undated.status = undatedStatus;
      if (undatedReason !== undefined) undated.closeReason = undatedReason;
      if (attended !== undefined) undated.contactsAttended = attended;
      if (missed !== undefined) undated.contactsMissed = missed;
      if (measures !== null) undated.measures = measures;
      referral['undated'] = undated;
    }
    reading.referrals++;
    return referral as Referral;
  };
}

/**
 * Reads one data row (after the header was bound), counts it and reports progress at the set rate.
 *
 * @example
 * ```ts
 * import { bindHeader, readExportRow, startExportReading } from './exportReader.js';
 *
 * const seen = [];
 * const reading = startExportReading({ referredOn: { column: 'Date', format: 'yyyy-MM-dd' }, source: { column: 'Source' } },
 *   { progressEvery: 2, onProgress: (p) => seen.push(p.rowsRead) });
 * bindHeader(reading, ['Date', 'Source']);
 * [['2025-04-01', 'GP'], ['2025-04-31', 'GP'], ['2025-04-02', 'Self']].map((cells) => readExportRow(reading, cells)?.source ?? null);
 * //=> ['gp-practice', null, 'self']
 * [seen, reading.rejected];
 * //=> [[2], [{ row: 3, issues: [{ path: ['referredOn'], message: 'must be a real date written yyyy-MM-dd (a four-digit year unless the format says yy)' }] }]]
 * ```
 */
export function readExportRow(reading: ExportReading, cells: Cells): Referral | null {
  const read = reading.readRow as (cells: Cells, row: number) => Referral | null;
  reading.rowsRead++;
  const referral = read(cells, reading.rowsRead + 1);
  const { onProgress, progressEvery } = reading.options;
  if (onProgress !== undefined && reading.rowsRead % progressEvery === 0) onProgress(progressOf(reading));
  return referral;
}

function progressOf(reading: ExportReading): ExportProgress {
  return { rowsRead: reading.rowsRead, referrals: reading.referrals, rejected: reading.rejectedTotal };
}

/**
 * The report of a reading, and a last `onProgress` call.
 *
 * @example
 * ```ts
 * import { bindHeader, finishExportReading, readExportRow, startExportReading } from './exportReader.js';
 *
 * const reading = startExportReading({ referredOn: { column: 'Date', format: 'yyyy-MM-dd' }, source: { column: 'Source' } }, {});
 * bindHeader(reading, ['Date', 'Source']);
 * readExportRow(reading, ['2025-04-01', 'Carrier pigeon']);
 * finishExportReading(reading);
 * //=> { rowsRead: 1, rejected: [{ row: 2, issues: [{ path: ['source'], message: 'matched no alias (its value is listed in unmapped)' }] }], rejectedTotal: 1, unmapped: { Source: { 'Carrier pigeon': 1 } } }
 * ```
 */
export function finishExportReading(reading: ExportReading): ExportReport {
  reading.options.onProgress?.(progressOf(reading));
  const unmapped = Object.fromEntries(
    [...reading.unmapped.entries()].map(([column, values]) => [column, Object.fromEntries([...values.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))]),
  );
  return { rowsRead: reading.rowsRead, rejected: reading.rejected.map((r) => ({ row: r.row, issues: r.issues.map((i) => ({ path: [...i.path], message: i.message })) })), rejectedTotal: reading.rejectedTotal, unmapped };
}
