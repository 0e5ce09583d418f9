import type { ConditionId } from '../eligibility/index.js';
import { deepFreeze } from '../core/index.js';

/**
 * The age bands of {@link SYNTHETIC_PEOPLE_DISTRIBUTIONS}, in years, both ends inclusive.
 *
 * @category Synthetic
 * @example
 * ```ts
 * import { SYNTHETIC_AGE_BANDS } from 'social-prescribing/synthetic';
 *
 * SYNTHETIC_AGE_BANDS.at(-1);
 * //=> '85-100'
 * ```
 */
export const SYNTHETIC_AGE_BANDS = /* @__PURE__ */ deepFreeze(['0-15', '16-29', '30-44', '45-64', '65-74', '75-84', '85-100'] as const);

/**
 * One of {@link SYNTHETIC_AGE_BANDS}.
 *
 * @category Synthetic
 */
export type SyntheticAgeBand = (typeof SYNTHETIC_AGE_BANDS)[number];

type ByBand = readonly [number, number, number, number, number, number, number];

/**
 * The shape of the synthetic practice lists of {@link generatePeople}. Deeply frozen.
 *
 * These are illustrative fill-ins chosen so that screening demos give every kind of decision, not
 * measured figures: the library's sources give no age profile of a practice list and no prevalence
 * of conditions, so none of these numbers should be quoted. For a real list's ages, use NHS
 * Digital's "Patients Registered at a GP Practice" files by age band.
 *
 * - `ageBandWeights`: relative share of people in each of {@link SYNTHETIC_AGE_BANDS}.
 * - `conditionRates`: for condition ids of the eligibility presets, the chance that a person
 *   of each age band (in the order of {@link SYNTHETIC_AGE_BANDS}) has it, drawn independently.
 * - `flagRates`: chance of each named fact the presets test: in hospital; medically fit for
 *   discharge (asked only of people in hospital, and `false` for the rest); caring for someone
 *   with dementia.
 * - `unknownShare`: the default share of people for whom each of conditions, residence and flags
 *   is not recorded (absent, so screening says `needs-information` rather than guessing).
 *
 * @category Synthetic
 * @example
 * ```ts
 * import { SYNTHETIC_PEOPLE_DISTRIBUTIONS } from 'social-prescribing/synthetic';
 *
 * SYNTHETIC_PEOPLE_DISTRIBUTIONS.conditionRates.dementia;
 * //=> [0, 0, 0, 0.002, 0.01, 0.05, 0.15]
 * Object.isFrozen(SYNTHETIC_PEOPLE_DISTRIBUTIONS.ageBandWeights);
 * //=> true
 * ```
 */
export const SYNTHETIC_PEOPLE_DISTRIBUTIONS = /* @__PURE__ */ deepFreeze({
  ageBandWeights: [18, 18, 20, 25, 10, 6, 3],
  conditionRates: {
    copd: [0, 0, 0.002, 0.02, 0.05, 0.07, 0.07],
    asthma: [0.06, 0.07, 0.065, 0.065, 0.065, 0.065, 0.06],
    'diabetes-type-1': [0.002, 0.004, 0.004, 0.004, 0.004, 0.004, 0.004],
    'diabetes-type-2': [0, 0.002, 0.02, 0.08, 0.15, 0.17, 0.15],
    'heart-disease': [0, 0.001, 0.005, 0.03, 0.09, 0.15, 0.2],
    epilepsy: [0.005, 0.008, 0.008, 0.008, 0.008, 0.008, 0.008],
    osteoporosis: [0, 0, 0.002, 0.01, 0.04, 0.08, 0.12],
    depression: [0.01, 0.13, 0.13, 0.13, 0.12, 0.12, 0.12],
    anxiety: [0.02, 0.08, 0.08, 0.08, 0.06, 0.06, 0.06],
    dementia: [0, 0, 0, 0.002, 0.01, 0.05, 0.15],
    'mild-cognitive-impairment': [0, 0, 0, 0.005, 0.03, 0.06, 0.08],
    frailty: [0, 0, 0, 0.01, 0.05, 0.12, 0.3],
    'long-term-condition': [0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.1],
  } satisfies Partial<Record<ConditionId, ByBand>>,
  flagRates: { inHospital: 0.004, medicallyFitForDischarge: 0.5, caresForPersonWithDementia: 0.01 },
  unknownShare: 0.1,
});
