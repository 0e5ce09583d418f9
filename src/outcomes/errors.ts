import { ERROR_CODES } from '../core/index.js';

/**
 * The error codes `outcomes` throws, each with what it means (frozen; part of {@link core!ERROR_CODES}).
 * Branch on `error.code`, or test with {@link core!isSocialPrescribingError}.
 *
 * @category Errors
 * @example
 * ```ts
 * import { OUTCOMES_ERRORS } from 'social-prescribing/outcomes';
 *
 * 'outcomes/incompatible-state' in OUTCOMES_ERRORS;
 * //=> true
 * Object.keys(OUTCOMES_ERRORS).every((code) => code.startsWith('outcomes/'));
 * //=> true
 * ```
 */
// An IIFE marked pure, so a bundle that never reads the table drops it (a bare property read would be kept).
export const OUTCOMES_ERRORS = /* @__PURE__ */ (() => ERROR_CODES.outcomes)();

/**
 * A code `outcomes` throws: a key of {@link OUTCOMES_ERRORS}.
 *
 * @category Errors
 */
export type OutcomesErrorCode = keyof typeof OUTCOMES_ERRORS;
