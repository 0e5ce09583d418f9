/**
 * The fixed vocabularies of a referral record, each a `readonly` tuple so it can
 * feed a zod enum, a select list or an exhaustive `switch`.
 *
 * @module
 */

/**
 * The needs a person presents with, as kebab-case ids shared by `referrals`,
 * `outcomes` and `directory`.
 *
 * The first five are the categories Tower Hamlets reported (24% weight
 * management, 21% low-level mental health, 16% social isolation, 13% housing,
 * 13% financial concerns); the rest follow the NHS England link worker role
 * (lonely, complex social needs, low-level mental health, long-term conditions).
 *
 * @see Social prescribing models in the UK (untitled table, undated) (Tower Hamlets needs mix)
 * @see NHS England's link worker guidance as quoted by the SNEE Training Hub (https://sneetraininghub.org.uk/social-prescriber) (role responsibilities)
 * @category Vocabularies
 * @example
 * ```ts
 * import { NEED_CATEGORIES } from 'social-prescribing/referrals';
 *
 * NEED_CATEGORIES.length;
 * //=> 15
 * NEED_CATEGORIES.includes('housing');
 * //=> true
 * ```
 */
export const NEED_CATEGORIES = /* @__PURE__ */ Object.freeze([
  'weight-management',
  'low-level-mental-health',
  'social-isolation',
  'housing',
  'money-and-debt',
  'welfare-benefits',
  'employment',
  'physical-activity',
  'long-term-condition',
  'carer-support',
  'bereavement',
  'relationships',
  'substance-use',
  'domestic-abuse',
  'other',
] as const);

/**
 * One of {@link NEED_CATEGORIES}.
 *
 * @category Vocabularies
 */
export type NeedCategory = (typeof NEED_CATEGORIES)[number];

/**
 * The kinds of dated event in a referral's lifecycle.
 *
 * | event | who records it | what it means |
 * | --- | --- | --- |
 * | `accepted` | the receiving service | the person takes up the referral and support (a place) starts |
 * | `waiting` | the receiving service | accepted, but waiting for a place; a later `accepted` (or an attended contact) ends the wait |
 * | `declined` | the person | the person turns the referral down (an optional {@link DECLINE_REASONS} code) |
 * | `rejected` | the receiving service | the service turns the referral down (a {@link REJECT_REASONS} code is required) |
 * | `cancelled` | the referrer | the referrer withdraws the referral (a {@link CANCEL_REASONS} code is required) |
 * | `unable-to-contact` | the receiving service | the service could not reach the person |
 * | `on-hold` | the receiving service | support pauses without changing the status (an optional {@link HOLD_REASONS} code) |
 * | `closed` | the receiving service | the episode ends (a {@link CLOSE_REASONS} code is required) |
 * | `reopened` | the receiving service | a new episode starts after a close |
 * | `entered-in-error` | anyone | the referral was recorded by mistake (a {@link ERROR_REASONS} code is required): nothing may follow it, and every summary leaves it out |
 *
 * Every event may carry a free-text `note` (up to {@link MAX_NOTE_LENGTH} characters), which
 * is never echoed in an error message.
 *
 * @see https://hl7.org/fhir/us/sdoh-clinicalcare/ (Gravity SDOH Clinical Care: referral Task statuses rejected, cancelled, on-hold, entered-in-error)
 * @category Vocabularies
 * @example
 * ```ts
 * import { REFERRAL_EVENT_TYPES } from 'social-prescribing/referrals';
 *
 * REFERRAL_EVENT_TYPES;
 * //=> ['accepted', 'declined', 'unable-to-contact', 'on-hold', 'closed', 'reopened', 'waiting', 'rejected', 'cancelled', 'entered-in-error']
 * ```
 */
export const REFERRAL_EVENT_TYPES = /* @__PURE__ */ Object.freeze([
  'accepted',
  'declined',
  'unable-to-contact',
  'on-hold',
  'closed',
  'reopened',
  'waiting',
  'rejected',
  'cancelled',
  'entered-in-error',
] as const);

/**
 * One of {@link REFERRAL_EVENT_TYPES}.
 *
 * @category Vocabularies
 */
export type ReferralEventType = (typeof REFERRAL_EVENT_TYPES)[number];

/**
 * Why a referral was closed: the `reason` every `closed` event must carry.
 *
 * | reason | meaning |
 * | --- | --- |
 * | `goals-met` | the person met the goals of their plan |
 * | `disengaged` | the person stopped taking part |
 * | `moved-away` | the person moved out of the service's area |
 * | `referred-elsewhere` | another service took over the person's support |
 * | `deceased` | the person died |
 * | `declined-further-support` | the person chose to end support |
 * | `other` | any other reason (say more in the event's `note`) |
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { CLOSE_REASONS } from 'social-prescribing/referrals';
 *
 * CLOSE_REASONS[0];
 * //=> 'goals-met'
 * CLOSE_REASONS.length;
 * //=> 7
 * ```
 */
