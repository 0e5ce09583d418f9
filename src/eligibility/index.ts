/**
 * The `eligibility` module (being built).
 *
 * @module eligibility
 */
export {};
