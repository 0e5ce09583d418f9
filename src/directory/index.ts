/**
 * The `directory` module (being built).
 *
 * @module directory
 */
export {};
