import { ERROR_CODES } from '../core/index.js';

/**
 * The error codes `calendar` throws, each with what it means (frozen; part of {@link core!ERROR_CODES}).
 * Branch on `error.code`, or test with {@link core!isSocialPrescribingError}.
 *
 * @category Errors
 * @example
 * ```ts
 * import { CALENDAR_ERRORS } from 'social-prescribing/calendar';
 *
 * 'calendar/invalid-calendar' in CALENDAR_ERRORS;
 * //=> true
 * Object.keys(CALENDAR_ERRORS).every((code) => code.startsWith('calendar/'));
 * //=> true
 * ```
 */
// An IIFE marked pure, so a bundle that never reads the table drops it (a bare property read would be kept).
export const CALENDAR_ERRORS = /* @__PURE__ */ (() => ERROR_CODES.calendar)();

/**
 * A code `calendar` throws: a key of {@link CALENDAR_ERRORS}.
 *
 * @category Errors
 */
export type CalendarErrorCode = keyof typeof CALENDAR_ERRORS;
