/**
 * The fixed vocabularies of the directory module, each a `readonly` tuple so it
 * can feed a zod enum, a select list or an exhaustive `switch`.
 *
 * @module
 */
import { deepFreeze } from '../core/index.js';


/**
 * The policies and procedures a provider confirms it holds, each with the date it
 * was last reviewed: the six rows of Sefton's form, as kebab-case ids.
 *
 * `equality-and-diversity`, `health-and-safety`, `safeguarding`, `complaints`,
 * `information-governance` and `bullying-and-harassment` ("Process for dealing
 * with bullying and harassment").
 *
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019), section 9 "Policies and procedures"
 * @category Assurance
 * @example
 * ```ts
 * import { ASSURANCE_POLICY_ITEMS } from 'social-prescribing/directory';
 *
 * ASSURANCE_POLICY_ITEMS.length;
 * //=> 6
 * ASSURANCE_POLICY_ITEMS.includes('safeguarding');
 * //=> true
 * ```
 */
export const ASSURANCE_POLICY_ITEMS = /* @__PURE__ */ deepFreeze([
  'equality-and-diversity',
  'health-and-safety',
  'safeguarding',
  'complaints',
  'information-governance',
  'bullying-and-harassment',
] as const);

/**
 * One of {@link ASSURANCE_POLICY_ITEMS}.
 *
 * @category Assurance
 */
export type AssurancePolicyItem = (typeof ASSURANCE_POLICY_ITEMS)[number];

/**
 * The insurances a provider confirms it has in place, each with the date it was
 * last reviewed: the three rows of Sefton's form.
 *
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019), section 10 "Insurances"
 * @category Assurance
 * @example
 * ```ts
 * import { ASSURANCE_INSURANCE_ITEMS } from 'social-prescribing/directory';
 *
 * ASSURANCE_INSURANCE_ITEMS;
 * //=> ['public-liability', 'employers-liability', 'professional-indemnity']
 * ```
 */
export const ASSURANCE_INSURANCE_ITEMS = /* @__PURE__ */ deepFreeze(['public-liability', 'employers-liability', 'professional-indemnity'] as const);

/**
 * One of {@link ASSURANCE_INSURANCE_ITEMS}.
 *
 * @category Assurance
 */
export type AssuranceInsuranceItem = (typeof ASSURANCE_INSURANCE_ITEMS)[number];

/**
 * Any assurance item: a policy or an insurance.
 *
 * @category Assurance
 */
export type AssuranceItem = AssurancePolicyItem | AssuranceInsuranceItem;

/**
 * The wording of each assurance item on Sefton's form, for tables and letters.
 *
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019), sections 9 and 10
 * @category Assurance
 * @example
 * ```ts
 * import { ASSURANCE_ITEM_LABELS } from 'social-prescribing/directory';
 *
 * ASSURANCE_ITEM_LABELS['employers-liability'];
 * //=> "Employer's liability insurance"
 * ```
 */
export const ASSURANCE_ITEM_LABELS: Readonly<Record<AssuranceItem, string>> = /* @__PURE__ */ deepFreeze({
  'equality-and-diversity': 'Equality and diversity policy',
  'health-and-safety': 'Health and Safety policy',
  safeguarding: 'Safeguarding policy',
  complaints: 'Complaints policy',
  'information-governance': 'Information governance policy',
  'bullying-and-harassment': 'Process for dealing with bullying and harassment',
  'public-liability': 'Public liability insurance',
  'employers-liability': "Employer's liability insurance",
  'professional-indemnity': 'Professional indemnity insurance',
});

/**
 * The status of a service, as Open Referral HSDS 3.0 spells it (`status`).
 *
 * Only `active` services are matched or counted as provision; the others are
 * reported as excluded.
 *
 * @see Open Referral HSDS 3.0, `service.status`
 * @category Services
 * @example
 * ```ts
 * import { SERVICE_STATUSES } from 'social-prescribing/directory';
 *
 * SERVICE_STATUSES;
 * //=> ['active', 'inactive', 'defunct', 'temporarily closed']
 * ```
 */
export const SERVICE_STATUSES = /* @__PURE__ */ deepFreeze(['active', 'inactive', 'defunct', 'temporarily closed'] as const);

/**
 * One of {@link SERVICE_STATUSES}.
 *
 * @category Services
 */
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/**
 * How a person reaches a service: by contacting it themselves, only through a
 * referral (for example from a link worker), or either way.
 *
 * The seeds distinguish services reached by "Self-referral, professional referral"
 * (the dementia navigator), by referral only, and by "introduction, no referral".
 *
 * @see NWS Community of Practice – Role Mapping (North West Surrey Community of Practice, draft, 1 December 2022) ("How is the service accessed?")
 * @category Services
 * @example
 * ```ts
 * import { CONTACT_ROUTES } from 'social-prescribing/directory';
 *
 * CONTACT_ROUTES;
 * //=> ['self-referral', 'referral', 'either']
 * ```
 */
export const CONTACT_ROUTES = /* @__PURE__ */ deepFreeze(['self-referral', 'referral', 'either'] as const);

/**
 * One of {@link CONTACT_ROUTES}.
 *
 * @category Services
 */
export type ContactRoute = (typeof CONTACT_ROUTES)[number];

/**
 * The periods a service's capacity, or a demand count, can be stated per.
 *
 * @category Services
 * @example
 * ```ts
 * import { CAPACITY_PERIODS } from 'social-prescribing/directory';
 *
 * CAPACITY_PERIODS;
 * //=> ['week', 'month', 'year']
 * ```
 */
export const CAPACITY_PERIODS = /* @__PURE__ */ deepFreeze(['week', 'month', 'year'] as const);

/**
 * One of {@link CAPACITY_PERIODS}.
 *
 * @category Services
 */
export type CapacityPeriod = (typeof CAPACITY_PERIODS)[number];
