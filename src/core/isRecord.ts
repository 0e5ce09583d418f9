/**
 * Whether `value` is an object with keys (not `null`, not an array): the one check every module
 * makes before reading fields of untrusted input.
 *
 * @param value - Anything.
 * @returns `true` for a non-null, non-array object.
 * @category Errors
 * @example
 * ```ts
 * import { isRecord } from 'social-prescribing/core';
 *
 * [isRecord({ a: 1 }), isRecord([]), isRecord(null), isRecord('x')];
 * //=> [true, false, false, false]
 * ```
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
