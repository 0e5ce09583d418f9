/**
 * Internal guards for the writers that trust their summary: a cheap shape check
 * of the top level, one error code for anything that breaks later, and a check
 * that every number written is finite.
 *
 * @module
 */
import { SocialPrescribingError } from '../core/index.js';
import type { OutcomeSummary } from './types.js';

const MESSAGE = 'is not an outcome summary: pass a result of summarizeOutcomes or createOutcomeAccumulator().result()';

/** The `outcomes/invalid-summary` error at `path` (from the summary argument). */
export function invalidSummary(path: readonly (string | number)[] = []): SocialPrescribingError {
  return new SocialPrescribingError('outcomes/invalid-summary', [{ path: ['summary', ...path], message: MESSAGE }]);
}

/**
 * Runs a writer over `summary` after checking its top level (an object with a
 * `total` object, a `groups` array with no missing row and a `groupNames` array of strings); any
 * error other than a {@link SocialPrescribingError} becomes `outcomes/invalid-summary`.
 */
export function guardSummary<T>(summary: unknown, write: (summary: OutcomeSummary) => T): T {
  if (typeof summary !== 'object' || summary === null) throw invalidSummary();
  const { total, groups, groupNames } = summary as { total?: unknown; groups?: unknown; groupNames?: unknown };
  if (typeof total !== 'object' || total === null) throw invalidSummary(['total']);
  // A hole (a sparse array from structuredClone) is a missing row or name: `includes` sees it, `every` would skip it.
  if (!Array.isArray(groups) || groups.includes(undefined)) throw invalidSummary(['groups']);
  if (!Array.isArray(groupNames) || !Array.from(groupNames).every((name) => typeof name === 'string')) throw invalidSummary(['groupNames']);
  try {
    return write(summary as OutcomeSummary);
  } catch (error) {
    if (error instanceof SocialPrescribingError) throw error;
    throw invalidSummary();
  }
}

/** `value` when it is a finite number (`-0` as `0`); otherwise throws `outcomes/invalid-summary`. */
export function finite(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidSummary();
  return value === 0 ? 0 : value;
}
