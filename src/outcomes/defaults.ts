/**
 * Defaults of the outcomes module, each with its source.
 *
 * @module
 */
import type { Range } from '../core/index.js';
import type { WellbeingInstrumentOptions } from './types.js';
import { deepFreeze } from '../core/index.js';

/**
 * Smallest SWEMWBS metric-score gain that counts as a meaningful individual
 * improvement: 3 points. Published estimates of meaningful change run from
 * 1 to 3 points, and 2.77 × the standard error of measurement is 2.87, so a
 * gain of 3 is beyond measurement error; pass `instruments: { swemwbs: { meaningfulChange: 1 } }`
 * for the lenient end.
 *
 * @see the Sources guide, "Outcomes" (meaningful individual change: 1–3 points; 2.77 SEM = 2.87)
 * @see Shah N, Cader M, Andrews B, McCabe R, Stewart-Brown SL (2018), "Short Warwick-Edinburgh Mental Well-being Scale (SWEMWBS):
 * performance in a clinical sample in relation to PHQ-9 and GAD-7", Health Qual Life Outcomes 16:220
 * @category Defaults
 * @example
 * ```ts
 * import { DEFAULT_SWEMWBS_MEANINGFUL_CHANGE } from 'social-prescribing/outcomes';
 *
 * DEFAULT_SWEMWBS_MEANINGFUL_CHANGE;
 * //=> 3
 * ```
 */
export const DEFAULT_SWEMWBS_MEANINGFUL_CHANGE = 3;

/**
 * Attended contacts expected per engaged person: 6 to 12.
 *
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019) ("between 6 – 12 contacts with an individual")
 * @see NHS England social prescribing link worker guidance (6–12 contacts on average)
 */
export const EXPECTED_CONTACTS: Range = /* @__PURE__ */ Object.freeze({ min: 6, max: 12 });

/**
 * How each known wellbeing instrument is read by the outcome summaries:
 * the direction of "better" and the meaningful-change threshold.
 *
 * - `swemwbs`: metric score, higher is better, meaningful gain {@link DEFAULT_SWEMWBS_MEANINGFUL_CHANGE} (3).
 * - `ons4-life-satisfaction`, `ons4-worthwhile`, `ons4-happiness`: higher is better; `ons4-anxiety`: lower is
 *   better. An `ons4` measure's four items (in that order) are summarised as these four rows. No threshold.
 * - `ucla3`: total 3–9, lower is better (less lonely). No threshold: cut-offs vary in the literature.
 * - `mycaw`: profile score (mean of the items: one or two concerns, then wellbeing), lower is better — a
 *   direction not verified in a primary source (see the Sources guide). No threshold.
 *
 * Any other instrument (a licensed one recorded as a precomputed `score`) has an unknown direction until
 * you pass `instruments: { pam: { higherIsBetter: true } }`.
 *
 * @see the Sources guide, "Outcomes"
 * @category Defaults
 * @example
 * ```ts
 * import { DEFAULT_WELLBEING_INSTRUMENTS } from 'social-prescribing/outcomes';
 *
 * DEFAULT_WELLBEING_INSTRUMENTS.swemwbs;
 * //=> { higherIsBetter: true, meaningfulChange: 3 }
 * DEFAULT_WELLBEING_INSTRUMENTS.ucla3;
 * //=> { higherIsBetter: false, meaningfulChange: null }
 * ```
 */
export const DEFAULT_WELLBEING_INSTRUMENTS: Readonly<Record<string, WellbeingInstrumentOptions>> = /* @__PURE__ */ deepFreeze({
  swemwbs: { higherIsBetter: true, meaningfulChange: DEFAULT_SWEMWBS_MEANINGFUL_CHANGE },
  'ons4-life-satisfaction': { higherIsBetter: true, meaningfulChange: null },
  'ons4-worthwhile': { higherIsBetter: true, meaningfulChange: null },
  'ons4-happiness': { higherIsBetter: true, meaningfulChange: null },
  'ons4-anxiety': { higherIsBetter: false, meaningfulChange: null },
  ucla3: { higherIsBetter: false, meaningfulChange: null },
  mycaw: { higherIsBetter: false, meaningfulChange: null },
});

/**
 * Upper ends of the age bands of outcome summaries (the last is open):
 * 0–19, 20–59, 60–74, 75+. The 20–59 band is the one the Dundee evaluation reports
 * (76% of people referred).
 *
 * @see What is a Community Link Worker? Paper 2 (last updated August 2018), Dundee ("76% are aged between 20 and 59 years")
 */
export const AGE_BANDS = /* @__PURE__ */ Object.freeze(['0-19', '20-59', '60-74', '75+'] as const);
