/**
 * The zod schemas of a referral record: the single source of the `Referral` type.
 *
 * @module
 */
import * as z from 'zod';
import { containsNhsNumber, IsoDateSchema } from '../core/index.js';
import {
  CANCEL_REASONS,
  CLOSE_REASONS,
  CONTACT_MODES,
  DECLINE_REASONS,
  ERROR_REASONS,
  GOAL_STATUSES,
  HOLD_REASONS,
  MAX_NOTE_LENGTH,
  MEASURE_TIMEPOINTS,
  NEED_CATEGORIES,
  ONWARD_ATTENDANCE,
  ONWARD_KINDS,
  PERSON_SEXES,
  REJECT_REASONS,
  type ReferralEventType,
} from './constants.js';

// Each schema is built in a pure IIFE so bundlers can drop it whole when unused (a pure call with
// calls in its arguments is not dropped), keeping zod out of bundles that need no validation.
const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const AGE_BAND = /^(?:\d{1,3}-\d{1,3}|\d{1,3}\+)$/;

/**
 * The most lifecycle events one referral may hold. A referral has a handful (accepted, on hold,
 * closed, reopened…); a thousand is far beyond any real record, and the bound keeps work that
 * looks at the events up to each one (a FHIR Task version per event) in step with real records.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { MAX_REFERRAL_EVENTS } from 'social-prescribing/referrals';
 *
 * MAX_REFERRAL_EVENTS;
 * //=> 1000
 * ```
 */
export const MAX_REFERRAL_EVENTS = 1000;

const idString = () => z.string().min(1).max(128);
const kebabId = () => z.string().max(64).regex(KEBAB_ID, { message: 'must be a kebab-case id (a-z, 0-9 and single hyphens)' });

/**
 * Zod schema of a need category id, one of {@link NEED_CATEGORIES}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { NeedCategorySchema } from 'social-prescribing/referrals';
 *
 * NeedCategorySchema.safeParse('housing').success;
 * //=> true
 * NeedCategorySchema.safeParse('Housing').success;
 * //=> false
 * ```
 */
export const NeedCategorySchema = /* @__PURE__ */ (() => z.enum(NEED_CATEGORIES))();

/**
 * Zod schema of a close reason, one of {@link CLOSE_REASONS}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CloseReasonSchema } from 'social-prescribing/referrals';
 *
 * CloseReasonSchema.safeParse('goals-met').success;
 * //=> true
 * ```
 */
export const CloseReasonSchema = /* @__PURE__ */ (() => z.enum(CLOSE_REASONS))();

/** Event types whose reason is any short kebab-case code (optional). */
const OPEN_EVENT_TYPES = ['accepted', 'unable-to-contact', 'reopened', 'waiting'] as const satisfies readonly Exclude<
  ReferralEventType,
  'closed' | 'declined' | 'on-hold' | 'rejected' | 'cancelled' | 'entered-in-error'
>[];

/**
 * An event's free-text note: 1 to {@link MAX_NOTE_LENGTH} characters. The message names only the limit,
 * so a note (which may hold personal data) is never echoed.
 */
const note = () => z.string().min(1, { message: 'must not be empty' }).max(MAX_NOTE_LENGTH, { message: `must be at most ${String(MAX_NOTE_LENGTH)} characters` });

/**
 * Zod schema of one dated lifecycle event.
 *
 * `closed`, `rejected`, `cancelled` and `entered-in-error` events must carry a `reason`
 * from their coded list ({@link CLOSE_REASONS}, {@link REJECT_REASONS},
 * {@link CANCEL_REASONS}, {@link ERROR_REASONS}); `declined` and `on-hold` may carry one
 * from {@link DECLINE_REASONS} and {@link HOLD_REASONS}. Any other event may carry a
 * `reason` as a short kebab-case code (`'no-reply-to-three-calls'`). Free text goes in
 * the optional `note` (up to {@link MAX_NOTE_LENGTH} characters), which no error message
 * ever echoes.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ReferralEventSchema } from 'social-prescribing/referrals';
 *
 * ReferralEventSchema.safeParse({ type: 'accepted', on: '2025-04-02' }).success;
 * //=> true
 * ReferralEventSchema.safeParse({ type: 'closed', on: '2025-05-14', reason: 'goals-met' }).success;
 * //=> true
 * ReferralEventSchema.safeParse({ type: 'closed', on: '2025-05-14' }).success;
 * //=> false
 * ReferralEventSchema.safeParse({ type: 'rejected', on: '2025-04-03', reason: 'outside-area', note: 'Lives over the border' }).success;
 * //=> true
 * ReferralEventSchema.safeParse({ type: 'reopened', on: '2025-09-01', note: 'Asked for help again' }).success;
 * //=> true
 * ```
 */
