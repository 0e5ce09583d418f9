import * as z from 'zod';
import { isIsoDate, issuesFromZod, SocialPrescribingError, type ValidationIssue } from '../core/index.js';
import { EVENT_REASONS, GOAL_STATUSES, MAX_NOTE_LENGTH, NEED_CATEGORIES, REFERRAL_EVENT_TYPES, ReferralSchema, type Referral, type ReferralEventType } from '../referrals/index.js';
import { instrumentFromName, plain } from './measures.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

const fhirDate = () =>
  z.string().refine((value) => isIsoDate(DATE_TIME.exec(value)?.[1]), { message: 'must be a FHIR date or dateTime with a full, real date (YYYY-MM-DD)' });
const text = () => z.string().max(1024);
const codeableConcept = () => z.looseObject({ text: text().optional() });
const reference = () =>
  z.looseObject({
    reference: text().optional(),
    type: text().optional(),
    identifier: z.looseObject({ value: text().optional() }).optional(),
    display: text().optional(),
  });

const ServiceRequestRead = z.looseObject({
  resourceType: z.literal('ServiceRequest'),
  id: text().optional(),
  basedOn: z.array(reference()).optional(),
  intent: text().optional(),
  identifier: z.array(z.looseObject({ value: text().optional() })).optional(),
  authoredOn: fhirDate().optional(),
  requester: reference().optional(),
  performer: z.array(reference()).optional(),
  reasonCode: z.array(codeableConcept()).optional(),
});

const TaskRead = z.looseObject({
  resourceType: z.literal('Task'),
  id: text().optional(),
  meta: z.looseObject({ versionId: text().optional() }).optional(),
  status: z.enum(['draft', 'requested', 'received', 'accepted', 'rejected', 'ready', 'cancelled', 'in-progress', 'on-hold', 'failed', 'completed', 'entered-in-error']),
  statusReason: codeableConcept().optional(),
  businessStatus: codeableConcept().optional(),
  focus: reference().optional(),
  executionPeriod: z.looseObject({ start: fhirDate().optional(), end: fhirDate().optional() }).optional(),
  authoredOn: fhirDate().optional(),
  lastModified: fhirDate().optional(),
  requester: reference().optional(),
  owner: reference().optional(),
  note: z.array(z.looseObject({ text: z.string().optional() })).optional(),
});

const EncounterRead = z.looseObject({
  resourceType: z.literal('Encounter'),
  status: z.string(),
  class: z.looseObject({ code: text().optional() }).optional(),
  type: z.array(codeableConcept()).optional(),
  basedOn: z.array(reference()).optional(),
  period: z.looseObject({ start: fhirDate() }),
  length: z.looseObject({ value: z.number(), code: text().optional() }).optional(),
});

const ObservationRead = z.looseObject({
  resourceType: z.literal('Observation'),
  basedOn: z.array(reference()).optional(),
  category: z.array(codeableConcept()).optional(),
  code: z.looseObject({ text: text() }),
  effectiveDateTime: fhirDate(),
  valueQuantity: z.looseObject({ value: z.number() }).optional(),
  component: z.array(z.looseObject({ code: codeableConcept(), valueQuantity: z.looseObject({ value: z.number() }).optional() })).optional(),
});

const GoalRead = z.looseObject({
  resourceType: z.literal('Goal'),
  lifecycleStatus: text(),
  achievementStatus: z.looseObject({ text: text().optional(), coding: z.array(z.looseObject({ code: text().optional() })).optional() }).optional(),
  description: codeableConcept(),
  startDate: fhirDate(),
  addresses: z.array(reference()).optional(),
});

const BundleShape = z.looseObject({
  resourceType: z.literal('Bundle'),
  entry: z.array(z.looseObject({ resource: z.looseObject({ resourceType: z.string() }) })).max(100_000).default(() => []),
});

type Indexed<T> = { readonly index: number; readonly resource: T };

const READERS = { ServiceRequest: ServiceRequestRead, Task: TaskRead, Encounter: EncounterRead, Observation: ObservationRead, Goal: GoalRead } as const;

/** Encounter statuses read as an attended contact; `cancelled` is a missed one. */
const ATTENDED = new Set(['finished', 'in-progress', 'arrived', 'triaged', 'onleave']);