export const CLOSE_REASONS = /* @__PURE__ */ Object.freeze([
  'goals-met',
  'disengaged',
  'moved-away',
  'referred-elsewhere',
  'deceased',
  'declined-further-support',
  'other',
] as const);

/**
 * One of {@link CLOSE_REASONS}.
 *
 * @category Vocabularies
 */
export type CloseReason = (typeof CLOSE_REASONS)[number];

/**
 * Why the person declined a referral: the optional `reason` of a `declined` event (a person
 * owes no reason, so a decline without one stays valid and is counted as reason unknown).
 *
 * | reason | meaning |
 * | --- | --- |
 * | `not-wanted` | the person does not want this kind of support |
 * | `not-now` | the person may want support, but not at this time |
 * | `support-in-place` | the person already has support for these needs |
 * | `cannot-attend` | the time, place or travel does not work for the person |
 * | `other` | any other reason (say more in the event's `note`) |
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { DECLINE_REASONS } from 'social-prescribing/referrals';
 *
 * DECLINE_REASONS;
 * //=> ['not-wanted', 'not-now', 'support-in-place', 'cannot-attend', 'other']
 * ```
 */
export const DECLINE_REASONS = /* @__PURE__ */ Object.freeze(['not-wanted', 'not-now', 'support-in-place', 'cannot-attend', 'other'] as const);

/**
 * One of {@link DECLINE_REASONS}.
 *
 * @category Vocabularies
 */
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/**
 * Why the receiving service turned a referral down: the `reason` every `rejected` event must carry.
 *
 * | reason | meaning |
 * | --- | --- |
 * | `not-eligible` | the person does not meet the service's criteria |
 * | `outside-area` | the person lives or is registered outside the area the service covers |
 * | `no-capacity` | the service has no place and keeps no waiting list |
 * | `not-suitable` | the service cannot meet the needs the referral describes |
 * | `duplicate` | the service already holds a referral for this person |
 * | `no-response` | the service did not reply by the deadline of a response policy (see {@link ResponsePolicy}) |
 * | `other` | any other reason (say more in the event's `note`) |
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { REJECT_REASONS } from 'social-prescribing/referrals';
 *
 * REJECT_REASONS.includes('no-response');
 * //=> true
 * ```
 */
export const REJECT_REASONS = /* @__PURE__ */ Object.freeze([
  'not-eligible',
  'outside-area',
  'no-capacity',
  'not-suitable',
  'duplicate',
  'no-response',
  'other',
] as const);

/**
 * One of {@link REJECT_REASONS}.
 *
 * @category Vocabularies
 */
export type RejectReason = (typeof REJECT_REASONS)[number];

/**
 * Why the referrer withdrew a referral: the `reason` every `cancelled` event must carry.
 *
 * | reason | meaning |
 * | --- | --- |
 * | `person-request` | the person asked the referrer to withdraw it |
 * | `needs-changed` | the person's needs or circumstances changed |
 * | `referred-elsewhere` | the referrer sent the person to another service instead |
 * | `deceased` | the person died |
 * | `other` | any other reason (say more in the event's `note`) |
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { CANCEL_REASONS } from 'social-prescribing/referrals';
 *
 * CANCEL_REASONS;
 * //=> ['person-request', 'needs-changed', 'referred-elsewhere', 'deceased', 'other']
 * ```
 */
export const CANCEL_REASONS = /* @__PURE__ */ Object.freeze(['person-request', 'needs-changed', 'referred-elsewhere', 'deceased', 'other'] as const);

/**
 * One of {@link CANCEL_REASONS}.
 *
 * @category Vocabularies
 */
export type CancelReason = (typeof CANCEL_REASONS)[number];

/**
 * Why support was paused: the optional `reason` of an `on-hold` event.
 *
 * | reason | meaning |
 * | --- | --- |
 * | `person-unwell` | the person is unwell |
 * | `in-hospital` | the person is in hospital |
 * | `person-away` | the person is away |
 * | `person-request` | the person asked for a pause |
 * | `awaiting-other-service` | support waits on another service (a benefits decision, a housing offer) |
 * | `worker-unavailable` | the link worker or service is unavailable |
 * | `other` | any other reason (say more in the event's `note`) |
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { HOLD_REASONS } from 'social-prescribing/referrals';
 *
 * HOLD_REASONS.length;
 * //=> 7
 * ```
 */
export const HOLD_REASONS = /* @__PURE__ */ Object.freeze([
  'person-unwell',
  'in-hospital',
  'person-away',
  'person-request',
  'awaiting-other-service',
  'worker-unavailable',
  'other',
] as const);