export const ReferralEventSchema = /* @__PURE__ */ (() => z.discriminatedUnion('type', [
  z.object({ type: z.literal('closed'), on: IsoDateSchema, reason: CloseReasonSchema, note: note().optional() }),
  z.object({ type: z.literal('rejected'), on: IsoDateSchema, reason: z.enum(REJECT_REASONS), note: note().optional() }),
  z.object({ type: z.literal('cancelled'), on: IsoDateSchema, reason: z.enum(CANCEL_REASONS), note: note().optional() }),
  z.object({ type: z.literal('entered-in-error'), on: IsoDateSchema, reason: z.enum(ERROR_REASONS), note: note().optional() }),
  z.object({ type: z.literal('declined'), on: IsoDateSchema, reason: z.enum(DECLINE_REASONS).optional(), note: note().optional() }),
  z.object({ type: z.literal('on-hold'), on: IsoDateSchema, reason: z.enum(HOLD_REASONS).optional(), note: note().optional() }),
  z.object({ type: z.enum(OPEN_EVENT_TYPES), on: IsoDateSchema, reason: kebabId().optional(), note: note().optional() }),
]))();

/**
 * One dated lifecycle event of a referral.
 *
 * @category Schemas
 */
export type ReferralEvent = z.infer<typeof ReferralEventSchema>;

/**
 * Zod schema of one contact with the person: its date, mode, length in minutes
 * (0 to 1,440) and whether the person attended. A booked contact the person
 * missed is recorded with `attended: false`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ReferralContactSchema } from 'social-prescribing/referrals';
 *
 * ReferralContactSchema.safeParse({ on: '2025-04-09', mode: 'telephone', minutes: 30, attended: true }).success;
 * //=> true
 * ReferralContactSchema.safeParse({ on: '2025-04-09', mode: 'pigeon', attended: true }).success;
 * //=> false
 * ```
 */
export const ReferralContactSchema = /* @__PURE__ */ (() => z.object({
  on: IsoDateSchema,
  mode: z.enum(CONTACT_MODES),
  minutes: z.number().min(0).max(1440).optional(),
  attended: z.boolean(),
}))();

/**
 * One contact with the person.
 *
 * @category Schemas
 */
export type ReferralContact = z.infer<typeof ReferralContactSchema>;

/**
 * Zod schema of a personal goal: the day it was set, its status from
 * {@link GOAL_STATUSES} and, optionally, the need it addresses.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ReferralGoalSchema } from 'social-prescribing/referrals';
 *
 * ReferralGoalSchema.safeParse({ setOn: '2025-04-09', status: 'met', need: 'social-isolation' }).success;
 * //=> true
 * ```
 */
export const ReferralGoalSchema = /* @__PURE__ */ (() => z.object({
  setOn: IsoDateSchema,
  status: z.enum(GOAL_STATUSES),
  need: NeedCategorySchema.optional(),
}))();

/**
 * One personal goal.
 *
 * @category Schemas
 */
export type ReferralGoal = z.infer<typeof ReferralGoalSchema>;

/**
 * Zod schema of an onward connection: a referral or signpost to an
 * organisation and, optionally, one of its activities, on a date, and whether the
 * person attended (`attended`, one of {@link ONWARD_ATTENDANCE}; left out = unknown).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ReferralOnwardSchema } from 'social-prescribing/referrals';
 *
 * ReferralOnwardSchema.safeParse({ kind: 'signpost', organisationId: 'org-12', on: '2025-04-16' }).success;
 * //=> true
 * ReferralOnwardSchema.safeParse({ kind: 'referral', organisationId: 'org-12', on: '2025-04-16', attended: 'did-not-attend' }).success;
 * //=> true
 * ```
 */
export const ReferralOnwardSchema = /* @__PURE__ */ (() => z.object({
  kind: z.enum(ONWARD_KINDS),
  organisationId: idString(),
  activityId: idString().optional(),
  on: IsoDateSchema,
  attended: z.enum(ONWARD_ATTENDANCE).optional(),
}))();

/**
 * One onward referral or signpost.
 *
 * @category Schemas
 */
export type ReferralOnward = z.infer<typeof ReferralOnwardSchema>;

