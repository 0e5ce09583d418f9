/**
 * The `outcomes` module (being built).
 *
 * @module outcomes
 */
export {};