/**
 * One of {@link HOLD_REASONS}.
 *
 * @category Vocabularies
 */
export type HoldReason = (typeof HOLD_REASONS)[number];

/**
 * Why a referral was recorded by mistake: the `reason` every `entered-in-error` event must carry.
 *
 * | reason | meaning |
 * | --- | --- |
 * | `wrong-person` | recorded against the wrong person |
 * | `wrong-service` | sent to or recorded for the wrong service |
 * | `duplicate` | a second record of a referral already held |
 * | `test-record` | a test or training record |
 * | `other` | any other mistake (say more in the event's `note`) |
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { ERROR_REASONS } from 'social-prescribing/referrals';
 *
 * ERROR_REASONS;
 * //=> ['wrong-person', 'wrong-service', 'duplicate', 'test-record', 'other']
 * ```
 */
export const ERROR_REASONS = /* @__PURE__ */ Object.freeze(['wrong-person', 'wrong-service', 'duplicate', 'test-record', 'other'] as const);

/**
 * One of {@link ERROR_REASONS}.
 *
 * @category Vocabularies
 */
export type ErrorReason = (typeof ERROR_REASONS)[number];

/**
 * The longest free-text `note` an event may carry, in characters.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { MAX_NOTE_LENGTH } from 'social-prescribing/referrals';
 *
 * MAX_NOTE_LENGTH;
 * //=> 1000
 * ```
 */
export const MAX_NOTE_LENGTH = 1000;

/**
 * Whether the person attended the service an onward referral or signpost sent them to.
 * A connection without `attended` counts as `unknown`.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { ONWARD_ATTENDANCE } from 'social-prescribing/referrals';
 *
 * ONWARD_ATTENDANCE;
 * //=> ['attended', 'did-not-attend', 'unknown']
 * ```
 */
export const ONWARD_ATTENDANCE = /* @__PURE__ */ Object.freeze(['attended', 'did-not-attend', 'unknown'] as const);

/**
 * One of {@link ONWARD_ATTENDANCE}.
 *
 * @category Vocabularies
 */
export type OnwardAttendance = (typeof ONWARD_ATTENDANCE)[number];

/**
 * How a contact with the person took place. Contacts count phone calls,
 * meetings and home visits alike.
 *
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019) ("between 6 – 12 contacts"); NHS England: contacts include phone calls, meetings and home visits
 * @category Vocabularies
 * @example
 * ```ts
 * import { CONTACT_MODES } from 'social-prescribing/referrals';
 *
 * CONTACT_MODES;
 * //=> ['face-to-face', 'telephone', 'video', 'home-visit', 'group', 'text', 'email']
 * ```
 */
export const CONTACT_MODES = /* @__PURE__ */ Object.freeze(['face-to-face', 'telephone', 'video', 'home-visit', 'group', 'text', 'email'] as const);

/**
 * One of {@link CONTACT_MODES}.
 *
 * @category Vocabularies
 */
export type ContactMode = (typeof CONTACT_MODES)[number];

/**
 * Where a personal goal stands: `set` (agreed), `in-progress`, then one of the
 * outcomes `met`, `partly-met` or `not-met`. Only `met` counts as a goal met
 * (Dundee reported 65% of goals met).
 *
 * @see What is a Community Link Worker? Paper 2 (last updated August 2018) (Dundee evaluation: 65% of goals met)
 * @category Vocabularies
 * @example
 * ```ts
 * import { GOAL_STATUSES } from 'social-prescribing/referrals';
 *
 * GOAL_STATUSES;
 * //=> ['set', 'in-progress', 'met', 'partly-met', 'not-met']
 * ```
 */
export const GOAL_STATUSES = /* @__PURE__ */ Object.freeze(['set', 'in-progress', 'met', 'partly-met', 'not-met'] as const);

/**
 * One of {@link GOAL_STATUSES}.
 *
 * @category Vocabularies
 */
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/**
 * Whether an onward connection was a referral (the link worker handed the person
 * over) or a signpost (the person was told about the service).
 *
 * @see Social prescribing models in the UK (untitled table, undated) (Tower Hamlets: "onward referrals and signposts (2,034)")
 * @category Vocabularies
 * @example
 * ```ts
 * import { ONWARD_KINDS } from 'social-prescribing/referrals';
 *
 * ONWARD_KINDS;
 * //=> ['referral', 'signpost']
 * ```
 */
export const ONWARD_KINDS = /* @__PURE__ */ Object.freeze(['referral', 'signpost'] as const);

/**
 * One of {@link ONWARD_KINDS}.
 *
 * @category Vocabularies
 */
export type OnwardKind = (typeof ONWARD_KINDS)[number];

