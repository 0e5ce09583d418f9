import { ERROR_CODES } from '../core/index.js';

/**
 * The error codes `supervision` throws, each with what it means (frozen; part of {@link core!ERROR_CODES}).
 * Branch on `error.code`, or test with {@link core!isSocialPrescribingError}.
 *
 * @category Errors
 * @example
 * ```ts
 * import { SUPERVISION_ERRORS } from 'social-prescribing/supervision';
 *
 * 'supervision/invalid-calendar' in SUPERVISION_ERRORS;
 * //=> true
 * Object.keys(SUPERVISION_ERRORS).every((code) => code.startsWith('supervision/'));
 * //=> true
 * ```
 */
// An IIFE marked pure, so a bundle that never reads the table drops it (a bare property read would be kept).
export const SUPERVISION_ERRORS = /* @__PURE__ */ (() => ERROR_CODES.supervision)();

/**
 * A code `supervision` throws: a key of {@link SUPERVISION_ERRORS}.
 *
 * @category Errors
 */
export type SupervisionErrorCode = keyof typeof SUPERVISION_ERRORS;