/** A single Task's status as the event that brings a referral to it (Gravity-shaped input without history). */
const EVENT_OF_STATUS: Readonly<Record<string, ReferralEventType | null>> = {
  draft: null,
  requested: null,
  received: null,
  ready: null,
  accepted: 'accepted',
  'in-progress': 'accepted',
  'on-hold': 'on-hold',
  rejected: 'declined',
  failed: 'unable-to-contact',
  completed: 'closed',
  cancelled: 'cancelled',
  'entered-in-error': 'entered-in-error',
};

/** Event types that must carry a coded reason: a missing or unknown one is read as `other`. */
const REASON_REQUIRED: ReadonlySet<string> = new Set(['closed', 'rejected', 'cancelled', 'entered-in-error']);

/**
 * An event's reason read from text: for a type with a coded list ({@link EVENT_REASONS}) one of
 * the list (`other` when the type needs one and the text is not in it, else none); for other
 * types any short kebab-case code.
 */
function reasonFor(type: string, text: string | undefined): string | undefined {
  const kebab = kebabOrUndefined(text);
  if (Object.hasOwn(EVENT_REASONS, type)) {
    const list = EVENT_REASONS[type as keyof typeof EVENT_REASONS] as readonly string[];
    if (kebab !== undefined && list.includes(kebab)) return kebab;
    return REASON_REQUIRED.has(type) ? 'other' : undefined;
  }
  return kebab !== undefined && kebab !== type ? kebab : undefined;
}

/** The first note's text of a Task, when it fits an event's note. */
function noteOf(task: { note?: { text?: string | undefined }[] | undefined }): { note?: string } {
  const text = task.note?.find((note) => note.text !== undefined && note.text.length > 0)?.text;
  return text !== undefined && text.length <= MAX_NOTE_LENGTH ? { note: text } : {};
}

const MODE_OF_CLASS: Readonly<Record<string, string>> = { AMB: 'face-to-face', HH: 'home-visit' };

/** A goal's status from FHIR's goal achievement code, then from its lifecycle, when its text is not a library status. */
const GOAL_OF_ACHIEVEMENT: Readonly<Record<string, string>> = { 'in-progress': 'in-progress', achieved: 'met', 'not-achieved': 'not-met' };
const GOAL_OF_LIFECYCLE: Readonly<Record<string, string>> = { proposed: 'set', planned: 'set', accepted: 'set', active: 'in-progress', 'on-hold': 'in-progress' };

const ONWARD_OF_INTENT: Readonly<Record<string, string>> = { order: 'referral', proposal: 'signpost' };

