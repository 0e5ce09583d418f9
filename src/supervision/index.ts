/**
 * The `supervision` module (being built).
 *
 * @module supervision
 */
export {};
