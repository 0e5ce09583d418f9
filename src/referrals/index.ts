/**
 * Referral records to social prescribing link workers: the pseudonymous
 * {@link Referral} record and its zod schema, its lifecycle (status on any day,
 * timeline, FHIR Task status), its contacts against the 6–12 contact band,
 * contact planning on working days, the SNOMED CT codes a GP system records,
 * coded reasons for each lifecycle event, response deadlines on working days
 * ({@link ResponsePolicy}, {@link overdueReferrals}), and a streaming validator for bulk loads.
 *
 * @module referrals
 */
export {
  CANCEL_REASONS,
  CLOSE_REASONS,
  CONTACT_MODES,
  DECLINE_REASONS,
  ERROR_REASONS,
  EVENT_REASONS,
  GOAL_STATUSES,
  HOLD_REASONS,
  MAX_NOTE_LENGTH,
  MEASURE_INSTRUMENTS,
  MEASURE_TIMEPOINTS,
  NEED_CATEGORIES,
  ONWARD_ATTENDANCE,
  ONWARD_KINDS,
  PERSON_SEXES,
  REFERRAL_EVENT_TYPES,
  REFERRAL_STATUSES,
  REJECT_REASONS,
  type CancelReason,
  type CloseReason,
  type ContactMode,
  type DeclineReason,
  type ErrorReason,
  type GoalStatus,
  type HoldReason,
  type MeasureInstrument,
  type MeasureTimepoint,
  type NeedCategory,
  type OnwardAttendance,
  type OnwardKind,
  type PersonSex,
  type ReferralEventType,
  type ReferralStatus,
  type RejectReason,
} from './constants.js';
export {
  MAX_REFERRAL_EVENTS,
  CloseReasonSchema,
  NeedCategorySchema,
  ReferralContactSchema,
  ReferralEventSchema,
  ReferralGoalSchema,
  ReferralMeasureSchema,
  ReferralOnwardSchema,
  ReferralPersonSchema,
  ReferralSchema,
  ReferralUndatedSchema,
  UndatedMeasureSchema,
  type Referral,
  type ReferralContact,
  type ReferralEvent,
  type ReferralGoal,
  type ReferralInput,
  type ReferralMeasure,
  type ReferralOnward,
  type ReferralPerson,
  type ReferralUndated,
  type UndatedMeasure,
} from './schema.js';
export { DEFAULT_CONTACT_BAND } from './defaults.js';
export { referralStatus } from './referralStatus.js';
export { referralTimeline, type TimelineCause, type TimelineEntry } from './referralTimeline.js';
export { contactSummary, type ContactBand, type ContactSummary, type ContactSummaryOptions } from './contactSummary.js';
export { toTaskStatus, TASK_STATUSES, type TaskStatus, type ToTaskStatusOptions } from './toTaskStatus.js';
export { snomed, type SnomedCode } from './snomed.js';
export { codeEvents, type CodedEntry } from './codeEvents.js';
export { validateReferral, type ReferralValidation } from './validateReferral.js';
export { validateReferrals, type ReferralValidationResult } from './validateReferrals.js';
export { validateReferralsAsync } from './validateReferralsAsync.js';
export { planContacts, type PlanContactsOptions } from './planContacts.js';
export {
  ResponseOptionsSchema,
  ResponsePolicySchema,
  responsePolicies,
  type ResponseOptions,
  type ResponsePolicy,
} from './responsePolicy.js';
export {
  OverdueOptionsSchema,
  overdueReferrals,
  type OverdueOptions,
  type OverdueReferral,
  type OverdueReport,
  type OverdueState,
} from './overdueReferrals.js';
export { REFERRALS_ERRORS, type ReferralsErrorCode } from './errors.js';
