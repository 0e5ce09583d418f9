import { ERROR_CODES } from '../core/index.js';

/**
 * The error codes `referrals` throws, each with what it means (frozen; part of {@link core!ERROR_CODES}).
 * Branch on `error.code`, or test with {@link core!isSocialPrescribingError}.
 *
 * @category Errors
 * @example
 * ```ts
 * import { REFERRALS_ERRORS } from 'social-prescribing/referrals';
 *
 * 'referrals/invalid-count' in REFERRALS_ERRORS;
 * //=> true
 * Object.keys(REFERRALS_ERRORS).every((code) => code.startsWith('referrals/'));
 * //=> true
 * ```
 */
// An IIFE marked pure, so a bundle that never reads the table drops it (a bare property read would be kept).
export const REFERRALS_ERRORS = /* @__PURE__ */ (() => ERROR_CODES.referrals)();

/**
 * A code `referrals` throws: a key of {@link REFERRALS_ERRORS}.
 *
 * @category Errors
 */
export type ReferralsErrorCode = keyof typeof REFERRALS_ERRORS;