/**
 * Zod schema of one outcome measure: the instrument's id (`'swemwbs'`,
 * `'ons4'`, `'ucla3'`, `'mycaw'` or another kebab-case id), the timepoint, the
 * date, and its `items` (raw item answers), its `score`, or both. Item ranges
 * are checked by the instrument's scorer in `outcomes`, not here.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ReferralMeasureSchema } from 'social-prescribing/referrals';
 *
 * ReferralMeasureSchema.safeParse({ instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-09', items: [3, 3, 2, 3, 3, 2, 3] }).success;
 * //=> true
 * ReferralMeasureSchema.safeParse({ instrument: 'swemwbs', timepoint: 'baseline', on: '2025-04-09' }).success;
 * //=> false
 * ```
 */
export const ReferralMeasureSchema = /* @__PURE__ */ (() => z
  .object({
    instrument: kebabId(),
    timepoint: z.enum(MEASURE_TIMEPOINTS),
    on: IsoDateSchema,
    items: z.array(z.number()).min(1).max(100).optional(),
    score: z.number().optional(),
  })
  .refine((measure) => measure.items !== undefined || measure.score !== undefined, {
    message: 'must have items or a score',
    path: ['score'],
  }))();

/**
 * One outcome measure.
 *
 * @category Schemas
 */
export type ReferralMeasure = z.infer<typeof ReferralMeasureSchema>;

/**
 * Zod schema of the person's demographics, without identifiers: birth year
 * and/or age band (`'40-49'`, `'85+'`), sex ({@link PERSON_SEXES}) and an
 * ethnicity code (for example the NHS Data Dictionary ethnic category, as your
 * service records it). No name, NHS number, date of birth or address: see the
 * referrals guide for why.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ReferralPersonSchema } from 'social-prescribing/referrals';
 *
 * ReferralPersonSchema.safeParse({ birthYear: 1968, sex: 'female' }).success;
 * //=> true
 * ReferralPersonSchema.safeParse({ ageBand: '40-49' }).success;
 * //=> true
 * ReferralPersonSchema.safeParse({ ageBand: 'forties' }).success;
 * //=> false
 * ```
 */
export const ReferralPersonSchema = /* @__PURE__ */ (() => z.object({
  birthYear: z.number().int().min(1900).max(2100).optional(),
  ageBand: z
    .string()
    .regex(AGE_BAND, { message: "must be an age band such as '40-49' or '85+'" })
    .optional(),
  sex: z.enum(PERSON_SEXES).optional(),
  ethnicity: z.string().min(1).max(64).optional(),
}))();

/**
 * A person's demographics, without identifiers.
 *
 * @category Schemas
 */
export type ReferralPerson = z.infer<typeof ReferralPersonSchema>;

/** Statuses an export can give without a date. */
const UNDATED_STATUSES = ['referred', 'accepted', 'declined', 'unable-to-contact', 'on-hold', 'closed'] as const;

/**
 * Zod schema of an outcome score without a date, as a flat export holds it (`SWEMWBS Start`,
 * `SWEMWBS End`): the instrument, `baseline` (start) or `exit` (end), and its `items` or `score`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { UndatedMeasureSchema } from 'social-prescribing/referrals';
 *
 * UndatedMeasureSchema.safeParse({ instrument: 'swemwbs', timepoint: 'exit', score: 23.21 }).success;
 * //=> true
 * UndatedMeasureSchema.safeParse({ instrument: 'swemwbs', timepoint: 'review', score: 23.21 }).success;
 * //=> false
 * ```
 */
export const UndatedMeasureSchema = /* @__PURE__ */ (() => z
  .object({
    instrument: kebabId(),
    timepoint: z.enum(['baseline', 'exit']),
    items: z.array(z.number()).min(1).max(100).optional(),
    score: z.number().optional(),
  })
  .refine((measure) => measure.items !== undefined || measure.score !== undefined, {
    message: 'must have items or a score',
    path: ['score'],
  }))();

/**
 * One outcome score without a date.
 *
 * @category Schemas
 */
export type UndatedMeasure = z.infer<typeof UndatedMeasureSchema>;

