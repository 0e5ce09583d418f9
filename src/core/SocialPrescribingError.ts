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
 * The single error class of the library. Every invalid option or input throws
 * it, with a stable machine-readable `code` and the list of `issues`.
 *
 * The message is built from the code and the issue paths only: it never holds
 * names, NHS numbers, birth dates or free text from the input.
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
 * ```
 */
export class SocialPrescribingError extends Error {
  /** Stable machine-readable code, `<module>/<problem>`. */
  readonly code: string;
  /** Every problem found, each with a path and a message. */
  readonly issues: readonly ValidationIssue[];

  constructor(code: string, issues: readonly ValidationIssue[]) {
    super(formatMessage(code, issues));
    this.name = 'SocialPrescribingError';
    this.code = code;
    this.issues = issues.map((issue) => ({ path: [...issue.path], message: issue.message }));
  }
}

const MAX_ISSUES_IN_MESSAGE = 5;

function formatMessage(code: string, issues: readonly ValidationIssue[]): string {
  if (issues.length === 0) return code;
  const shown = issues
    .slice(0, MAX_ISSUES_IN_MESSAGE)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')} ${issue.message}` : issue.message));
  const more = issues.length > MAX_ISSUES_IN_MESSAGE ? ` (and ${issues.length - MAX_ISSUES_IN_MESSAGE} more)` : '';
  return `${code}: ${shown.join('; ')}${more}`;
}
