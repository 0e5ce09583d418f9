import { SocialPrescribingError, type ValidationIssue } from '../../src/core/index.js';

/** The SocialPrescribingError that `run` throws; any other error is rethrown, and not throwing fails. */
export function thrownError(run: () => unknown): SocialPrescribingError {
  try {
    run();
  } catch (error) {
    if (error instanceof SocialPrescribingError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

/** The code and issues of the SocialPrescribingError that `run` throws, for exact `toEqual` assertions. */
export function errorOf(run: () => unknown): { code: string; issues: readonly ValidationIssue[] } {
  const { code, issues } = thrownError(run);
  return { code, issues };
}

/** {@link errorOf} for a promise: the code and issues of the SocialPrescribingError it rejects with. */
export async function rejectionOf(run: () => Promise<unknown>): Promise<{ code: string; issues: readonly ValidationIssue[] }> {
  try {
    await run();
  } catch (error) {
    if (error instanceof SocialPrescribingError) return { code: error.code, issues: error.issues };
    throw error;
  }
  throw new Error('did not reject');
}

/** The code of the SocialPrescribingError that `run` throws; null when it does not throw, and a telling string for any other error. */
export function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof SocialPrescribingError ? error.code : `not a SocialPrescribingError: ${String(error)}`;
  }
}
