import type { ErrorCode } from './errorCodes.js';
import { SocialPrescribingError } from './SocialPrescribingError.js';

/**
 * Whether `value` is a {@link SocialPrescribingError}, from this copy of the library or any
 * other (the ESM and the CJS build, or a copy bundled by another package), and, when `code`
 * is given, one with that code.
 *
 * Use it in a `catch` block instead of comparing classes: it checks the brand
 * `Symbol.for('social-prescribing.error')` every instance carries, so it holds where
 * a plain prototype check would fail (an error thrown through `import()` caught next to a
 * `require()`d class). A `code` that is not a string matches no error.
 *
 * @param value - Anything, typically a caught error.
 * @param code - The `<module>/<problem>` code to match; any code when left out.
 * @returns `true` when `value` is one of the library's errors (with that code).
 * @category Errors
 * @example
 * ```ts
 * import { isSocialPrescribingError, toDayNumber } from 'social-prescribing/core';
 *
 * let caught: unknown;
 * try {
 *   toDayNumber('2025-02-30');
 * } catch (error) {
 *   caught = error;
 * }
 * [isSocialPrescribingError(caught), isSocialPrescribingError(caught, 'core/invalid-date')];
 * //=> [true, true]
 * isSocialPrescribingError(caught, 'core/invalid-day-number');
 * //=> false
 * isSocialPrescribingError(new Error('core/invalid-date'));
 * //=> false
 * ```
 */
export function isSocialPrescribingError(value: unknown, code?: ErrorCode): value is SocialPrescribingError {
  return value instanceof SocialPrescribingError && (code === undefined || value.code === code);
}
