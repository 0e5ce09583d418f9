/**
 * Internal guards for the functions that trust a referral to be valid: a cheap
 * shape check up front and one error code for anything that breaks later.
 *
 * @module
 */
import { SocialPrescribingError } from '../core/index.js';

const MESSAGE = 'is not a valid Referral: validate it with ReferralSchema or validateReferrals first';

/** The `referrals/invalid-referral` error, at `path` (from the referral argument). */
export function invalidReferral(path: readonly (string | number)[] = []): SocialPrescribingError {
  return new SocialPrescribingError('referrals/invalid-referral', [{ path: ['referral', ...path], message: MESSAGE }]);
}

/**
 * Checks the fields every lifecycle function reads: an object with a string
 * `referredOn` and `events` and `contacts` arrays. A handful of type checks,
 * so it costs nothing next to the loops over the referral.
 */
export function checkReferral(referral: unknown): void {
  const { referredOn, events, contacts } = (referral ?? 0) as { referredOn?: unknown; events?: unknown; contacts?: unknown };
  if (typeof referral !== 'object' || typeof referredOn !== 'string' || !Array.isArray(events) || !Array.isArray(contacts)) throw invalidReferral();
}

/** Rethrows a failure inside a trusting function as `referrals/invalid-referral`. */
export function asInvalidReferral(): never {
  throw invalidReferral();
}

/** Whether every entry of a result names its day with a string (a malformed event can put anything there). */
export function datedEntries(entries: readonly { readonly on: unknown }[]): boolean {
  for (const entry of entries) if (typeof entry.on !== 'string') return false;
  return true;
}
