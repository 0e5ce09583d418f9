/**
 * Outcome summaries for social prescribing services: engagement, goals,
 * contacts, needs, onward referrals, wellbeing change and demographics, each
 * rate with a 95% Wilson interval; computed in one streaming, mergeable pass
 * over any number of referrals; written out as rows, CSV, Markdown or a
 * Vega-Lite chart. Also the wellbeing instruments: SWEMWBS, ONS4, UCLA 3-item
 * loneliness and MYCaW. And statistics per receiving service for a directory or
 * marketplace: reply times in working days, acceptance and attendance ({@link serviceStatistics}).
 *
 * @module outcomes
 */
export { wilsonInterval, type Rate } from './wilsonInterval.js';
export { scoreSwemwbs, type SwemwbsScore } from './scoreSwemwbs.js';
export { scoreOns4, type Ons4Answers, type Ons4AnxietyBand, type Ons4Band, type Ons4Bands } from './scoreOns4.js';
export { scoreUcla3, type Ucla3Options, type Ucla3Score } from './scoreUcla3.js';
export { scoreMycaw, type MycawAnswers, type MycawScore } from './scoreMycaw.js';
export {
  createOutcomeAccumulator,
  type OutcomeAccumulator,
  type OutcomeAccumulatorState,
} from './createOutcomeAccumulator.js';
export { summarizeOutcomes } from './summarizeOutcomes.js';
export { summarizeOutcomesAsync } from './summarizeOutcomesAsync.js';
export { OutcomeSummaryOptionsSchema } from './options.js';
export { DEFAULT_SWEMWBS_MEANINGFUL_CHANGE, DEFAULT_WELLBEING_INSTRUMENTS } from './defaults.js';
export type {
  OutcomeAgeBand,
  OutcomeAttendanceCounts,
  OutcomeOnwardAttendance,
  OutcomeWaiting,
  OutcomeClosed,
  OutcomeContacts,
  OutcomeCountOnly,
  OutcomeDemographics,
  OutcomeExclusions,
  OutcomeGoals,
  OutcomeGroupBy,
  OutcomeGroupField,
  OutcomeGroupKey,
  OutcomeNeed,
  OutcomeOnward,
  OutcomeProgress,
  OutcomeRow,
  OutcomeSummary,
  OutcomeSummaryOptions,
  OutcomeWellbeing,
  WellbeingInstrumentOptions,
} from './types.js';
export { summaryToRows, type OutcomeTableOptions, type OutcomeTableRow } from './summaryToRows.js';
export { summaryToCsv, type OutcomeCsvOptions } from './summaryToCsv.js';
export { summaryToMarkdown, type OutcomeMarkdownOptions } from './summaryToMarkdown.js';
export {
  OUTCOME_CHART_RATES,
  summaryToVegaLite,
  type OutcomeChartOptions,
  type OutcomeChartRate,
  type VegaLiteSpec,
} from './summaryToVegaLite.js';
export {
  ServiceStatisticsOptionsSchema,
  serviceStatistics,
  type ServiceStatistics,
  type ServiceStatisticsOptions,
  type ServiceStatisticsRow,
} from './serviceStatistics.js';
export { serviceStatisticsToRows, type ServiceStatisticsTableOptions, type ServiceStatisticsTableRow } from './serviceStatisticsToRows.js';
export { serviceStatisticsToCsv, type ServiceStatisticsCsvOptions } from './serviceStatisticsToCsv.js';
export { serviceStatisticsToMarkdown } from './serviceStatisticsToMarkdown.js';
export { OUTCOMES_ERRORS, type OutcomesErrorCode } from './errors.js';
export {
  NHS_DIGITAL_DISCLOSURE,
  type OutcomeDisclosureOption,
  type OutcomeDisclosureRule,
} from './disclosure.js';
