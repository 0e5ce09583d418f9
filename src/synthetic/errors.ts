import { ERROR_CODES } from '../core/index.js';

/**
 * The error codes `synthetic` throws, each with what it means (frozen; part of {@link core!ERROR_CODES}).
 * Branch on `error.code`, or test with {@link core!isSocialPrescribingError}.
 *
 * @category Errors
 * @example
 * ```ts
 * import { SYNTHETIC_ERRORS } from 'social-prescribing/synthetic';
 *
 * 'synthetic/invalid-options' in SYNTHETIC_ERRORS;
 * //=> true
 * Object.keys(SYNTHETIC_ERRORS).every((code) => code.startsWith('synthetic/'));
 * //=> true
 * ```
 */
// An IIFE marked pure, so a bundle that never reads the table drops it (a bare property read would be kept).
export const SYNTHETIC_ERRORS = /* @__PURE__ */ (() => ERROR_CODES.synthetic)();

/**
 * A code `synthetic` throws: a key of {@link SYNTHETIC_ERRORS}.
 *
 * @category Errors
 */
export type SyntheticErrorCode = keyof typeof SYNTHETIC_ERRORS;
