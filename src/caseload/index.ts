/**
 * Caseload planning: how many referrals a Primary Care Network should expect,
 * how many link workers that takes, how many people are on the books at once and
 * how many contacts the team must deliver; PCN list sizes from NHS Digital's
 * published files, plans for every PCN grouped by ICB at the DES and observed
 * referral rates, and the plan as rows, CSV, Markdown and a chart.
 *
 * The number functions (`expectedReferrals`, `linkWorkersNeeded`, `planCaseload`,
 * `activeCaseload`, `contactCapacity`) run without zod: their validation is hand-written so that
 * `import { planCaseload } from 'social-prescribing/caseload'` stays under 1.5 kB. The readers
 * (`pcnListSizes`, `listSizesFromCsv`), `planCaseloadByGroup` and the plan outputs validate with
 * zod schemas, which a bundler includes only when one of them is imported.
 *
 * @module caseload
 */
export { expectedReferrals, type ExpectedReferralsOptions } from './expectedReferrals.js';
export { linkWorkersNeeded, type LinkWorkersNeededOptions } from './linkWorkersNeeded.js';
export {
  planCaseload,
  type CaseloadPlan,
  type CaseloadPlanRow,
  type PcnInput,
  type PlanCaseloadOptions,
} from './planCaseload.js';
export { activeCaseload, type ActiveCaseloadOptions } from './activeCaseload.js';
export { contactCapacity, type ContactCapacity, type ContactCapacityOptions } from './contactCapacity.js';
export {
  DEFAULT_CONTACTS_PER_PERSON,
  DEFAULT_PEOPLE_PER_WORKER_PER_YEAR,
  DEFAULT_REFERRAL_RATE,
  DEFAULT_WORKING_DAYS_PER_YEAR,
} from './defaults.js';
export { pcnListSizes, type PcnListSize, type PcnListSizes, type PracticeListSize, type UnmatchedPractices } from './pcnListSizes.js';
export type { NhsDigitalLayout, RejectedRow } from './nhsDigitalRows.js';
export { REFERRAL_RATES, ReferralRateSchema, type ReferralRate } from './referralRates.js';
export {
  planCaseloadByGroup,
  PlanCaseloadByGroupOptionsSchema,
  type PlanCaseloadByGroupOptions,
} from './planCaseloadByGroup.js';
export { GroupedCaseloadPlanSchema, type GroupedCaseloadPlan, type GroupedPlanRow, type PlanRateFigures } from './groupedPlan.js';
export {
  PlanChartOptionsSchema,
  PlanMarkdownOptionsSchema,
  PlanTableOptionsSchema,
  type PlanChartOptions,
  type PlanMarkdownOptions,
  type PlanTableOptions,
} from './planOptions.js';
export { planToRows, type PlanTableRow } from './planToRows.js';
export { planToCsv } from './planToCsv.js';
export { planToMarkdown } from './planToMarkdown.js';
export { planToVegaLite, type PlanChartSpec } from './planToVegaLite.js';
export {
  listSizesFromCsv,
  ListSizeRowSchema,
  ListSizesFromCsvOptionsSchema,
  type ListSizeRecord,
  type ListSizesFromCsvOptions,
  type ListSizesFromCsvResult,
} from './listSizesFromCsv.js';
export { CASELOAD_ERRORS, type CaseloadErrorCode } from './errors.js';
