import type { ServiceStatistics } from './serviceStatistics.js';
import { serviceTable, type ServiceStatisticsTableOptions } from './serviceStatisticsToRows.js';
import { checkDigits, checkOptions } from './summaryToRows.js';

/**
 * The rows of {@link serviceStatistics} as a Markdown table: service, provider, referrals received,
 * median and 90th-percentile reply in working days, acceptance and attendance rates as
 * percentages with their 95% intervals, and overdue replies (`–` for none or without a policy).
 *
 * @param statistics - What {@link serviceStatistics} returned.
 * @param options - Decimal places of the percentages (default 0).
 * @returns The table, one line per service, ending in a newline.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-summary` when `statistics` is not what {@link serviceStatistics} returns.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-options` for options that are not an object or bad `digits`.
 * @category Service statistics
 * @example
 * ```ts
 * import { serviceStatistics, serviceStatisticsToMarkdown } from 'social-prescribing/outcomes';
 *
 * const stats = serviceStatistics(
 *   [{ id: 'R-1', referredOn: '2025-04-01', source: 'gp-practice', serviceId: 'walk', events: [{ type: 'accepted', on: '2025-04-02' }] }],
 *   { from: '2025-04-01', to: '2025-04-30' },
 * );
 * serviceStatisticsToMarkdown(stats).split('\n')[2];
 * //=> '| walk | – | 1 | 1 | 1 | 100% (21–100) | 0% (0–79) | – |'
 * ```
 */
export function serviceStatisticsToMarkdown(statistics: ServiceStatistics, options: ServiceStatisticsTableOptions = {}): string {
  checkOptions(options);
  const digits = checkDigits(options.digits) ?? 0;
  const { columns, rows } = serviceTable(statistics, {});
  const at = (name: string): number => columns.indexOf(name);
  const escape = (text: string): string => text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/[\r\n]+/g, ' ');
  const text = (value: string | number | null | undefined): string => (value === null || value === undefined ? '–' : typeof value === 'string' ? escape(value) : String(value));
  const percent = (value: number): string => (value * 100).toFixed(digits);
  const rate = (values: readonly (string | number | null)[], name: string): string => {
    const value = values[at(name)];
    return typeof value === 'number' ? `${percent(value)}% (${percent(values[at(`${name}.low`)] as number)}–${percent(values[at(`${name}.high`)] as number)})` : '–';
  };
  const lines = [
    '| service | provider | received | median reply (working days) | 90th percentile reply | accepted | attended | overdue |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (values) =>
        `| ${text(values[at('serviceId')])} | ${text(values[at('organisationId')])} | ${text(values[at('received')])} | ${text(values[at('medianReplyWorkingDays')])} | ${text(
          values[at('p90ReplyWorkingDays')],
        )} | ${rate(values, 'acceptanceRate')} | ${rate(values, 'attendanceRate')} | ${text(values[at('overdue')])} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
