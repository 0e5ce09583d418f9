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

/**
 * The `outcomes/invalid-summary` error at `path` (from the summary argument).
 *
 * One code for every way a summary can be wrong, so the four writers fail alike: the path
 * starts at `summary`, and the message says what to pass instead, never what was passed.
 *
 * @example
 * ```ts
 * import { invalidSummary } from './summaryGuard.js';
 *
 * const error = invalidSummary(['groups', 0]);
 * [error.code, error.issues.map((issue) => issue.path)];
 * //=> ['outcomes/invalid-summary', [['summary', 'groups', 0]]]
 * invalidSummary().issues.map((issue) => issue.path);
 * //=> [['summary']]
 * ```
 */
export function invalidSummary(path: readonly (string | number)[] = []): SocialPrescribingError {
  return new SocialPrescribingError('outcomes/invalid-summary', [{ path: ['summary', ...path], message: MESSAGE }]);
}

/**
 * Runs a writer over `summary` after checking its top level (an object with a
 * `total` object, a `groups` array with no missing row and a `groupNames` array of strings); any
 * error other than a {@link SocialPrescribingError} becomes `outcomes/invalid-summary`.
 *
 * The writers trust the summary's shape, so a damaged one (hand-edited, or a sparse array
 * from `structuredClone`) fails with this one code rather than a `TypeError` from deep inside.
 *
 * @throws SocialPrescribingError `outcomes/invalid-summary`; a {@link SocialPrescribingError} thrown by `write` passes through unchanged.
 * @example
 * ```ts
 * import { summarizeOutcomes, wilsonInterval } from 'social-prescribing/outcomes';
 * import { guardSummary } from './summaryGuard.js';
 *
 * const summary = summarizeOutcomes([], { groupBy: 'pcn' });
 * guardSummary(summary, ({ groupNames }) => groupNames);
 * //=> ['pcn']
 * guardSummary({ ...summary, groups: [, ] }, ({ groups }) => groups.length);
 * //=> throws 'outcomes/invalid-summary'
 * guardSummary({ total: {}, groups: [], groupNames: [] }, ({ total }) => total.referrals.toFixed(0));
 * //=> throws 'outcomes/invalid-summary'
 * guardSummary(summary, () => wilsonInterval(2, 1));
 * //=> throws 'outcomes/invalid-count'
 * ```
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

/**
 * `value` when it is a finite number (`-0` as `0`); otherwise throws `outcomes/invalid-summary`.
 *
 * Every number a writer puts out goes through it, so a damaged summary is never written as
 * `NaN` or `Infinity`, and a row never holds `-0`.
 *
 * @throws SocialPrescribingError `outcomes/invalid-summary` for `NaN`, an infinity or anything not a number.
 * @example
 * ```ts
 * import { finite } from './summaryGuard.js';
 *
 * finite(0.25);
 * //=> 0.25
 * Object.is(finite(-0), 0);
 * //=> true
 * finite(Number.NaN);
 * //=> throws 'outcomes/invalid-summary'
 * finite('12');
 * //=> throws 'outcomes/invalid-summary'
 * ```
 */
export function finite(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidSummary();
  return value === 0 ? 0 : value;
}