/**
 * Zod schema of what a flat export knows about a referral without dates: its latest `status`,
 * a close reason when that status is `closed` (left out when the export does not say why), counts
 * of attended and missed contacts, and start and end scores. Nothing here is given a date it did
 * not have; outcome summaries count these records and say how many there were
 * (`countOnly` on each row). `contactSummary` reads the contact counts (its dates stay `null`);
 * functions that place a referral in time (`referralStatus`, `referralTimeline`) read only the dated lists.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ReferralUndatedSchema } from 'social-prescribing/referrals';
 *
 * ReferralUndatedSchema.safeParse({ status: 'closed', closeReason: 'goals-met', contactsAttended: 7,
 *   measures: [{ instrument: 'swemwbs', timepoint: 'baseline', score: 19.25 }] }).success;
 * //=> true
 * ReferralUndatedSchema.safeParse({ status: 'accepted', closeReason: 'goals-met' }).success;
 * //=> false
 * ```
 */
export const ReferralUndatedSchema = /* @__PURE__ */ (() => z
  .object({
    status: z.enum(UNDATED_STATUSES).optional(),
    closeReason: CloseReasonSchema.optional(),
    contactsAttended: z.number().int().min(0).max(10_000).optional(),
    contactsMissed: z.number().int().min(0).max(10_000).optional(),
    measures: z.array(UndatedMeasureSchema).max(100).optional(),
  })
  .superRefine((undated, ctx) => {
    if (undated.closeReason !== undefined && undated.status !== 'closed') {
      ctx.addIssue({ code: 'custom', path: ['closeReason'], message: "must only be given with status 'closed'" });
    }
    const seen = new Set<string>();
    for (const [i, measure] of (undated.measures ?? []).entries()) {
      const key = `${measure.instrument} ${measure.timepoint}`;
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['measures', i, 'timepoint'], message: 'must not repeat an instrument and timepoint' });
      }
      seen.add(key);
    }
  }))();

/**
 * What a flat export knows about a referral without dates.
 *
 * @category Schemas
 */
export type ReferralUndated = z.infer<typeof ReferralUndatedSchema>;

/** The shape of a referral before the lifecycle checks. */
const ReferralShape = /* @__PURE__ */ (() => z.object({
  // An id holding ten digits that pass the NHS number check could identify a person (core's containsNhsNumber).
  id: idString().refine((id) => !containsNhsNumber(id), {
    message: 'must be a pseudonymous key: it holds 10 digits that pass the NHS number check digit',
  }),
  referredOn: IsoDateSchema,
  source: kebabId(),
  schemeId: idString().optional(),
  serviceId: idString().optional(),
  organisationId: idString().optional(),
  practiceCode: idString().optional(),
  pcn: idString().optional(),
  workerId: idString().optional(),
  person: ReferralPersonSchema.optional(),
  needs: z.array(NeedCategorySchema).default(() => []),
  // A lifecycle is a handful of transitions; the bound keeps per-event work (a FHIR Task version each) small.
  events: z.array(ReferralEventSchema).max(MAX_REFERRAL_EVENTS).default(() => []),
  contacts: z.array(ReferralContactSchema).default(() => []),
  goals: z.array(ReferralGoalSchema).default(() => []),
  onward: z.array(ReferralOnwardSchema).default(() => []),
  measures: z.array(ReferralMeasureSchema).default(() => []),
  undated: ReferralUndatedSchema.optional(),
}))();

/**
 * Zod schema of a referral record: the single source of the {@link Referral} type.
 *
 * Beyond each field's shape it checks the lifecycle, reporting each problem at
 * the event's path (`['events', 2, 'on']`):
 * - an event or contact dated before `referredOn`;
 * - an event dated before the event listed before it (events are in date order);
 * - a second `closed` without a `reopened` between, or any other event after a
 *   close before it is reopened;
 * - a `reopened` event when the referral is not closed;
 * - any event after `entered-in-error` (a referral recorded by mistake stays so; it may
 *   follow any event, even a close).
 *
 * Keys it does not know (a name, an NHS number, an address column from a
 * spreadsheet) are dropped from the parsed value, so the record stays
 * pseudonymous, and an `id` that could be an NHS or CHI number is refused: one
 * holding ten digits that pass the NHS check digit once spaces, zero-width
 * characters and `-` `.` `/` are taken out (see {@link core!containsNhsNumber}). What a flat
 * export knows without dates goes in `undated` ({@link ReferralUndatedSchema}): a record says each
 * thing once, so undated contact counts come without dated contacts, an undated close without a
 * dated one, and undated scores of an instrument without dated measures of it. Missing lists (`needs`, `events`, `contacts`, `goals`, `onward`,
 * `measures`) default to empty. Issue messages never echo input values.
 *
 * `serviceId` and `organisationId` name the receiving service and the organisation that
 * provides it, when the referral was sent to a service that must reply (a directory or
 * marketplace referral); {@link overdueReferrals} and `serviceStatistics` (in `outcomes`)
 * group by them.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ReferralSchema } from 'social-prescribing/referrals';
 *
 * const referral = ReferralSchema.parse({
 *   id: 'R-0001',
 *   referredOn: '2025-04-01',
 *   source: 'gp-practice',
 *   needs: ['social-isolation'],
 *   events: [{ type: 'accepted', on: '2025-04-02' }],
 * });
 * referral.contacts;
 * //=> []
 * const bad = ReferralSchema.safeParse({
 *   id: 'R-0002',
 *   referredOn: '2025-04-01',
 *   source: 'gp-practice',
 *   events: [{ type: 'closed', on: '2025-03-30', reason: 'goals-met' }],
 * });
 * bad.success ? [] : bad.error.issues.map((issue) => issue.path);
 * //=> [['events', 0, 'on']]
 * ReferralSchema.safeParse({ id: 'NHS 943-476-5919', referredOn: '2025-04-01', source: 'self' }).success;
 * //=> false
 * ```
 */
