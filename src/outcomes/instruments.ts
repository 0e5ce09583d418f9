/**
 * Tables and checks shared by the wellbeing instrument scorers and the
 * accumulator's fast path.
 *
 * @module
 */
import { SocialPrescribingError, type ValidationIssue } from '../core/index.js';

/**
 * SWEMWBS raw score (7–35) to metric score: the published conversion table,
 * index `raw - 7`. A lookup, never a formula.
 *
 * @see the Sources guide, "Outcomes" (SWEMWBS conversion table)
 * @see Warwick Medical School, "Collect, score, analyse and interpret WEMWBS" (SWEMWBS conversion table)
 */
export const SWEMWBS_METRIC_TABLE: readonly number[] = [
  7.0, 9.51, 11.25, 12.4, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, 16.88, 17.43, 17.98, 18.59, 19.25, 19.98, 20.73,
  21.54, 22.35, 23.21, 24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.7, 32.55, 35.0,
];

/**
 * The SWEMWBS metric score of 7 trusted-or-not items, or `null` when they are not 7 whole numbers from 1 to 5.
 *
 * The accumulator's fast path: a measure it cannot score is counted as `unscorable`
 * instead of stopping the summary, as `scoreSwemwbs` would.
 *
 * @see the Sources guide, "Outcomes" (SWEMWBS conversion table)
 * @example
 * ```ts
 * import { swemwbsMetricOrNull } from './instruments.js';
 *
 * swemwbsMetricOrNull([3, 3, 3, 3, 3, 3, 3]);
 * //=> 19.25
 * [swemwbsMetricOrNull([1, 1, 1, 1, 1, 1, 1]), swemwbsMetricOrNull([5, 5, 5, 5, 5, 5, 5])];
 * //=> [7, 35]
 * [swemwbsMetricOrNull([3, 3, 3, 3, 3, 3, 6]), swemwbsMetricOrNull([3, 3, 3])];
 * //=> [null, null]
 * ```
 */
export function swemwbsMetricOrNull(items: readonly number[]): number | null {
  const raw = sumOrNull(items, 7, 1, 5);
  return raw === null ? null : (SWEMWBS_METRIC_TABLE[raw - 7] as number);
}

/**
 * The sum of `count` whole-number items each within `min`–`max`, or `null` when they are not.
 *
 * The non-throwing twin of {@link checkItems}, for the accumulator's hot loop: no allocation,
 * and `null` (counted as unscorable) where the scorers would throw.
 *
 * @example
 * ```ts
 * import { sumOrNull } from './instruments.js';
 *
 * sumOrNull([1, 2, 3], 3, 1, 3);
 * //=> 6
 * [sumOrNull([1, 2], 3, 1, 3), sumOrNull([1, 2, 4], 3, 1, 3), sumOrNull([1, 2, 2.5], 3, 1, 3)];
 * //=> [null, null, null]
 * ```
 */
export function sumOrNull(items: readonly number[], count: number, min: number, max: number): number | null {
  if (items.length !== count) return null;
  let sum = 0;
  for (const item of items) {
    if (!Number.isInteger(item) || item < min || item > max) return null;
    sum += item;
  }
  return sum;
}

/**
 * Checks items and throws `outcomes/invalid-items` listing every bad one (by index, never by value).
 *
 * The scorers' shared validation: `count` is an exact number of items or a `[fewest, most]`
 * range, and each issue's path starts with `path`; a hole in a sparse array is a bad item at
 * its index. Returns the items, now known to be numbers.
 *
 * @throws SocialPrescribingError `outcomes/invalid-items`.
 * @example
 * ```ts
 * import type { SocialPrescribingError } from '../core/index.js';
 * import { checkItems } from './instruments.js';
 *
 * checkItems([4, 0], [1, 2], 0, 6, ['concerns']);
 * //=> [4, 0]
 * let paths: string[] = [];
 * try {
 *   checkItems([1, 9, 3, 4], 3, 1, 3, ['items']);
 * } catch (error) {
 *   paths = (error as SocialPrescribingError).issues.map((issue) => issue.path.join('.'));
 * }
 * paths;
 * //=> ['items', 'items.1', 'items.3']
 * checkItems([1, , 3], 3, 1, 3);
 * //=> throws 'outcomes/invalid-items'
 * checkItems('3, 3, 3', 3, 1, 3);
 * //=> throws 'outcomes/invalid-items'
 * ```
 */
export function checkItems(
  items: unknown,
  count: number | readonly [number, number],
  min: number,
  max: number,
  path: readonly (string | number)[] = [],
): number[] {
  const [fewest, most] = typeof count === 'number' ? [count, count] : count;
  if (!Array.isArray(items)) {
    throw new SocialPrescribingError('outcomes/invalid-items', [{ path, message: 'must be an array of item scores' }]);
  }
  const issues: ValidationIssue[] = [];
  if (items.length < fewest || items.length > most) {
    issues.push({
      path,
      message: fewest === most ? `must have exactly ${fewest} items` : `must have ${fewest} to ${most} items`,
    });
  }
  // An index loop, not forEach: forEach skips the holes of a sparse array, which then summed to NaN.
  for (let index = 0; index < items.length; index++) {
    const item: unknown = items[index];
    if (typeof item !== 'number' || !Number.isInteger(item) || item < min || item > max) {
      issues.push({ path: [...path, index], message: `must be a whole number from ${min} to ${max}` });
    }
  }
  if (issues.length > 0) throw new SocialPrescribingError('outcomes/invalid-items', issues);
  return items as number[];
}
