/**
 * Labels shared by the Markdown and chart outputs.
 *
 * @module
 */
import type { OutcomeGroupKey } from './types.js';

/** A group key as a label: values joined with ' / ', a missing value as '(not recorded)'. */
export function keyLabel(key: OutcomeGroupKey): string {
  const values = Array.isArray(key) ? (key as (string | null)[]) : [key as string | null];
  return values.map((value) => value ?? '(not recorded)').join(' / ');
}
