/**
 * Condition ids, referral source ids and limits of the eligibility module, each with its source.
 *
 * @module
 */
import { deepFreeze } from '../core/index.js';


/**
 * Condition ids the presets use, kebab-case. A person's `conditions` and a scheme's
 * `hasCondition` may hold other ids too (services have their own): ids are compared
 * exactly as written and stored verbatim, with no warning for ids not listed here.
 *
 * | id | meaning |
 * | --- | --- |
 * | `copd` | chronic obstructive pulmonary disease |
 * | `asthma` | asthma |
 * | `diabetes-type-1` / `diabetes-type-2` | diabetes |
 * | `heart-disease` | heart disease |
 * | `epilepsy` | epilepsy |
 * | `osteoporosis` | thinning of the bones |
 * | `depression` / `anxiety` | common mental health problems |
 * | `dementia` | dementia |
 * | `mild-cognitive-impairment` | mild cognitive impairment |
 * | `frailty` | frailty |
 * | `long-term-condition` | any other chronic illness, when the record does not name it |
 * | `mental-health-problem` | any other mental health problem, when the record does not name it |
 * | `substance-use` | problems with drugs or alcohol |
 *
 * @see Social prescribing models in the UK (untitled table, undated): Ways to Wellness's conditions; Blackburn with
 * Darwen's programmes "aimed at people with drug and alcohol" and "for people with mental health problems"
 * @see NWS Community of Practice – Role Mapping (North West Surrey Community of Practice, draft, 1 December 2022):
 * frailty, dementia and chronic illness; dementia or mild cognitive impairment
 * @category Constants
 * @example
 * ```ts
 * import { CONDITION_IDS } from 'social-prescribing/eligibility';
 *
 * CONDITION_IDS.includes('copd');
 * //=> true
 * ```
 */
export const CONDITION_IDS = /* @__PURE__ */ deepFreeze([
  'copd',
  'asthma',
  'diabetes-type-1',
  'diabetes-type-2',
  'heart-disease',
  'epilepsy',
  'osteoporosis',
  'depression',
  'anxiety',
  'dementia',
  'mild-cognitive-impairment',
  'frailty',
  'long-term-condition',
  'mental-health-problem',
  'substance-use',
] as const);

/**
 * A condition id the presets know (see {@link CONDITION_IDS}). Person records and
 * schemes accept any string, so this type is for your own code's autocompletion.
 *
 * @category Constants
 */
export type ConditionId = (typeof CONDITION_IDS)[number];

/**
 * Referral source ids the presets use, kebab-case: who made the referral.
 *
 * | id | who |
 * | --- | --- |
 * | `gp-practice` | GP practice staff |
 * | `pcn-staff` | other Primary Care Network staff (clinical pharmacist, care coordinator ...) |
 * | `adult-social-care` | adult social care teams |
 * | `hospital` | hospital staff on a ward or in clinic |
 * | `hospital-discharge` | a hospital discharge team |
 * | `gpimhs` | GP integrated mental health service |
 * | `multidisciplinary-team` | a multidisciplinary team or GP-led integrated case management |
 * | `community-pharmacy` | a community pharmacy |
 * | `allied-health-professional` | physiotherapists, occupational therapists and other AHPs |
 * | `fire-service` / `police` / `jobcentre` / `housing` | those services |
 * | `local-authority` | other teams of the local council |
 * | `vcse` | voluntary, community and social enterprise organisations |
 * | `professional` | any other professional |
 * | `self` | the person themselves, or family on their behalf |
 * | `introduction` | an informal introduction rather than a referral |
 *
 * @see NWS Community of Practice – Role Mapping (North West Surrey Community of Practice, draft, 1 December 2022):
 * "Referral by GP practice staff or via Adult Social Care, Hospital Discharge and GPimhs"
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019):
 * "Referrals will come from PCN members within the first year expanding from 2020/21 to take referrals from a wide range of agencies"
 * @see Social prescribing models in the UK (untitled table, undated), Blackburn with Darwen: "GP, social care or other council teams refer"
 * @see Social prescribing – frequently asked questions (NHS England, https://www.england.nhs.uk/personalisedcare/social-prescribing/faqs/):
 * "easy referral from all local agencies" (the agencies from 2020/21)
 * @category Constants
 * @example
 * ```ts
 * import { REFERRAL_SOURCE_IDS } from 'social-prescribing/eligibility';
 *
 * REFERRAL_SOURCE_IDS.slice(0, 3);
 * //=> ['gp-practice', 'pcn-staff', 'adult-social-care']
 * ```
 */
export const REFERRAL_SOURCE_IDS = /* @__PURE__ */ deepFreeze([
  'gp-practice',
  'pcn-staff',
  'adult-social-care',
  'hospital',
  'hospital-discharge',
  'gpimhs',
  'multidisciplinary-team',
  'community-pharmacy',
  'allied-health-professional',
  'fire-service',
  'police',
  'jobcentre',
  'housing',
  'local-authority',
  'vcse',
  'professional',
  'self',
  'introduction',
] as const);

/**
 * A referral source id the presets know (see {@link REFERRAL_SOURCE_IDS}).
 *
 * @category Constants
 */
export type ReferralSourceId = (typeof REFERRAL_SOURCE_IDS)[number];

/**
 * Area types a `residentIn` criterion can test, each read from the person's `residence`:
 * `lsoa` (`residence.lsoa`), `ward`, `borough`, `postcode-district` (`residence.postcodeDistrict`).
 *
 * @category Constants
 * @example
 * ```ts
 * import { AREA_TYPES } from 'social-prescribing/eligibility';
 *
 * AREA_TYPES;
 * //=> ['lsoa', 'ward', 'borough', 'postcode-district']
 * ```
 */
export const AREA_TYPES = /* @__PURE__ */ deepFreeze(['lsoa', 'ward', 'borough', 'postcode-district'] as const);

/**
 * The deepest a criterion tree may nest (the root criterion is depth 1): 100.
 * Deeper schemes are rejected with `eligibility/too-deep` before any recursion, so
 * even a scheme nested thousands of levels deep fails cleanly rather than with a `RangeError`.
 *
 * @category Constants
 * @example
 * ```ts
 * import { MAX_CRITERION_DEPTH } from 'social-prescribing/eligibility';
 *
 * MAX_CRITERION_DEPTH;
 * //=> 100
 * ```
 */
export const MAX_CRITERION_DEPTH = 100;