/**
 * When an outcome measure was taken: at the start of support, at a review, or at exit.
 *
 * @see Social prescribing models in the UK (untitled table, undated) (Luton: review at 12 weeks)
 * @category Vocabularies
 * @example
 * ```ts
 * import { MEASURE_TIMEPOINTS } from 'social-prescribing/referrals';
 *
 * MEASURE_TIMEPOINTS;
 * //=> ['baseline', 'review', 'exit']
 * ```
 */
export const MEASURE_TIMEPOINTS = /* @__PURE__ */ Object.freeze(['baseline', 'review', 'exit'] as const);

/**
 * One of {@link MEASURE_TIMEPOINTS}.
 *
 * @category Vocabularies
 */
export type MeasureTimepoint = (typeof MEASURE_TIMEPOINTS)[number];

/**
 * Ids of the wellbeing instruments the library knows: SWEMWBS, ONS4 personal
 * wellbeing, the UCLA 3-item loneliness scale and MYCaW. A measure may name any
 * other instrument by its own kebab-case id (for example a licensed one with a
 * precomputed `score`).
 *
 * @see the Sources guide, "Outcomes"
 * @category Vocabularies
 * @example
 * ```ts
 * import { MEASURE_INSTRUMENTS } from 'social-prescribing/referrals';
 *
 * MEASURE_INSTRUMENTS;
 * //=> ['swemwbs', 'ons4', 'ucla3', 'mycaw']
 * ```
 */
export const MEASURE_INSTRUMENTS = /* @__PURE__ */ Object.freeze(['swemwbs', 'ons4', 'ucla3', 'mycaw'] as const);

/**
 * An instrument id: one of {@link MEASURE_INSTRUMENTS}, or any other kebab-case id.
 *
 * @category Vocabularies
 */
export type MeasureInstrument = (typeof MEASURE_INSTRUMENTS)[number] | (string & {});

/**
 * Recorded sex, using the FHIR `AdministrativeGender` codes.
 *
 * @see https://hl7.org/fhir/R4/valueset-administrative-gender.html
 * @category Vocabularies
 * @example
 * ```ts
 * import { PERSON_SEXES } from 'social-prescribing/referrals';
 *
 * PERSON_SEXES;
 * //=> ['female', 'male', 'other', 'unknown']
 * ```
 */
export const PERSON_SEXES = /* @__PURE__ */ Object.freeze(['female', 'male', 'other', 'unknown'] as const);

/**
 * One of {@link PERSON_SEXES}.
 *
 * @category Vocabularies
 */
export type PersonSex = (typeof PERSON_SEXES)[number];

/**
 * The status of a referral on a given day, from {@link referralStatus}.
 *
 * Ordered by how far the referral has progressed: `referred` (nothing yet),
 * `unable-to-contact`, `waiting` (accepted, waiting for a place), `accepted`, `engaged`
 * (at least one attended contact), then the ends `declined` (by the person), `rejected`
 * (by the service), `cancelled` (by the referrer), `closed`, and last `entered-in-error`
 * (recorded by mistake). Within an episode the status only moves forward along this
 * order; only a `reopened` event moves it back.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { REFERRAL_STATUSES } from 'social-prescribing/referrals';
 *
 * REFERRAL_STATUSES;
 * //=> ['referred', 'unable-to-contact', 'waiting', 'accepted', 'engaged', 'declined', 'rejected', 'cancelled', 'closed', 'entered-in-error']
 * ```
 */
export const REFERRAL_STATUSES = /* @__PURE__ */ Object.freeze([
  'referred',
  'unable-to-contact',
  'waiting',
  'accepted',
  'engaged',
  'declined',
  'rejected',
  'cancelled',
  'closed',
  'entered-in-error',
] as const);

/**
 * One of {@link REFERRAL_STATUSES}.
 *
 * @category Vocabularies
 */
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/**
 * The coded reasons of each event type that has a list, by event type (frozen): a `closed`,
 * `rejected`, `cancelled` or `entered-in-error` event must carry one of its list; a
 * `declined` or `on-hold` event may. For select lists and for readers of other formats.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { EVENT_REASONS } from 'social-prescribing/referrals';
 *
 * Object.keys(EVENT_REASONS);
 * //=> ['closed', 'declined', 'rejected', 'cancelled', 'on-hold', 'entered-in-error']
 * EVENT_REASONS.rejected.includes('no-response');
 * //=> true
 * ```
 */
export const EVENT_REASONS = /* @__PURE__ */ Object.freeze({
  closed: CLOSE_REASONS,
  declined: DECLINE_REASONS,
  rejected: REJECT_REASONS,
  cancelled: CANCEL_REASONS,
  'on-hold': HOLD_REASONS,
  'entered-in-error': ERROR_REASONS,
} as const);
