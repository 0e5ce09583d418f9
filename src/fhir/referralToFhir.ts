import * as z from 'zod';
import { containsNhsNumber, parseWithSchema, type IsoDate } from '../core/index.js';
import {
  referralStatus,
  ReferralSchema,
  type ReferralInput,
  referralTimeline,
  snomed,
  toTaskStatus,
  type ContactMode,
  type GoalStatus,
  type Referral,
  type ReferralEvent,
  type ReferralStatus,
  type TaskStatus,
} from '../referrals/index.js';
import { FHIR_CODES } from './codes.js';
import { FHIR_ID, fhirIdBase } from './ids.js';
import { computedScores, instrumentName, plain } from './measures.js';
import type {
  FhirBundle,
  FhirCodeableConcept,
  FhirCoding,
  FhirEncounter,
  FhirGoal,
  FhirObservation,
  FhirObservationComponent,
  FhirReference,
  FhirServiceRequest,
  FhirTask,
} from './types.js';

/**
 * Zod schema of the options of {@link referralToFhir}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ReferralToFhirOptionsSchema } from 'social-prescribing/fhir';
 *
 * ReferralToFhirOptionsSchema.safeParse({ patientId: 'P-7f3a' }).success;
 * //=> true
 * ReferralToFhirOptionsSchema.safeParse({ patientId: '943 476 5919' }).success;
 * //=> false
 * ```
 */
export const ReferralToFhirOptionsSchema = /* @__PURE__ */ (() => z.strictObject({
  patientId: z
    .string()
    .regex(FHIR_ID, { message: 'must be a FHIR id: 1 to 64 of A-Z, a-z, 0-9, - and .' })
    .refine((id) => !containsNhsNumber(id), { message: 'must be a pseudonymous key: it holds 10 digits that pass the NHS number check digit' })
    .optional(),
  identifierSystem: z
    .string()
    .max(2048)
    .regex(/^(?:https?:\/\/|urn:)[^\s]+$/, { message: 'must be an absolute URI (http, https or urn)' })
    .optional(),
}))();

/**
 * Options of {@link referralToFhir}.
 *
 * @category FHIR
 */
export type ReferralToFhirOptions = z.input<typeof ReferralToFhirOptionsSchema>;

const SERVICE_REQUEST = 'service-request';

/** A goal's description when it names no need (the library records no goal text). */
const PERSONAL_GOAL = 'personal goal';

const CLASS_OF_MODE: Readonly<Record<ContactMode, FhirCoding>> = {
  'face-to-face': FHIR_CODES.encounterClass.AMB,
  group: FHIR_CODES.encounterClass.AMB,
  'home-visit': FHIR_CODES.encounterClass.HH,
  telephone: FHIR_CODES.encounterClass.VR,
  video: FHIR_CODES.encounterClass.VR,
  text: FHIR_CODES.encounterClass.VR,
  email: FHIR_CODES.encounterClass.VR,
};

const GOAL_LIFECYCLE: Readonly<Record<GoalStatus, FhirGoal['lifecycleStatus']>> = {
  set: 'accepted',
  'in-progress': 'active',
  met: 'completed',
  'partly-met': 'completed',
  'not-met': 'completed',
};

const GOAL_ACHIEVEMENT: Readonly<Record<GoalStatus, FhirCoding | null>> = {
  set: null,
  'in-progress': FHIR_CODES.goalAchievement['in-progress'],
  met: FHIR_CODES.goalAchievement.achieved,
  'partly-met': null,
  'not-met': FHIR_CODES.goalAchievement['not-achieved'],
};

/** Task statuses that the Gravity referral pattern explains with a `statusReason`. */
const NEEDS_REASON: ReadonlySet<TaskStatus> = new Set(['rejected', 'cancelled', 'on-hold', 'failed']);

