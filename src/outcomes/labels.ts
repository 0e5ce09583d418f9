/**
 * Labels shared by the Markdown and chart outputs.
 *
 * @module
 */
import type { OutcomeGroupKey } from './types.js';

/**
 * A group key as a label: values joined with ' / ', a missing value as '(not recorded)'.
 *
 * The Markdown table and the chart label a group the same way, and a `null` part of a key
 * (no value recorded for that grouping field) never shows as "null".
 *
 * @example
 * ```ts
 * import { keyLabel } from './labels.js';
 *
 * keyLabel('north');
 * //=> 'north'
 * keyLabel(['north', null]);
 * //=> 'north / (not recorded)'
 * keyLabel(null);
 * //=> '(not recorded)'
 * ```
 */
export function keyLabel(key: OutcomeGroupKey): string {
  const values = Array.isArray(key) ? (key as (string | null)[]) : [key as string | null];
  return values.map((value) => value ?? '(not recorded)').join(' / ');
}