/**
 * Reads a referral back from a FHIR R4 `Bundle`: one written by
 * {@link referralToFhir}, or any bundle holding a Gravity-shaped referral
 * `ServiceRequest` and its `Task`.
 *
 * - The **ServiceRequest** of the referral is the one the Task's `focus` names
 *   (or the only one not based on another ServiceRequest of the bundle):
 *   `id` from its first `identifier.value` (else its resource id), `referredOn`
 *   from `authoredOn` (else the Task's), `source` from `requester.display` when it
 *   is a kebab-case id, else by the requester's type (`Patient` → `self`,
 *   `Practitioner`, `PractitionerRole` or `Organization` → `professional`),
 *   `schemeId` and `pcn` from its `HealthcareService` and `Organization`
 *   performers, `needs` from `reasonCode[].text`.
 * - **Events**: from the Task's versions as {@link referralToFhir} writes them
 *   (`businessStatus.text` the event, `lastModified` its day, `statusReason.text`
 *   its reason, the first `note` its note). A Task without that history (one version, Gravity-shaped) gives
 *   at most one event from its status: `accepted` and `in-progress` → `accepted`,
 *   `on-hold` → `on-hold`, `rejected` → `rejected` when the status reason is one of
 *   {@link referrals!REJECT_REASONS}, else `declined`, `failed` →
 *   `unable-to-contact`, `completed` → `closed`, `cancelled` → `cancelled`,
 *   `entered-in-error` → `entered-in-error`; dated by
 *   `lastModified`, else the `executionPeriod` (end, then start), else the
 *   Task's `authoredOn`, the only date such a Task may hold. A status reason is
 *   kept only when it is a code of the event's list ({@link referrals!EVENT_REASONS};
 *   `other` when the event must have one), or a kebab-case code for events without
 *   a list: free text is never read as a reason.
 *   `workerId` comes from the Task's `owner` identifier.
 * - **Contacts** from the Encounters based on the ServiceRequest: day from
 *   `period.start`, mode from `type[0].text` (else class `AMB` → face-to-face, `HH`
 *   → home visit), minutes from `length`, attended unless `cancelled`.
 * - **Measures** from the Observations based on the ServiceRequest: instrument
 *   from `code.text`, timepoint from a `category` text, score from
 *   `valueQuantity`, items from the `item <n>` components (computed scores are
 *   not read back).
 *
 * - **Goals** from the Goals that address the ServiceRequest: day from
 *   `startDate`, status from `achievementStatus.text` (else its code: `achieved` →
 *   met, `not-achieved` → not met, `in-progress`; else the lifecycle: proposed,
 *   planned or accepted → set, active or on hold → in progress), need from
 *   `description.text` when it is a need category.
 * - **Onward** connections from the ServiceRequests based on the referral:
 *   `intent` `order` → referral, `proposal` → signpost; organisation and activity
 *   from the `Organization` and `HealthcareService` performers; day from `authoredOn`.
 *
 * Dates are the date part of a FHIR `dateTime` as written (no time-zone
 * conversion). `person` and `practiceCode`, which the bundle does not carry,
 * come back absent. The result is checked with {@link referrals!ReferralSchema}.
 *
 * @param bundle - A FHIR R4 Bundle (parsed JSON).
 * @returns The referral.
 * @throws {@link core!SocialPrescribingError} `fhir/invalid-bundle` when the value is not a Bundle, an entry has no resource, or a resource the reader uses is malformed (every issue, at its path from the bundle: `['entry', 3, 'resource', 'period', 'start']`).
 * @throws {@link core!SocialPrescribingError} `fhir/missing-service-request` when there is no ServiceRequest, or several and no Task's `focus` picks one.
 * @throws {@link core!SocialPrescribingError} `fhir/unsupported-status` for an Encounter neither attended nor `cancelled`, or a version history that is not the library's.
 * @throws {@link core!SocialPrescribingError} `fhir/invalid-referral` when what was read is not a valid referral (issues under `['referral', ...]`).
 * @see https://hl7.org/fhir/us/sdoh-clinicalcare/ (HL7 Gravity SDOH Clinical Care IG: referral Task)
 * @category FHIR
 * @example
 * ```ts
 * import { referralFromFhir, referralToFhir } from 'social-prescribing/fhir';
 *
 * const referral = {
 *   id: 'R-0001',
 *   referredOn: '2025-04-01',
 *   source: 'gp-practice',
 *   needs: ['social-isolation'],
 *   events: [{ type: 'accepted', on: '2025-04-02' }, { type: 'closed', on: '2025-05-14', reason: 'goals-met' }],
 *   contacts: [{ on: '2025-04-09', mode: 'telephone', minutes: 30, attended: true }],
 *   goals: [],
 *   onward: [],
 *   measures: [],
 * };
 * JSON.stringify(referralFromFhir(referralToFhir(referral))) === JSON.stringify(referral);
 * //=> true
 * referralFromFhir({ resourceType: 'Bundle', type: 'collection' });
 * //=> throws 'fhir/missing-service-request'
 * referralFromFhir({ resourceType: 'Patient' });
 * //=> throws 'fhir/invalid-bundle'
 * ```
 */