/**
 * A referral as a FHIR R4 `Bundle` of type `collection`: a `ServiceRequest`, the
 * versions of its `Task` (HL7 Gravity SDOH referral pattern), an `Encounter` per
 * contact, an `Observation` per wellbeing measure, a `Goal` per goal and a
 * `ServiceRequest` per onward referral or signpost.
 *
 * - **ServiceRequest** `<id>-service-request`: `code` SNOMED CT 871731000000106
 *   *Referral to social prescribing service*; `identifier` the referral id;
 *   `authoredOn` the referral date; `requester` the referral source (its id as
 *   `display`; a self-referral also references the patient); `performer` the
 *   scheme (`HealthcareService`) and PCN (`Organization`) by identifier;
 *   `reasonCode` one `text` per need category; `status` `active`, `on-hold`,
 *   `revoked` (declined, rejected or cancelled), `completed` (closed) or
 *   `entered-in-error`.
 * - **Task** `<id>-task`, `intent: order`, `code: fulfill`, `focus` the
 *   ServiceRequest, `owner` the link worker by identifier. The bundle holds one
 *   version of the Task per lifecycle event (`meta.versionId` 1, 2, ...; the
 *   first is the referral itself), so the whole history travels: each version's
 *   `businessStatus.text` is the event (`'referred'`, `'accepted'`, `'closed'`,
 *   ...), `lastModified` its day, `status` the Task status from
 *   {@link referrals!toTaskStatus} on that day (`rejected`, `cancelled`,
 *   `entered-in-error` for those events; `accepted` for `waiting`), `statusReason.text` the
 *   event's coded reason ({@link referrals!EVENT_REASONS}; for Task statuses `rejected`,
 *   `cancelled`, `on-hold` and `failed` the event type when it has none; no code system
 *   exists for these reasons, so they travel as text), and `note` the event's free-text
 *   note. The last version is the current Task: its status is
 *   the referral's on the last day of the record (an attended contact after the
 *   last event makes it `in-progress`), with `executionPeriod` (from acceptance or
 *   first attended contact in the current episode to the close) and, when
 *   `completed`, an `output` (`resulting-activity`) per attended Encounter.
 * - **Encounter** `<id>-contact-<n>` per contact: `status` `finished`
 *   (attended) or `cancelled` (missed), `class` AMB, HH or VR (HL7 v3 ActCode),
 *   `type.text` the contact mode, `period` the day, `length` the minutes (UCUM `min`).
 * - **Observation** `<id>-measure-<n>` per measure: `code.text` the instrument's
 *   name (no verified LOINC or SNOMED CT code exists for SWEMWBS, ONS4, UCLA-3 or
 *   MYCaW), `category` `survey` and the timepoint as text, `effectiveDateTime` the
 *   day, `valueQuantity` the recorded `score`, and components: each item
 *   (`item 1`, `item 2`, ...) and the scores computed by the scorers of
 *   `outcomes` (SWEMWBS total and metric score, ONS4 items, UCLA-3 total, MYCaW
 *   concerns, wellbeing and profile).
 * - **Goal** `<id>-goal-<n>` per goal: `description.text` the need it addresses
 *   (`'personal goal'` when none), `startDate` the day it was set, `addresses`
 *   the ServiceRequest, `lifecycleStatus` `accepted` (set), `active` (in
 *   progress) or `completed`, and `achievementStatus` the goal's status as text,
 *   coded `in-progress`, `achieved` or `not-achieved` where FHIR has a code.
 * - **ServiceRequest** `<id>-onward-<n>` per onward connection, `basedOn` the
 *   referral: `intent` `order` for an onward referral, `proposal` for a signpost;
 *   `status` `completed`; `authoredOn` its day; `performer` the organisation
 *   (`Organization`) and activity (`HealthcareService`) by identifier.
 *
 * Every resource refers to the patient as `Patient/<patientId>` only (default:
 * the referral's id base): no identifier, name or birth date is written, and
 * the bundle holds no Patient. Resource ids are derived from the referral id
 * (itself when it has 1 to 40 FHIR id characters, otherwise `sp-` and a hash),
 * so the same referral always gives the same bundle. Not written: `person`
 * (demographics belong on a Patient, which the bundle leaves out),
 * `practiceCode` (the registered practice is `Patient.generalPractitioner`), the
 * receiving `serviceId` and `organisationId`, and an onward connection's `attended`.
 *
 * @param referral - A referral (checked with {@link referrals!ReferralSchema}).
 * @param options - The patient's pseudonymous FHIR id and the referral ids' identifier system.
 * @returns The bundle.
 * @throws {@link core!SocialPrescribingError} `fhir/invalid-referral` when the referral fails `ReferralSchema` (issues at its paths).
 * @throws {@link core!SocialPrescribingError} `fhir/invalid-options` when the options fail {@link ReferralToFhirOptionsSchema}.
 * @see https://hl7.org/fhir/R4/ (HL7 FHIR R4)
 * @see https://hl7.org/fhir/us/sdoh-clinicalcare/ (HL7 Gravity SDOH Clinical Care IG: referral Task)
 * @category FHIR
 * @example
 * ```ts
 * import { referralToFhir } from 'social-prescribing/fhir';
 *
 * const bundle = referralToFhir({
 *   id: 'R-0001',
 *   referredOn: '2025-04-01',
 *   source: 'gp-practice',
 *   needs: ['social-isolation'],
 *   events: [{ type: 'accepted', on: '2025-04-02' }],
 *   contacts: [{ on: '2025-04-09', mode: 'telephone', minutes: 30, attended: true }],
 * });
 * bundle.entry.map((entry) => `${entry.resource.resourceType}/${entry.resource.id}`);
 * //=> ['ServiceRequest/R-0001-service-request', 'Task/R-0001-task', 'Task/R-0001-task', 'Encounter/R-0001-contact-1']
 * bundle.entry.filter((entry) => entry.resource.resourceType === 'Task').map((entry) => entry.resource.status);
 * //=> ['requested', 'in-progress']
 * referralToFhir({ id: 'R-0001', referredOn: '2025-02-30', source: 'self' });
 * //=> throws 'fhir/invalid-referral'
 * ```
 */
