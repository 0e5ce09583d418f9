import { checkItems, SWEMWBS_METRIC_TABLE } from './instruments.js';

/**
 * A scored SWEMWBS questionnaire.
 *
 * @category Instruments
 */
export interface SwemwbsScore {
  /** Sum of the seven items, 7–35. */
  readonly raw: number;
  /** Metric score from the published conversion table, 7.00–35.00. */
  readonly metric: number;
}

/**
 * Scores the Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS): seven
 * items, each 1 ("none of the time") to 5 ("all of the time"), summed to a raw
 * score of 7–35 and converted to a metric score with the published table (a
 * lookup, never a formula). Higher is better.
 *
 * Population means are 23.7 for men and 23.2 for women. SWEMWBS is free to use
 * but licensed: register your use with Warwick Medical School before you collect it.
 *
 * @param items - The seven item scores, in questionnaire order.
 * @returns The raw and the metric score.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-items` when there are not exactly 7 items or an item is
 * not a whole number from 1 to 5 (each bad item is reported by index).
 * @see the Sources guide, "Outcomes" (conversion table, population norms, licence)
 * @see Stewart-Brown S et al. (2009), Health Qual Life Outcomes 7:15; Warwick Medical School WEMWBS user guide
 * @category Instruments
 * @example
 * ```ts
 * import { scoreSwemwbs } from 'social-prescribing/outcomes';
 *
 * scoreSwemwbs([3, 3, 3, 3, 3, 3, 3]);
 * //=> { raw: 21, metric: 19.25 }
 * scoreSwemwbs([5, 5, 5, 5, 5, 5, 5]);
 * //=> { raw: 35, metric: 35 }
 * scoreSwemwbs([3, 3, 3]);
 * //=> throws 'outcomes/invalid-items'
 * scoreSwemwbs([3, 3, 3, 3, 3, 3, 6]);
 * //=> throws 'outcomes/invalid-items'
 * ```
 */
export function scoreSwemwbs(items: readonly number[]): SwemwbsScore {
  const checked = checkItems(items, 7, 1, 5);
  let raw = 0;
  for (const item of checked) raw += item;
  return { raw, metric: SWEMWBS_METRIC_TABLE[raw - 7] as number };
}
