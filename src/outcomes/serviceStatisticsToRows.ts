import { SocialPrescribingError } from '../core/index.js';
import type { ServiceStatistics, ServiceStatisticsRow } from './serviceStatistics.js';
import { checkDigits, checkOptions } from './summaryToRows.js';
import { finite, invalidSummary } from './summaryGuard.js';
import type { Rate } from './wilsonInterval.js';

/**
 * Options of {@link serviceStatisticsToRows}, {@link serviceStatisticsToCsv} and {@link serviceStatisticsToMarkdown}.
 *
 * @category Service statistics
 */
export interface ServiceStatisticsTableOptions {
  /** Round every number to this many decimal places (default: full precision; Markdown: 0 for percentages). */
  readonly digits?: number;
}

/**
 * One row of the service statistics table: column name to value.
 *
 * @category Service statistics
 */
export type ServiceStatisticsTableRow = Record<string, string | number | null>;

type Column = readonly [name: string, read: (row: ServiceStatisticsRow) => string | number | null];

const rateColumns = (name: string, rateOf: (row: ServiceStatisticsRow) => Rate | null): Column[] => [
  [name, (row) => rateOf(row)?.value ?? null],
  [`${name}.low`, (row) => rateOf(row)?.low ?? null],
  [`${name}.high`, (row) => rateOf(row)?.high ?? null],
];

const COLUMNS: readonly Column[] = [
  ['serviceId', (row) => row.serviceId],
  ['organisationId', (row) => row.organisationId],
  ['received', (row) => row.received],
  ['replied', (row) => row.replied],
  ['medianReplyWorkingDays', (row) => row.medianReplyWorkingDays],
  ['p90ReplyWorkingDays', (row) => row.p90ReplyWorkingDays],
  ['accepted', (row) => row.accepted],
  ...rateColumns('acceptanceRate', (row) => row.acceptanceRate),
  ['attended', (row) => row.attended],
  ...rateColumns('attendanceRate', (row) => row.attendanceRate),
  ['overdue', (row) => row.overdue],
  ['enteredInError', (row) => row.enteredInError],
];

/**
 * The checked table of service statistics: column names and one list of values per service.
 *
 * @throws SocialPrescribingError `outcomes/invalid-summary` when `statistics` is not what {@link serviceStatistics} returns.
 * @example
 * ```ts
 * import { serviceTable } from './serviceStatisticsToRows.js';
 *
 * serviceTable({ rows: [] } as never, {}).columns.slice(0, 3);
 * //=> ['serviceId', 'organisationId', 'received']
 * serviceTable({ rows: 'none' } as never, {});
 * //=> throws 'outcomes/invalid-summary'
 * ```
 */
export function serviceTable(statistics: ServiceStatistics, options: ServiceStatisticsTableOptions): { columns: string[]; rows: (string | number | null)[][] } {
  checkOptions(options);
  const digits = checkDigits(options.digits);
  const rows: unknown = (statistics as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows) || rows.includes(undefined)) throw invalidSummary(['rows']);
  const factor = digits === undefined ? null : 10 ** digits;
  const cell = (value: unknown): string | number | null => {
    if (value === null || typeof value === 'string') return value;
    const n = finite(value);
    return factor === null ? n : Math.round(n * factor) / factor;
  };
  try {
    return { columns: COLUMNS.map(([name]) => name), rows: (rows as ServiceStatisticsRow[]).map((row) => COLUMNS.map(([, read]) => cell(read(row)))) };
  } catch (error) {
    if (error instanceof SocialPrescribingError) throw error;
    throw invalidSummary(['rows']);
  }
}

/**
 * The rows of {@link serviceStatistics} as flat table rows (for `console.table`, a data frame or a sheet):
 * one per service, each rate as three columns (value, `.low`, `.high`).
 *
 * @param statistics - What {@link serviceStatistics} returned.
 * @param options - Rounding.
 * @returns One flat row per service.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-summary` when `statistics` is not what {@link serviceStatistics} returns.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-options` when `options` is not an object or `digits` is not a whole number from 0 to 15.
 * @category Service statistics
 * @example
 * ```ts
 * import { serviceStatistics, serviceStatisticsToRows } from 'social-prescribing/outcomes';
 *
 * const stats = serviceStatistics(
 *   [{ id: 'R-1', referredOn: '2025-04-01', source: 'gp-practice', serviceId: 'walk', events: [{ type: 'accepted', on: '2025-04-02' }] }],
 *   { from: '2025-04-01', to: '2025-04-30' },
 * );
 * const [row] = serviceStatisticsToRows(stats, { digits: 2 });
 * [row?.serviceId, row?.received, row?.medianReplyWorkingDays, row?.acceptanceRate, row?.['acceptanceRate.low']];
 * //=> ['walk', 1, 1, 1, 0.21]
 * ```
 */
export function serviceStatisticsToRows(statistics: ServiceStatistics, options: ServiceStatisticsTableOptions = {}): ServiceStatisticsTableRow[] {
  const { columns, rows } = serviceTable(statistics, options);
  return rows.map((values) => Object.fromEntries(columns.map((name, i) => [name, values[i] ?? null])));
}
