import { ERROR_CODES } from './errorCodes.js';

/**
 * The error codes `core` throws, each with what it means (frozen; part of {@link ERROR_CODES}).
 * Branch on `error.code`, or test with {@link isSocialPrescribingError}.
 *
 * @category Errors
 * @example
 * ```ts
 * import { CORE_ERRORS } from 'social-prescribing/core';
 *
 * 'core/invalid-argument' in CORE_ERRORS;
 * //=> true
 * Object.keys(CORE_ERRORS).every((code) => code.startsWith('core/'));
 * //=> true
 * ```
 */
// An IIFE marked pure, so a bundle that never reads the table drops it (a bare property read would be kept).
export const CORE_ERRORS = /* @__PURE__ */ (() => ERROR_CODES.core)();

/**
 * A code `core` throws: a key of {@link CORE_ERRORS}.
 *
 * @category Errors
 */
export type CoreErrorCode = keyof typeof CORE_ERRORS;
