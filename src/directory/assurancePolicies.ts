import * as z from 'zod';
import { ASSURANCE_INSURANCE_ITEMS, ASSURANCE_POLICY_ITEMS } from './constants.js';
import { deepFreeze } from '../core/index.js';

/**
 * Zod schema of an {@link AssurancePolicy}: which policies and insurances a
 * provider must hold, and how recently each must have been reviewed.
 *
 * Policies are data, so a commissioner can store its own and load it at run time.
 *
 * @category Assurance
 * @example
 * ```ts
 * import { AssurancePolicySchema } from 'social-prescribing/directory';
 *
 * AssurancePolicySchema.safeParse({
 *   id: 'safeguarding-only',
 *   name: 'Safeguarding policy reviewed within two years',
 *   policies: ['safeguarding'],
 *   insurances: [],
 *   reviewWithinMonths: 24,
 * }).success;
 * //=> true
 * ```
 */
export const AssurancePolicySchema = /* @__PURE__ */ z.object({
  /** Your identifier for the policy. */
  id: z.string().min(1),
  /** Display name. */
  name: z.string().min(1),
  /** The policies and procedures a provider must hold. */
  policies: z
    .array(z.enum(ASSURANCE_POLICY_ITEMS))
    .refine((items) => new Set(items).size === items.length, { message: 'must not repeat an item' }),
  /** The insurances a provider must hold. */
  insurances: z
    .array(z.enum(ASSURANCE_INSURANCE_ITEMS))
    .refine((items) => new Set(items).size === items.length, { message: 'must not repeat an item' }),
  /**
   * Each held item must have been reviewed within this many calendar months of the
   * assessment date; `null` when only holding it matters.
   */
  reviewWithinMonths: z.int().min(1).max(1200).nullable(),
  /** Where the policy comes from. */
  source: z.string().optional(),
});

/**
 * Which policies and insurances a provider must hold, and how recently each must
 * have been reviewed.
 *
 * @category Assurance
 */
export type AssurancePolicy = z.infer<typeof AssurancePolicySchema>;

/**
 * Preset assurance policies, as data you can copy and change.
 *
 * - `sefton`: every policy and insurance on Sefton's expression of interest form
 *   (equality and diversity, health and safety, safeguarding, complaints,
 *   information governance, bullying and harassment; public liability, employer's
 *   liability, professional indemnity) held, each reviewed within 12 months.
 *   Sefton's form asks for the "Date last reviewed" of each item but sets no
 *   interval: the 12 months is this library's default, an annual review being the
 *   usual practice, not a figure from the seed. Change it with
 *   `{ ...assurancePolicies.sefton, reviewWithinMonths: 24 }`.
 *
 * This is the default policy of {@link assessProvider}, {@link matchServices} and
 * {@link provisionGaps}.
 *
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019): "a quality assurance aspect to the Link Workers role
 * to ensure that any referrals made are to services that have appropriate policies and procedures in place";
 * sections 9 "Policies and procedures" and 10 "Insurances"
 * @category Assurance
 * @example
 * ```ts
 * import { assurancePolicies } from 'social-prescribing/directory';
 *
 * assurancePolicies.sefton.policies.length + assurancePolicies.sefton.insurances.length;
 * //=> 9
 * assurancePolicies.sefton.reviewWithinMonths;
 * //=> 12
 * ```
 */
export const assurancePolicies: { readonly sefton: AssurancePolicy } = /* @__PURE__ */ deepFreeze({
  sefton: {
    id: 'sefton-expression-of-interest',
    name: 'Sefton social prescribing expression of interest: policies and procedures, insurances',
    policies: [...ASSURANCE_POLICY_ITEMS],
    insurances: [...ASSURANCE_INSURANCE_ITEMS],
    reviewWithinMonths: 12,
    source: 'Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019), sections 9 and 10; 12-month review interval is a library default',
  },
});
