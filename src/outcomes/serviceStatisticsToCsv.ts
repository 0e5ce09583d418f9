import type { FormatCsvOptions } from '../csv/index.js';
import type { ServiceStatistics } from './serviceStatistics.js';
import { serviceTable, type ServiceStatisticsTableOptions } from './serviceStatisticsToRows.js';
import { checkEscapeFormulas, tableToCsv } from './summaryToCsv.js';
import { checkOptions } from './summaryToRows.js';

/**
 * Options of {@link serviceStatisticsToCsv}.
 *
 * @category Service statistics
 */
export interface ServiceStatisticsCsvOptions extends ServiceStatisticsTableOptions, FormatCsvOptions {}

/**
 * The rows of {@link serviceStatistics} as CSV (RFC 4180, the columns of {@link serviceStatisticsToRows}),
 * written by `csv`'s `formatCsv`: a service id that starts like a spreadsheet formula (`=`, `+`, `-`, `@`)
 * is neutralised with a leading `'` unless `escapeFormulas: false`.
 *
 * @param statistics - What {@link serviceStatistics} returned.
 * @param options - Rounding and formula escaping.
 * @returns The CSV text, CRLF line ends.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-summary` when `statistics` is not what {@link serviceStatistics} returns.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-options` for options that are not an object, bad `digits`, or `escapeFormulas` not a boolean.
 * @category Service statistics
 * @example
 * ```ts
 * import { serviceStatistics, serviceStatisticsToCsv } from 'social-prescribing/outcomes';
 *
 * const stats = serviceStatistics([{ id: 'R-1', referredOn: '2025-04-01', source: 'gp-practice', serviceId: '=walk' }], { from: '2025-04-01', to: '2025-04-30' });
 * serviceStatisticsToCsv(stats).split('\r\n')[1]?.split(',').slice(0, 4);
 * //=> ['"\'=walk"', '', '1', '0']
 * ```
 */
export function serviceStatisticsToCsv(statistics: ServiceStatistics, options: ServiceStatisticsCsvOptions = {}): string {
  checkOptions(options);
  checkEscapeFormulas(options);
  return tableToCsv(serviceTable(statistics, options), options);
}
