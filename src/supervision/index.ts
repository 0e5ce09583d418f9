/**
 * Supervision of social prescribing link workers: plan sessions that meet a policy on the
 * supervisee's working days, and check recorded sessions against it, period by period and
 * per kind (clinical/professional, practice, educational, peer).
 *
 * NHS England recommends at least a 1-hour supervision meeting a month; in 2020 most link
 * workers surveyed had no clinical supervision at all.
 *
 * @see NHS England's link worker guidance as quoted by the SNEE Training Hub (https://sneetraininghub.org.uk/social-prescriber)
 * @module supervision
 */
export {
  SupervisionComplianceOptionsSchema,
  SupervisionFrequencySchema,
  SupervisionKindSchema,
  SupervisionPolicySchema,
  SupervisionRecordSchema,
  SupervisionRequirementSchema,
  SupervisionScheduleOptionsSchema,
  type SupervisionComplianceOptions,
  type SupervisionFrequency,
  type SupervisionKind,
  type SupervisionPolicy,
  type SupervisionRecord,
  type SupervisionRequirement,
  type SupervisionScheduleOptions,
} from './schemas.js';
export { supervisionPolicies } from './policies.js';
export { supervisionSchedule } from './supervisionSchedule.js';
export {
  supervisionCompliance,
  type SupervisionCompliance,
  type SupervisionKindReport,
  type SupervisionPeriod,
  type SupervisionRequirementReport,
} from './supervisionCompliance.js';
export { SUPERVISION_ERRORS, type SupervisionErrorCode } from './errors.js';
