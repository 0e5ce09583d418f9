import { ERROR_CODES } from '../core/index.js';

/**
 * The error codes `eligibility` throws, each with what it means (frozen; part of {@link core!ERROR_CODES}).
 * Branch on `error.code`, or test with {@link core!isSocialPrescribingError}.
 *
 * @category Errors
 * @example
 * ```ts
 * import { ELIGIBILITY_ERRORS } from 'social-prescribing/eligibility';
 *
 * 'eligibility/duplicate-scheme-id' in ELIGIBILITY_ERRORS;
 * //=> true
 * Object.keys(ELIGIBILITY_ERRORS).every((code) => code.startsWith('eligibility/'));
 * //=> true
 * ```
 */
// An IIFE marked pure, so a bundle that never reads the table drops it (a bare property read would be kept).
export const ELIGIBILITY_ERRORS = /* @__PURE__ */ (() => ERROR_CODES.eligibility)();

/**
 * A code `eligibility` throws: a key of {@link ELIGIBILITY_ERRORS}.
 *
 * @category Errors
 */
export type EligibilityErrorCode = keyof typeof ELIGIBILITY_ERRORS;