export function referralToFhir(referral: ReferralInput, options?: ReferralToFhirOptions): FhirBundle {
  const r = parseWithSchema(ReferralSchema, referral, 'fhir/invalid-referral');
  const o = parseWithSchema(ReferralToFhirOptionsSchema, options ?? {}, 'fhir/invalid-options');
  const base = fhirIdBase(r.id);
  const patient: FhirReference = { reference: `Patient/${o.patientId ?? base}` };
  const serviceRequestId = `${base}-${SERVICE_REQUEST}`;
  const focus: FhirReference = { reference: `ServiceRequest/${serviceRequestId}` };
  const requester: FhirReference = r.source === 'self' ? { ...patient, display: r.source } : { display: r.source };

  const lastDay = lastDayOf(r);
  const current = referralStatus(r, lastDay);
  const lastEvent = r.events.at(-1);
  const onHold = lastEvent?.type === 'on-hold';

  const performer: FhirReference[] = [];
  if (r.schemeId !== undefined) performer.push({ type: 'HealthcareService', identifier: { value: r.schemeId } });
  if (r.pcn !== undefined) performer.push({ type: 'Organization', identifier: { value: r.pcn } });
  const serviceRequest: FhirServiceRequest = {
    resourceType: 'ServiceRequest',
    id: serviceRequestId,
    identifier: [o.identifierSystem === undefined ? { value: r.id } : { system: o.identifierSystem, value: r.id }],
    status: serviceRequestStatus(current, onHold),
    intent: 'order',
    code: { coding: [{ system: FHIR_CODES.snomedSystem, code: snomed.referral.code, display: snomed.referral.term }] },
    subject: patient,
    authoredOn: r.referredOn,
    requester,
    ...(performer.length > 0 ? { performer } : {}),
    ...(r.needs.length > 0 ? { reasonCode: r.needs.map((need) => ({ text: need })) } : {}),
  };

  const encounters: FhirEncounter[] = r.contacts.map((contact, i) => ({
    resourceType: 'Encounter',
    id: `${base}-contact-${i + 1}`,
    status: contact.attended ? 'finished' : 'cancelled',
    class: CLASS_OF_MODE[contact.mode],
    type: [{ text: contact.mode }],
    subject: patient,
    basedOn: [focus],
    period: { start: contact.on, end: contact.on },
    ...(contact.minutes !== undefined
      ? { length: { value: plain(contact.minutes), unit: 'min', system: FHIR_CODES.ucum.system, code: FHIR_CODES.ucum.minutes } }
      : {}),
  }));

  const taskId = `${base}-task`;
  const owner: FhirReference | null = r.workerId !== undefined ? { type: 'Practitioner', identifier: { value: r.workerId } } : null;
  const attended = encounters.filter((encounter) => encounter.status === 'finished');
  const tasks: FhirTask[] = [];
  for (let k = 0; k <= r.events.length; k++) {
    const event = r.events[k - 1];
    const isCurrent = k === r.events.length;
    const on = event?.on ?? r.referredOn;
    const status = isCurrent
      ? toTaskStatus(current, { onHold })
      : toTaskStatus(referralStatus({ ...r, events: r.events.slice(0, k) }, on), { onHold: event?.type === 'on-hold' });
    const statusReason = reasonOf(event, status);
    tasks.push({
      resourceType: 'Task',
      id: taskId,
      meta: { versionId: String(k + 1) },
      status,
      ...(statusReason !== null ? { statusReason } : {}),
      businessStatus: { text: event?.type ?? 'referred' },
      ...(event?.note !== undefined ? { note: [{ text: event.note }] } : {}),
      intent: 'order',
      code: { coding: [FHIR_CODES.taskCode] },
      focus,
      for: patient,
      ...(isCurrent ? executionPeriodOf(r, current) : {}),
      authoredOn: r.referredOn,
      lastModified: on,
      requester,
      ...(owner !== null ? { owner } : {}),
      ...(isCurrent && status === 'completed' && attended.length > 0
        ? {
            output: attended.map((encounter) => ({
              type: { coding: [FHIR_CODES.resultingActivity] },
              valueReference: { reference: `Encounter/${encounter.id}` },
            })),
          }
        : {}),
    });
  }

  const observations: FhirObservation[] = r.measures.map((measure, i) => {
    const component: FhirObservationComponent[] = [
      ...(measure.items ?? []).map((item, n) => ({ code: { text: `item ${n + 1}` }, valueQuantity: { value: plain(item) } })),
      ...computedScores(measure).map((score) => ({ code: { text: score.name }, valueQuantity: { value: score.value } })),
    ];
    return {
      resourceType: 'Observation',
      id: `${base}-measure-${i + 1}`,
      basedOn: [focus],
      status: 'final',
      category: [{ coding: [FHIR_CODES.observationCategory] }, { text: measure.timepoint }],
      code: { text: instrumentName(measure.instrument) },
      subject: patient,
      effectiveDateTime: measure.on,
      ...(measure.score !== undefined ? { valueQuantity: { value: plain(measure.score) } } : {}),
      ...(component.length > 0 ? { component } : {}),
    };
  });

  const goals: FhirGoal[] = r.goals.map((goal, i) => {
    const code = GOAL_ACHIEVEMENT[goal.status];
    return {
      resourceType: 'Goal',
      id: `${base}-goal-${i + 1}`,
      lifecycleStatus: GOAL_LIFECYCLE[goal.status],
      achievementStatus: code === null ? { text: goal.status } : { coding: [code], text: goal.status },
      description: { text: goal.need ?? PERSONAL_GOAL },
      subject: patient,
      startDate: goal.setOn,
      addresses: [focus],
    };
  });

  const onward: FhirServiceRequest[] = r.onward.map((entry, i) => ({
    resourceType: 'ServiceRequest',
    id: `${base}-onward-${i + 1}`,
    basedOn: [focus],
    status: 'completed',
    intent: entry.kind === 'referral' ? 'order' : 'proposal',
    code: { text: entry.kind === 'referral' ? 'onward referral' : 'signpost' },
    subject: patient,
    authoredOn: entry.on,
    performer: [
      { type: 'Organization', identifier: { value: entry.organisationId } },
      ...(entry.activityId !== undefined ? [{ type: 'HealthcareService', identifier: { value: entry.activityId } }] : []),
    ],
  }));

  return {
    resourceType: 'Bundle',
    id: base,
    type: 'collection',
    entry: [serviceRequest, ...tasks, ...encounters, ...observations, ...goals, ...onward].map((resource) => ({ resource })),
  };
}

