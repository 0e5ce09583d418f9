import { SocialPrescribingError } from './SocialPrescribingError.js';

/**
 * Runs `run` and, when it throws a {@link SocialPrescribingError}, throws it again
 * with `prefix` in front of every issue's path, so an error about one item of a
 * list names the item (`['pcns', 2, 'listSize']`). Other errors pass through unchanged.
 *
 * @param prefix - Path segments that locate the item.
 * @param run - The work on that item.
 * @returns What `run` returns.
 * @throws {@link SocialPrescribingError} with the same code and prefixed paths.
 * @category Errors
 * @example
 * ```ts
 * import { SocialPrescribingError, withPathPrefix } from 'social-prescribing/core';
 *
 * try {
 *   withPathPrefix(['pcns', 2], () => {
 *     throw new SocialPrescribingError('caseload/invalid-list-size', [{ path: ['listSize'], message: 'must be a whole number' }]);
 *   });
 * } catch (error) {
 *   (error as SocialPrescribingError).issues[0].path;
 *   //=> ['pcns', 2, 'listSize']
 * }
 * withPathPrefix([0], () => 42);
 * //=> 42
 * ```
 */
export function withPathPrefix<T>(prefix: readonly (string | number)[], run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof SocialPrescribingError) {
      throw new SocialPrescribingError(
        error.code,
        error.issues.map((issue) => ({ path: [...prefix, ...issue.path], message: issue.message })),
      );
    }
    throw error;
  }
}