export const ReferralSchema = /* @__PURE__ */ (() => ReferralShape.superRefine((referral, ctx) => {
  const { referredOn, events, contacts } = referral;
  let closed = false;
  let inError = false;
  let previous = referredOn;
  for (const [i, event] of events.entries()) {
    if (event.on < referredOn) {
      ctx.addIssue({ code: 'custom', path: ['events', i, 'on'], message: 'must not be before referredOn' });
    } else if (event.on < previous) {
      ctx.addIssue({ code: 'custom', path: ['events', i, 'on'], message: 'must not be before the previous event (events are in date order)' });
    }
    if (event.on >= previous) previous = event.on;
    if (inError) {
      ctx.addIssue({ code: 'custom', path: ['events', i, 'type'], message: 'must not follow an entered-in-error event' });
      continue;
    }
    if (event.type === 'entered-in-error') {
      inError = true;
      continue;
    }
    if (event.type === 'reopened') {
      if (!closed) ctx.addIssue({ code: 'custom', path: ['events', i, 'type'], message: 'reopened must follow a closed event' });
      closed = false;
    } else if (closed) {
      ctx.addIssue({
        code: 'custom',
        path: ['events', i, 'type'],
        message:
          event.type === 'closed'
            ? 'closed twice without a reopened event between'
            : 'must not follow a closed event without a reopened event between',
      });
    } else if (event.type === 'closed') {
      closed = true;
    }
  }
  for (const [i, contact] of contacts.entries()) {
    if (contact.on < referredOn) {
      ctx.addIssue({ code: 'custom', path: ['contacts', i, 'on'], message: 'must not be before referredOn' });
    }
  }
  const undated = referral.undated;
  if (undated !== undefined) undatedIssues(undated, referral.events, contacts.length, referral.measures, ctx);
}))();

/** A record says each thing once: dated or undated, never both. */
function undatedIssues(
  undated: ReferralUndated,
  events: readonly ReferralEvent[],
  datedContacts: number,
  measures: readonly ReferralMeasure[],
  ctx: z.RefinementCtx,
): void {
  const path = (...rest: (string | number)[]): (string | number)[] => ['undated', ...rest];
  if (datedContacts > 0) {
    for (const field of ['contactsAttended', 'contactsMissed'] as const) {
      if (undated[field] !== undefined) ctx.addIssue({ code: 'custom', path: path(field), message: 'must not be given with dated contacts' });
    }
  }
  if (undated.status === 'closed' && events.some((event) => event.type === 'closed')) {
    ctx.addIssue({ code: 'custom', path: path('status'), message: 'must not be closed when events hold a dated close' });
  }
  for (const [i, measure] of (undated.measures ?? []).entries()) {
    if (measures.some((dated) => dated.instrument === measure.instrument)) {
      ctx.addIssue({ code: 'custom', path: path('measures', i, 'instrument'), message: 'must not also have dated measures' });
    }
  }
}

/**
 * A referral record to a social prescribing link worker: pseudonymous, with its
 * lifecycle events, contacts, goals, onward connections and outcome measures.
 *
 * Parse untrusted data with {@link ReferralSchema} or {@link validateReferrals};
 * the functions of this module trust a `Referral` to be valid.
 *
 * @category Schemas
 */
export type Referral = z.infer<typeof ReferralSchema>;

/**
 * The input shape {@link ReferralSchema} accepts: a {@link Referral} whose lists may be left out.
 *
 * @category Schemas
 */
export type ReferralInput = z.input<typeof ReferralSchema>;
