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
