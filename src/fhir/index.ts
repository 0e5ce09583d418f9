/**
 * Exchanging referrals in the standards of the NHS and of social care
 * platforms: a referral as an HL7 FHIR R4 `Bundle` (a `ServiceRequest`, its
 * `Task` in the HL7 Gravity SDOH referral pattern with its version history,
 * `Encounter`s and `Observation`s), read back from FHIR, and the message back
 * to the GP and referrer after the PRSB Social Prescribing Information Standard.
 *
 * @module fhir
 */
export { FHIR_CODES } from './codes.js';
export { referralToFhir, ReferralToFhirOptionsSchema, type ReferralToFhirOptions } from './referralToFhir.js';
export { referralFromFhir } from './referralFromFhir.js';
export {
  messageBackToGp,
  MessageBackOptionsSchema,
  type MessageBack,
  type MessageBackAssessment,
  type MessageBackCode,
  type MessageBackContent,
  type MessageBackOptions,
} from './messageBackToGp.js';
export type {
  FhirBundle,
  FhirCodeableConcept,
  FhirCoding,
  FhirEncounter,
  FhirGoal,
  FhirIdentifier,
  FhirObservation,
  FhirObservationComponent,
  FhirPeriod,
  FhirQuantity,
  FhirReference,
  FhirResource,
  FhirServiceRequest,
  FhirTask,
} from './types.js';
export { FHIR_ERRORS, type FhirErrorCode } from './errors.js';
