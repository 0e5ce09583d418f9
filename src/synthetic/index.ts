/**
 * The `synthetic` module (being built).
 *
 * @module synthetic
 */
export {};
