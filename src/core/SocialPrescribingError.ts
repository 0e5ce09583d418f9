import type { ErrorCode } from './errorCodes.js';
/**
 * One problem found in an input: where it is and what is wrong with it.
 *
 * `path` locates the offending value (`['pcns', 2, 'listSize']`); `message`
 * says what is wrong in words built from codes, paths and limits only, never
 * from the value itself, so an issue can be logged without leaking personal data.
 *
 * @category Errors
 */
export interface ValidationIssue {
  /** Location of the offending value, from the argument's root. */
  readonly path: readonly (string | number)[];
  /** What is wrong, without echoing the value. */
  readonly message: string;
}

/**
 * The key every {@link SocialPrescribingError} carries, `Symbol.for('social-prescribing.error')`:
 * the same symbol in every copy of the library.
 */
const ERROR_BRAND: unique symbol = Symbol.for('social-prescribing.error');

interface Branded {
  [ERROR_BRAND]?: unknown;
}

/**
 * The single error class of the library. Every invalid option or input throws
 * it, with a stable machine-readable `code` and the list of `issues`.
 *
 * The message is built from the code and the issue paths only: it never holds
 * names, NHS numbers, birth dates or free text from the input.
 *
 * Every instance carries the brand `Symbol.for('social-prescribing.error')`, and
 * `instanceof SocialPrescribingError` checks that brand rather than the prototype
 * chain, so it holds across copies of the library: an error thrown by the ESM
 * build is an instance of the CJS build's class, and of a second copy bundled by
 * another package. {@link isSocialPrescribingError} does the same check and can
 * also match the code.
 *
 * @category Errors
 * @example
 * ```ts
 * import { SocialPrescribingError } from 'social-prescribing/core';
 *
 * const error = new SocialPrescribingError('caseload/invalid-list-size', [
 *   { path: ['listSize'], message: 'must be a non-negative whole number' },
 * ]);
 * error.message;
 * //=> 'caseload/invalid-list-size: listSize must be a non-negative whole number'
 * error instanceof Error;
 * //=> true
 *
 * // An error made by another copy of the library carries the same brand.
 * const copy = Object.assign(new Error('caseload/invalid-list-size'), { [Symbol.for('social-prescribing.error')]: true });
 * copy instanceof SocialPrescribingError;
 * //=> true
 * new Error('caseload/invalid-list-size') instanceof SocialPrescribingError;
 * //=> false
 * ```
 */
export class SocialPrescribingError extends Error {
  /**
   * Whether `value` is an error of this library, from this copy or another (the ESM and the CJS
   * build, or a copy bundled by another package): it carries the brand
   * `Symbol.for('social-prescribing.error')` set to `true`. The brand is the whole test, so the
   * class is not meant to be subclassed (a subclass would inherit the test and claim every
   * library error); branch on `code` instead.
   *
   * @param value - Anything.
   * @returns `true` for a branded error.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return (value as Branded | null | undefined)?.[ERROR_BRAND] === true;
  }

  // `declare`: assigned in the constructor, so no class field is emitted (bytes in every bundle).
  /** Stable machine-readable code, `<module>/<problem>`. */
  declare readonly code: ErrorCode;
  /** Every problem found, each with a path and a message. */
  declare readonly issues: readonly ValidationIssue[];

  constructor(code: ErrorCode, issues: readonly ValidationIssue[]) {
    super(formatMessage(code, issues));
    this.name = 'SocialPrescribingError';
    this.code = code;
    this.issues = issues.map((issue) => ({ path: [...issue.path], message: issue.message }));
    // The brand marks every copy's errors alike; Symbol.for gives the same key in every copy and realm.
    (this as Branded)[ERROR_BRAND] = true;
  }
}

const MAX_ISSUES_IN_MESSAGE = 5;

// Written for size: this class is in every bundle (planCaseload's is budgeted at 1.5 kB).
function formatMessage(code: ErrorCode, issues: readonly ValidationIssue[]): string {
  if (issues.length === 0) return code;
  const shown = issues.slice(0, MAX_ISSUES_IN_MESSAGE).map(({ path, message }) => (path.length > 0 ? `${path.join('.')} ${message}` : message));
  return `${code}: ${shown.join('; ')}${issues.length > MAX_ISSUES_IN_MESSAGE ? ` (and ${issues.length - MAX_ISSUES_IN_MESSAGE} more)` : ''}`;
}