export function referralFromFhir(bundle: unknown): Referral {
  const shape = BundleShape.safeParse(bundle);
  if (!shape.success) throw new SocialPrescribingError('fhir/invalid-bundle', issuesFromZod(shape.error.issues));
  const issues: ValidationIssue[] = [];
  const found = { ServiceRequest: [], Task: [], Encounter: [], Observation: [], Goal: [] } as {
    ServiceRequest: Indexed<z.output<typeof ServiceRequestRead>>[];
    Task: Indexed<z.output<typeof TaskRead>>[];
    Encounter: Indexed<z.output<typeof EncounterRead>>[];
    Observation: Indexed<z.output<typeof ObservationRead>>[];
    Goal: Indexed<z.output<typeof GoalRead>>[];
  };
  shape.data.entry.forEach((entry, index) => {
    const type = entry.resource.resourceType;
    if (!Object.hasOwn(READERS, type)) return;
    const key = type as keyof typeof READERS;
    const parsed = READERS[key].safeParse(entry.resource);
    if (!parsed.success) issues.push(...issuesFromZod(parsed.error.issues, ['entry', index, 'resource']));
    else (found[key] as Indexed<unknown>[]).push({ index, resource: parsed.data });
  });
  if (issues.length > 0) throw new SocialPrescribingError('fhir/invalid-bundle', issues);

  // Referral ServiceRequests: those not based on another ServiceRequest of the bundle (onward ones are).
  const requestIds = new Set(found.ServiceRequest.flatMap((sr) => (sr.resource.id === undefined ? [] : [`ServiceRequest/${sr.resource.id}`])));
  const referrals = found.ServiceRequest.filter((sr) => !(sr.resource.basedOn ?? []).some((ref) => ref.reference !== undefined && requestIds.has(ref.reference)));
  const focused = new Set(found.Task.map((task) => task.resource.focus?.reference));
  const chosen = referrals.length === 1 ? referrals : referrals.filter((sr) => sr.resource.id !== undefined && focused.has(`ServiceRequest/${sr.resource.id}`));
  const serviceRequest = chosen[0];
  if (serviceRequest === undefined || chosen.length > 1) {
    throw new SocialPrescribingError('fhir/missing-service-request', [
      { path: ['entry'], message: `must hold one referral ServiceRequest (or one named by a Task's focus): found ${referrals.length}` },
    ]);
  }
  const sr = serviceRequest.resource;
  const srReference = sr.id === undefined ? null : `ServiceRequest/${sr.id}`;
  const basedOnIt = (refs: readonly { reference?: string | undefined }[] | undefined) =>
    referrals.length === 1 || (refs ?? []).some((ref) => ref.reference === srReference);
  const tasks = found.Task.filter((task) => referrals.length === 1 || task.resource.focus?.reference === srReference);
  tasks.sort((a, b) => Number(a.resource.meta?.versionId ?? 0) - Number(b.resource.meta?.versionId ?? 0));
  const current = tasks.at(-1);

  const referral: Record<string, unknown> = {
    id: sr.identifier?.find((identifier) => identifier.value !== undefined)?.value ?? sr.id,
    referredOn: dateOf(sr.authoredOn ?? current?.resource.authoredOn),
  };
  const source = sourceOf(sr.requester) ?? sourceOf(current?.resource.requester);
  if (source !== undefined) referral['source'] = source;
  const scheme = sr.performer?.find((performer) => performer.type === 'HealthcareService')?.identifier?.value;
  if (scheme !== undefined) referral['schemeId'] = scheme;
  const pcn = sr.performer?.find((performer) => performer.type === 'Organization')?.identifier?.value;
  if (pcn !== undefined) referral['pcn'] = pcn;
  const worker = current?.resource.owner?.type === 'Practitioner' ? current.resource.owner.identifier?.value : undefined;
  if (worker !== undefined) referral['workerId'] = worker;
  referral['needs'] = (sr.reasonCode ?? []).flatMap((reason) => (reason.text === undefined ? [] : [reason.text]));
  referral['events'] = eventsOf(tasks, issues);

  referral['contacts'] = found.Encounter.filter((encounter) => basedOnIt(encounter.resource.basedOn)).flatMap(({ index, resource }) => {
    const attended = ATTENDED.has(resource.status);
    if (!attended && resource.status !== 'cancelled') {
      issues.push({ path: ['entry', index, 'resource', 'status'], message: 'must be an attended (finished) or missed (cancelled) contact' });
      return [];
    }
    const mode = resource.type?.[0]?.text ?? MODE_OF_CLASS[resource.class?.code ?? ''];
    const minutes = resource.length !== undefined && (resource.length.code === undefined || resource.length.code === 'min') ? plain(resource.length.value) : undefined;
    return [{ on: dateOf(resource.period.start), mode, ...(minutes !== undefined ? { minutes } : {}), attended }];
  });

  referral['measures'] = found.Observation.filter((observation) => basedOnIt(observation.resource.basedOn)).map(({ resource }) => {
    const timepoint = resource.category?.find((category) => category.text !== undefined)?.text;
    const items: { n: number; value: number }[] = [];
    for (const component of resource.component ?? []) {
      const n = /^item (\d+)$/.exec(component.code.text ?? '')?.[1];
      if (n !== undefined && component.valueQuantity !== undefined) items.push({ n: Number(n), value: plain(component.valueQuantity.value) });
    }
    items.sort((a, b) => a.n - b.n);
    return {
      instrument: instrumentFromName(resource.code.text),
      timepoint,
      on: dateOf(resource.effectiveDateTime),
      ...(items.length > 0 ? { items: items.map((item) => item.value) } : {}),
      ...(resource.valueQuantity !== undefined ? { score: plain(resource.valueQuantity.value) } : {}),
    };
  });
  referral['goals'] = found.Goal.filter((goal) => basedOnIt(goal.resource.addresses)).map(({ resource }) => {
    const stated = resource.achievementStatus?.text;
    const code = resource.achievementStatus?.coding?.find((coding) => coding.code !== undefined && Object.hasOwn(GOAL_OF_ACHIEVEMENT, coding.code))?.code;
    const status =
      stated !== undefined && (GOAL_STATUSES as readonly string[]).includes(stated)
        ? stated
        : code !== undefined
          ? GOAL_OF_ACHIEVEMENT[code]
          : Object.hasOwn(GOAL_OF_LIFECYCLE, resource.lifecycleStatus) ? GOAL_OF_LIFECYCLE[resource.lifecycleStatus] : undefined;
    const need = resource.description.text;
    return {
      setOn: dateOf(resource.startDate),
      status,
      ...(need !== undefined && (NEED_CATEGORIES as readonly string[]).includes(need) ? { need } : {}),
    };
  });

  referral['onward'] = found.ServiceRequest.filter(
    (request) => srReference !== null && (request.resource.basedOn ?? []).some((ref) => ref.reference === srReference),
  ).map(({ resource }) => {
    const organisation = resource.performer?.find((performer) => performer.type === 'Organization')?.identifier?.value;
    const activity = resource.performer?.find((performer) => performer.type === 'HealthcareService')?.identifier?.value;
    return {
      kind: ONWARD_OF_INTENT[resource.intent ?? ''],
      organisationId: organisation,
      ...(activity !== undefined ? { activityId: activity } : {}),
      on: dateOf(resource.authoredOn),
    };
  });
  if (issues.length > 0) throw new SocialPrescribingError('fhir/unsupported-status', issues);

  const parsed = ReferralSchema.safeParse(referral);
  if (!parsed.success) throw new SocialPrescribingError('fhir/invalid-referral', issuesFromZod(parsed.error.issues, ['referral']));
  return parsed.data;
}

