/**
 * The `calendar` module (being built).
 *
 * @module calendar
 */
export {};
