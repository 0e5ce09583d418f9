import { ERROR_CODES } from '../core/index.js';

/**
 * The error codes `csv` throws, each with what it means (frozen; part of {@link core!ERROR_CODES}).
 * Branch on `error.code`, or test with {@link core!isSocialPrescribingError}.
 *
 * @category Errors
 * @example
 * ```ts
 * import { CSV_ERRORS } from 'social-prescribing/csv';
 *
 * 'csv/invalid-cell' in CSV_ERRORS;
 * //=> true
 * Object.keys(CSV_ERRORS).every((code) => code.startsWith('csv/'));
 * //=> true
 * ```
 */
// An IIFE marked pure, so a bundle that never reads the table drops it (a bare property read would be kept).
export const CSV_ERRORS = /* @__PURE__ */ (() => ERROR_CODES.csv)();

/**
 * A code `csv` throws: a key of {@link CSV_ERRORS}.
 *
 * @category Errors
 */
export type CsvErrorCode = keyof typeof CSV_ERRORS;
