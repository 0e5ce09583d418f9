import { ERROR_CODES } from '../core/index.js';

/**
 * The error codes `fhir` throws, each with what it means (frozen; part of {@link core!ERROR_CODES}).
 * Branch on `error.code`, or test with {@link core!isSocialPrescribingError}.
 *
 * @category Errors
 * @example
 * ```ts
 * import { FHIR_ERRORS } from 'social-prescribing/fhir';
 *
 * 'fhir/invalid-bundle' in FHIR_ERRORS;
 * //=> true
 * Object.keys(FHIR_ERRORS).every((code) => code.startsWith('fhir/'));
 * //=> true
 * ```
 */
// An IIFE marked pure, so a bundle that never reads the table drops it (a bare property read would be kept).
export const FHIR_ERRORS = /* @__PURE__ */ (() => ERROR_CODES.fhir)();

/**
 * A code `fhir` throws: a key of {@link FHIR_ERRORS}.
 *
 * @category Errors
 */
export type FhirErrorCode = keyof typeof FHIR_ERRORS;
