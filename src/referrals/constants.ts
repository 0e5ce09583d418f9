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
 * `accepted`, `declined` and `unable-to-contact` answer the referral; `on-hold`
 * pauses support without changing the status; `closed` ends the episode and
 * carries one of {@link CLOSE_REASONS}; `reopened` starts a new episode after a close.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { REFERRAL_EVENT_TYPES } from 'social-prescribing/referrals';
 *
 * REFERRAL_EVENT_TYPES;
 * //=> ['accepted', 'declined', 'unable-to-contact', 'on-hold', 'closed', 'reopened']
 * ```
 */
export const REFERRAL_EVENT_TYPES = /* @__PURE__ */ Object.freeze(['accepted', 'declined', 'unable-to-contact', 'on-hold', 'closed', 'reopened'] as const);

/**
 * One of {@link REFERRAL_EVENT_TYPES}.
 *
 * @category Vocabularies
 */
export type ReferralEventType = (typeof REFERRAL_EVENT_TYPES)[number];

/**
 * Why a referral was closed: the `reason` every `closed` event must carry.
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
 * `unable-to-contact`, `accepted`, `engaged` (at least one attended contact),
 * `declined`, `closed`. Within an episode the status only moves forward along
 * this order; only a `reopened` event moves it back.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { REFERRAL_STATUSES } from 'social-prescribing/referrals';
 *
 * REFERRAL_STATUSES;
 * //=> ['referred', 'unable-to-contact', 'accepted', 'engaged', 'declined', 'closed']
 * ```
 */
export const REFERRAL_STATUSES = /* @__PURE__ */ Object.freeze(['referred', 'unable-to-contact', 'accepted', 'engaged', 'declined', 'closed'] as const);

/**
 * One of {@link REFERRAL_STATUSES}.
 *
 * @category Vocabularies
 */
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
