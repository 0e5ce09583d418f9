import * as z from 'zod';
import { deepFreeze } from '../core/index.js';

const proportion = /* @__PURE__ */ (() => {
  const message = 'must be a proportion from 0 to 1 (write 1.6% as 0.016)';
  return z.number().min(0, { message }).max(1, { message });
})();

/**
 * Zod schema of a named referral rate: an `id` (used in column names, so letters, digits and
 * hyphens), a `label` for tables and charts, the `rate` as a proportion of list size a year (a
 * number or a `{ min, max }` range) and, optionally, its `source`.
 *
 * @category Rates
 * @example
 * ```ts
 * import { ReferralRateSchema } from 'social-prescribing/caseload';
 *
 * ReferralRateSchema.safeParse({ id: 'local-2024', label: 'our 2024 rate', rate: 0.018 }).success;
 * //=> true
 * ReferralRateSchema.safeParse({ id: 'local 2024', label: 'our 2024 rate', rate: 1.8 }).error?.issues.map((i) => i.path.join('.'));
 * //=> ['id', 'rate']
 * ```
 */
export const ReferralRateSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'must be 1 to 40 lower-case letters, digits and hyphens, starting with a letter or digit' }),
    label: z.string().min(1, { message: 'must not be empty' }).max(80, { message: 'must be at most 80 characters' }),
    rate: z.union([
      proportion,
      z
        .strictObject({ min: proportion, max: proportion })
        .refine((range) => range.min <= range.max, { message: 'min must not be greater than max', path: ['min'] }),
    ]),
    source: z.string().min(1, { message: 'must not be empty' }).optional(),
  }))();

/**
 * A named referral rate (see {@link ReferralRateSchema}), such as the presets in {@link REFERRAL_RATES}.
 *
 * @category Rates
 */
export type ReferralRate = z.input<typeof ReferralRateSchema>;

/**
 * Named referral rates to plan with, side by side: the rate PCNs plan with and the rate seen nationally.
 * Deeply frozen.
 *
 * - `des`: 1.2–1.6% of the registered list a year, the rate PCNs plan with ("decided by % of patient
 *   list size identified in DES contract"; no national document found states it). The default of
 *   {@link expectedReferrals}, {@link planCaseload} and {@link planCaseloadByGroup}.
 * - `observedEngland2023`: about 2% of the registered list a year, what was observed nationally in
 *   2023, the most recent year with a national figure: an estimated 1.3 million patients were
 *   referred to social prescribing in England in 2023 (a national study of GP records in the
 *   Clinical Practice Research Datalink). The registered list it is set against is NHS Digital's
 *   national total, of which the latest the library cites is 61,032,314 (1 August 2021; 60,570,367
 *   on 1 December 2020): 1.3 million ÷ 61.0 million is 2.1%, given to one significant figure, as
 *   the 1.3 million is, as 2%. No 2023 national total is in the library's sources: pass your own
 *   rate where you have the registered total for the year.
 *
 * The DES rate is what a PCN's contract plans for; the observed rate is demand as recorded in GP
 * systems, which counts referrals of any kind coded in the record. The caseload guide explains the
 * difference.
 *
 * @see NWS Community of Practice – Role Mapping, North West Surrey Community of Practice, draft, 1 December 2022 (not published):
 * "Decided by % of patient list size identified in DES contract. 1.2 – 1.6% of patients for each PCN"
 * @see Bu F, Burton A, Launders N, et al. "National roll-out of social prescribing in England's primary care system:
 * a longitudinal observational study using Clinical Practice Research Datalink data". The Lancet Public Health, 2025,
 * https://doi.org/10.1016/S2468-2667(25)00217-8 (preprint: medRxiv, https://doi.org/10.1101/2025.04.04.25325237):
 * "In 2023 alone, an estimated 1·3 million patients were referred to social prescribing"
 * @see NHS Digital, "Patients Registered at a GP Practice", August 2021 (61,032,314 registered on 1 August 2021),
 * https://digital.nhs.uk/data-and-information/publications/statistical/patients-registered-at-a-gp-practice/august-2021
 * @category Rates
 * @example
 * ```ts
 * import { expectedReferrals, REFERRAL_RATES } from 'social-prescribing/caseload';
 *
 * [REFERRAL_RATES.des.rate, REFERRAL_RATES.observedEngland2023.rate];
 * //=> [{ min: 0.012, max: 0.016 }, { min: 0.02, max: 0.02 }]
 * expectedReferrals({ listSize: 40_000, rate: REFERRAL_RATES.observedEngland2023.rate });
 * //=> { min: 800, max: 800 }
 * Object.isFrozen(REFERRAL_RATES.des.rate);
 * //=> true
 * ```
 */
export const REFERRAL_RATES = /* @__PURE__ */ deepFreeze({
  des: {
    id: 'des',
    label: 'DES 1.2–1.6%',
    rate: { min: 0.012, max: 0.016 },
    source:
      'NWS Community of Practice – Role Mapping, North West Surrey Community of Practice, draft, 1 December 2022: "Decided by % of patient list size identified in DES contract. 1.2 – 1.6% of patients for each PCN"; no national document found states it',
  },
  observedEngland2023: {
    id: 'observed-england-2023',
    label: 'observed 2023, 2%',
    rate: { min: 0.02, max: 0.02 },
    source:
      'Bu F, Burton A, Launders N, et al., The Lancet Public Health (2025), https://doi.org/10.1016/S2468-2667(25)00217-8: an estimated 1.3 million patients referred in England in 2023; over NHS Digital’s registered total of 61,032,314 (1 August 2021), 2.1%, to one significant figure 2%',
  },
} as const);