/** The referral ServiceRequest's status: `revoked` once declined, rejected or cancelled, `entered-in-error` when recorded by mistake. */
function serviceRequestStatus(current: ReferralStatus, onHold: boolean): FhirServiceRequest['status'] {
  switch (current) {
    case 'closed':
      return 'completed';
    case 'declined':
    case 'rejected':
    case 'cancelled':
      return 'revoked';
    case 'entered-in-error':
      return 'entered-in-error';
    default:
      return onHold ? 'on-hold' : 'active';
  }
}

/** The last day the record speaks of: its latest event or contact, or the referral day. */
function lastDayOf(r: Referral): IsoDate {
  let last = r.referredOn;
  for (const event of r.events) if (event.on > last) last = event.on;
  for (const contact of r.contacts) if (contact.on > last) last = contact.on;
  return last;
}

function reasonOf(event: ReferralEvent | undefined, status: TaskStatus): FhirCodeableConcept | null {
  if (event?.reason !== undefined) return { text: event.reason };
  if (NEEDS_REASON.has(status)) return { text: event?.type ?? 'referred' };
  return null;
}

/** The current episode's execution: from acceptance (or the first attended contact) to the close, decline or failure. */
function executionPeriodOf(r: Referral, current: ReferralStatus): { executionPeriod?: { start?: string; end?: string } } {
  const timeline = referralTimeline(r);
  let from = 0;
  timeline.forEach((entry, i) => {
    if (entry.cause === 'reopened') from = i;
  });
  const episode = timeline.slice(from);
  const start = episode.find((entry) => entry.status === 'accepted' || entry.status === 'engaged')?.on;
  const finished = current === 'closed' || current === 'declined' || current === 'rejected' || current === 'cancelled' || current === 'unable-to-contact';
  const end = finished ? episode.find((entry) => entry.status === current)?.on : undefined;
  if (start === undefined && end === undefined) return {};
  return { executionPeriod: { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) } };
}
