import { SocialPrescribingError } from '../core/index.js';
import { checkItems } from './instruments.js';

/**
 * Options of {@link scoreUcla3}.
 *
 * @category Instruments
 */
export interface Ucla3Options {
  /**
   * Total (3–9) at or above which a person counts as lonely. Required: published
   * cut-offs range from 4 to 6, so the choice must be yours and stated in your report.
   */
  readonly lonelyAtOrAbove: number;
}

/**
 * A scored UCLA 3-item loneliness scale.
 *
 * @category Instruments
 */
export interface Ucla3Score {
  /** Sum of the three items, 3–9; higher is lonelier. */
  readonly total: number;
  /** Whether `total >= lonelyAtOrAbove`. */
  readonly lonely: boolean;
}

/**
 * Scores the three-item UCLA loneliness scale: "lack companionship", "feel
 * left out", "feel isolated", each hardly ever (1), some of the time (2) or
 * often (3); the total runs 3–9 and higher is lonelier. The scale is free to use.
 *
 * There is no default cut-off: studies use 4, 5 or 6, so `lonelyAtOrAbove` is required.
 *
 * @param items - The three item scores, each a whole number from 1 to 3.
 * @param options - `lonelyAtOrAbove`, a whole number from 3 to 9.
 * @returns The total and whether it reaches the cut-off.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-items` when there are not exactly 3 items or an item is
 * not 1, 2 or 3; `outcomes/invalid-options` when `lonelyAtOrAbove` is missing or not a whole number from 3 to 9.
 * @see the Sources guide, "Outcomes" (UCLA 3-item: cut-offs vary from 4 to 6, so there is no default)
 * @see Hughes ME et al. (2004), "A short scale for measuring loneliness in large surveys", Res Aging 26:655–672
 * @category Instruments
 * @example
 * ```ts
 * import { scoreUcla3 } from 'social-prescribing/outcomes';
 *
 * scoreUcla3([2, 2, 1], { lonelyAtOrAbove: 6 });
 * //=> { total: 5, lonely: false }
 * scoreUcla3([2, 2, 1], { lonelyAtOrAbove: 5 });
 * //=> { total: 5, lonely: true }
 * scoreUcla3([2, 2, 4], { lonelyAtOrAbove: 6 });
 * //=> throws 'outcomes/invalid-items'
 * ```
 */
export function scoreUcla3(items: readonly number[], options: Ucla3Options): Ucla3Score {
  const input: unknown = options;
  const cutOff = typeof input === 'object' && input !== null ? (input as { lonelyAtOrAbove?: unknown }).lonelyAtOrAbove : undefined;
  if (typeof cutOff !== 'number' || !Number.isInteger(cutOff) || cutOff < 3 || cutOff > 9) {
    throw new SocialPrescribingError('outcomes/invalid-options', [
      { path: ['lonelyAtOrAbove'], message: 'is required: a whole number from 3 to 9 (published cut-offs range from 4 to 6)' },
    ]);
  }
  const checked = checkItems(items, 3, 1, 3);
  const total = (checked[0] as number) + (checked[1] as number) + (checked[2] as number);
  return { total, lonely: total >= cutOff };
}
