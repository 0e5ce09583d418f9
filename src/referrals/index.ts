/**
 * The `referrals` module (being built).
 *
 * @module referrals
 */
export {};
