import { ERROR_CODES } from '../core/index.js';

/**
 * The error codes `directory` throws, each with what it means (frozen; part of {@link core!ERROR_CODES}).
 * Branch on `error.code`, or test with {@link core!isSocialPrescribingError}.
 *
 * @category Errors
 * @example
 * ```ts
 * import { DIRECTORY_ERRORS } from 'social-prescribing/directory';
 *
 * 'directory/duplicate-service-id' in DIRECTORY_ERRORS;
 * //=> true
 * Object.keys(DIRECTORY_ERRORS).every((code) => code.startsWith('directory/'));
 * //=> true
 * ```
 */
// An IIFE marked pure, so a bundle that never reads the table drops it (a bare property read would be kept).
export const DIRECTORY_ERRORS = /* @__PURE__ */ (() => ERROR_CODES.directory)();

/**
 * A code `directory` throws: a key of {@link DIRECTORY_ERRORS}.
 *
 * @category Errors
 */
export type DirectoryErrorCode = keyof typeof DIRECTORY_ERRORS;
