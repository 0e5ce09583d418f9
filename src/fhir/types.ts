/**
 * The FHIR R4 shapes this module writes and reads: the subset of each resource
 * it uses, with FHIR's own field names.
 *
 * @module
 */

/**
 * A FHIR `Coding`: a code from a code system.
 *
 * @category FHIR resources
 */
export interface FhirCoding {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
}

/**
 * A FHIR `CodeableConcept`: codes and/or text. The library writes `text` alone
 * where no verified code exists.
 *
 * @category FHIR resources
 */
export interface FhirCodeableConcept {
  readonly coding?: readonly FhirCoding[];
  readonly text?: string;
}

/**
 * A FHIR `Identifier` (a value, and the system it belongs to when known).
 *
 * @category FHIR resources
 */
export interface FhirIdentifier {
  readonly system?: string;
  readonly value: string;
}

/**
 * A FHIR `Reference`: a relative reference (`'ServiceRequest/R-0001-service-request'`),
 * a logical reference by identifier, and/or a display.
 *
 * @category FHIR resources
 */
export interface FhirReference {
  readonly reference?: string;
  readonly type?: string;
  readonly identifier?: FhirIdentifier;
  readonly display?: string;
}

/**
 * A FHIR `Period` (dates written `YYYY-MM-DD`).
 *
 * @category FHIR resources
 */
export interface FhirPeriod {
  readonly start?: string;
  readonly end?: string;
}

/**
 * A FHIR `Quantity` (a `Duration` when it carries UCUM minutes).
 *
 * @category FHIR resources
 */
export interface FhirQuantity {
  readonly value: number;
  readonly unit?: string;
  readonly system?: string;
  readonly code?: string;
}

/**
 * The referral, or one onward referral or signpost, as a FHIR R4 `ServiceRequest`.
 *
 * @category FHIR resources
 */
export interface FhirServiceRequest {
  readonly resourceType: 'ServiceRequest';
  readonly id: string;
  readonly identifier?: readonly FhirIdentifier[];
  readonly basedOn?: readonly FhirReference[];
  readonly status: 'active' | 'on-hold' | 'revoked' | 'completed' | 'entered-in-error';
  readonly intent: 'order' | 'proposal';
  readonly code: FhirCodeableConcept;
  readonly subject: FhirReference;
  readonly authoredOn: string;
  readonly requester?: FhirReference;
  readonly performer?: readonly FhirReference[];
  readonly reasonCode?: readonly FhirCodeableConcept[];
}

/**
 * One personal goal as a FHIR R4 `Goal`.
 *
 * @category FHIR resources
 */
export interface FhirGoal {
  readonly resourceType: 'Goal';
  readonly id: string;
  readonly lifecycleStatus: 'accepted' | 'active' | 'completed';
  readonly achievementStatus: FhirCodeableConcept;
  readonly description: FhirCodeableConcept;
  readonly subject: FhirReference;
  readonly startDate: string;
  readonly addresses: readonly FhirReference[];
}

/**
 * One version of the referral's FHIR R4 `Task` (HL7 Gravity SDOH Clinical Care
 * referral pattern).
 *
 * @category FHIR resources
 */
export interface FhirTask {
  readonly resourceType: 'Task';
  readonly id: string;
  readonly meta: { readonly versionId: string };
  readonly status: string;
  readonly statusReason?: FhirCodeableConcept;
  readonly businessStatus: FhirCodeableConcept;
  readonly intent: 'order';
  readonly code: FhirCodeableConcept;
  readonly focus: FhirReference;
  readonly for: FhirReference;
  readonly executionPeriod?: FhirPeriod;
  readonly authoredOn: string;
  readonly lastModified: string;
  readonly requester: FhirReference;
  readonly owner?: FhirReference;
  readonly note?: readonly { readonly text: string }[];
  readonly output?: readonly { readonly type: FhirCodeableConcept; readonly valueReference: FhirReference }[];
}

/**
 * One contact as a FHIR R4 `Encounter`.
 *
 * @category FHIR resources
 */
export interface FhirEncounter {
  readonly resourceType: 'Encounter';
  readonly id: string;
  readonly status: 'finished' | 'cancelled';
  readonly class: FhirCoding;
  readonly type: readonly FhirCodeableConcept[];
  readonly subject: FhirReference;
  readonly basedOn: readonly FhirReference[];
  readonly period: FhirPeriod;
  readonly length?: FhirQuantity;
}

/**
 * One component of an {@link FhirObservation}: an item answer or a computed score.
 *
 * @category FHIR resources
 */
export interface FhirObservationComponent {
  readonly code: FhirCodeableConcept;
  readonly valueQuantity: FhirQuantity;
}

/**
 * One wellbeing measure as a FHIR R4 `Observation`.
 *
 * @category FHIR resources
 */
export interface FhirObservation {
  readonly resourceType: 'Observation';
  readonly id: string;
  readonly basedOn: readonly FhirReference[];
  readonly status: 'final';
  readonly category: readonly FhirCodeableConcept[];
  readonly code: FhirCodeableConcept;
  readonly subject: FhirReference;
  readonly effectiveDateTime: string;
  readonly valueQuantity?: FhirQuantity;
  readonly component?: readonly FhirObservationComponent[];
}

/**
 * Any resource {@link referralToFhir} writes.
 *
 * @category FHIR resources
 */
export type FhirResource = FhirServiceRequest | FhirTask | FhirEncounter | FhirObservation | FhirGoal;

/**
 * A FHIR R4 `Bundle` of type `collection`, as {@link referralToFhir} writes it.
 *
 * @category FHIR resources
 */
export interface FhirBundle {
  readonly resourceType: 'Bundle';
  readonly id: string;
  readonly type: 'collection';
  readonly entry: readonly { readonly resource: FhirResource }[];
}
