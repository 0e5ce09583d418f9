import { deepFreeze } from '../core/index.js';

/**
 * A verified SNOMED CT UK code with the rule for when a GP system records it.
 *
 * @category Coding
 */
export interface SnomedCode {
  /** The SNOMED CT concept id. */
  readonly code: string;
  /** The fully specified name. */
  readonly term: string;
  /** When to record it. */
  readonly rule: string;
}

/**
 * The verified SNOMED CT UK codes for social prescribing, each with its recording rule.
 *
 * - `referral` (871731000000106, *Referral to social prescribing service
 *   (procedure)*): recorded when a person accepts a referral to the link
 *   worker, at the first interaction of an episode only, never for ongoing contacts.
 * - `declined` (871711000000103, *Social prescribing declined (situation)*):
 *   recorded when a person declines the referral.
 *
 * Other codes seen in the wild are unverified and not shipped.
 * {@link codeEvents} applies these rules to a referral.
 *
 * @see NHS England's coding guidance for social prescribing link workers, as quoted by Transformation Partners in Health and Care, Social Prescribing Link Workers' FAQs (https://www.transformationpartnersinhealthandcare.nhs.uk/our-work/personalised_care/arrs-roles/social-prescribing/faqs/)
 * @category Coding
 * @example
 * ```ts
 * import { snomed } from 'social-prescribing/referrals';
 *
 * snomed.referral.code;
 * //=> '871731000000106'
 * snomed.declined.term;
 * //=> 'Social prescribing declined (situation)'
 * ```
 */
export const snomed = /* @__PURE__ */ deepFreeze({
  referral: {
    code: '871731000000106',
    term: 'Referral to social prescribing service (procedure)',
    rule: 'Record when the person accepts a referral to the link worker: at the first interaction of an episode only, never for ongoing contacts.',
  },
  declined: {
    code: '871711000000103',
    term: 'Social prescribing declined (situation)',
    rule: 'Record when the person declines the referral.',
  },
} as const satisfies Record<string, SnomedCode>);
