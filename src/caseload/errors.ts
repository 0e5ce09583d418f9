import { ERROR_CODES } from '../core/index.js';

/**
 * The error codes `caseload` throws, each with what it means (frozen; part of {@link core!ERROR_CODES}).
 * Branch on `error.code`, or test with {@link core!isSocialPrescribingError}.
 *
 * @category Errors
 * @example
 * ```ts
 * import { CASELOAD_ERRORS } from 'social-prescribing/caseload';
 *
 * 'caseload/rate-above-one' in CASELOAD_ERRORS;
 * //=> true
 * Object.keys(CASELOAD_ERRORS).every((code) => code.startsWith('caseload/'));
 * //=> true
 * ```
 */
// An IIFE marked pure, so a bundle that never reads the table drops it (a bare property read would be kept).
export const CASELOAD_ERRORS = /* @__PURE__ */ (() => ERROR_CODES.caseload)();

/**
 * A code `caseload` throws: a key of {@link CASELOAD_ERRORS}.
 *
 * @category Errors
 */
export type CaseloadErrorCode = keyof typeof CASELOAD_ERRORS;
