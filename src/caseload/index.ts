/**
 * Caseload planning: how many referrals a Primary Care Network should expect,
 * how many link workers that takes, how many people are on the books at once and
 * how many contacts the team must deliver.
 *
 * Runs without zod: validation here is hand-written so that
 * `import { planCaseload } from 'social-prescribing/caseload'` stays under 1.5 kB.
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
