import { SocialPrescribingError, type ValidationIssue } from '../../src/core/index.js';

/** The code and issues of the SocialPrescribingError that `run` throws, for exact `toEqual` assertions. */
export function errorOf(run: () => unknown): { code: string; issues: readonly ValidationIssue[] } {
  try {
    run();
  } catch (error) {
    if (error instanceof SocialPrescribingError) return { code: error.code, issues: error.issues };
    throw error;
  }
  throw new Error('did not throw');
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
