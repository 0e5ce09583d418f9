import { ERROR_CODES } from '../core/index.js';

/**
 * The error codes `render` throws, each with what it means (frozen; part of {@link core!ERROR_CODES}).
 * Branch on `error.code`, or test with {@link core!isSocialPrescribingError}.
 *
 * @category Errors
 * @example
 * ```ts
 * import { RENDER_ERRORS } from 'social-prescribing/render';
 *
 * 'render/invalid-options' in RENDER_ERRORS;
 * //=> true
 * Object.keys(RENDER_ERRORS).every((code) => code.startsWith('render/'));
 * //=> true
 * ```
 */
// An IIFE marked pure, so a bundle that never reads the table drops it (a bare property read would be kept).
export const RENDER_ERRORS = /* @__PURE__ */ (() => ERROR_CODES.render)();

/**
 * A code `render` throws: a key of {@link RENDER_ERRORS}.
 *
 * @category Errors
 */
export type RenderErrorCode = keyof typeof RENDER_ERRORS;