function dateOf(value: string | undefined): string | undefined {
  return value === undefined ? undefined : DATE_TIME.exec(value)?.[1];
}

function sourceOf(requester: { reference?: string | undefined; type?: string | undefined; display?: string | undefined } | undefined): string | undefined {
  if (requester === undefined) return undefined;
  if (requester.display !== undefined && KEBAB.test(requester.display) && requester.display.length <= 64) return requester.display;
  const type = requester.type ?? requester.reference?.split('/')[0];
  if (type === 'Patient') return 'self';
  if (type === 'Practitioner' || type === 'PractitionerRole' || type === 'Organization') return 'professional';
  return undefined;
}

type TaskIndexed = Indexed<z.output<typeof TaskRead>>;

function kebabOrUndefined(value: string | undefined): string | undefined {
  return value !== undefined && KEBAB.test(value) && value.length <= 64 ? value : undefined;
}

function eventsOf(tasks: readonly TaskIndexed[], issues: ValidationIssue[]): Record<string, unknown>[] {
  const first = tasks[0];
  if (first === undefined) return [];
  const withHistory = first.resource.businessStatus?.text === 'referred';
  if (withHistory) {
    return tasks.slice(1).flatMap(({ index, resource }) => {
      const type = resource.businessStatus?.text;
      if (type === undefined || !(REFERRAL_EVENT_TYPES as readonly string[]).includes(type)) {
        issues.push({ path: ['entry', index, 'resource', 'businessStatus', 'text'], message: `must be a referral event type (${REFERRAL_EVENT_TYPES.join(', ')})` });
        return [];
      }
      const reason = reasonFor(type, resource.statusReason?.text);
      return [{ type, on: dateOf(resource.lastModified), ...(reason !== undefined ? { reason } : {}), ...noteOf(resource) }];
    });
  }
  const current = tasks.at(-1) as TaskIndexed;
  const task = current.resource;
  let type = EVENT_OF_STATUS[task.status] ?? null;
  if (type === null) return [];
  const text = kebabOrUndefined(task.statusReason?.text) ?? kebabOrUndefined(task.businessStatus?.text);
  // A Gravity Task is rejected by its performer: a service's reason makes it a rejection, anything else a person's decline.
  if (type === 'declined' && text !== undefined && (EVENT_REASONS.rejected as readonly string[]).includes(text)) type = 'rejected';
  const on = dateOf(task.lastModified ?? (type === 'accepted' || type === 'on-hold' ? task.executionPeriod?.start : task.executionPeriod?.end ?? task.executionPeriod?.start) ?? task.authoredOn);
  const reason = reasonFor(type, text);
  return [{ type, on, ...(reason !== undefined ? { reason } : {}), ...noteOf(task) }];
}
