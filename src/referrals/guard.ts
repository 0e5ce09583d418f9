/**
 * Internal guards for the functions that trust a referral to be valid: a cheap
 * shape check up front and one error code for anything that breaks later.
 *
 * @module
 */
import * as z from 'zod';
import { SocialPrescribingError } from '../core/index.js';

const MESSAGE = 'is not a valid Referral: validate it with ReferralSchema or validateReferrals first';

/**
 * The `referrals/invalid-referral` error, at `path` (from the referral argument).
 *
 * @example
 * ```ts
 * import { invalidReferral } from './guard.js';
 *
 * const error = invalidReferral(['events', 2, 'on']);
 * [error.code, error.issues[0]?.path];
 * //=> ['referrals/invalid-referral', ['referral', 'events', 2, 'on']]
 * invalidReferral().issues;
 * //=> [{ path: ['referral'], message: 'is not a valid Referral: validate it with ReferralSchema or validateReferrals first' }]
 * ```
 */
export function invalidReferral(path: readonly (string | number)[] = []): SocialPrescribingError {
  return new SocialPrescribingError('referrals/invalid-referral', [{ path: ['referral', ...path], message: MESSAGE }]);
}

/**
 * Zod schema of what {@link checkReferral} lets through: an object with a string `referredOn` and
 * `events` and `contacts` lists of objects, other fields unchecked. It is the rule the guard's few
 * type checks follow (zod would not fit in the no-zod size budget of contactSummary, referralStatus
 * and planContacts), proved equal to them by a property test; it is not a Referral's schema
 * (that is `ReferralSchema`).
 *
 * @example
 * ```ts
 * import { ReferralGuardSchema } from './guard.js';
 *
 * ReferralGuardSchema.safeParse({ referredOn: '2025-04-01', events: [], contacts: [{}] }).success;
 * //=> true
 * ReferralGuardSchema.safeParse({ referredOn: '2025-04-01', events: [[]], contacts: [] }).success;
 * //=> false
 * ```
 */
export const ReferralGuardSchema = /* @__PURE__ */ (() =>
  z.looseObject({ referredOn: z.string(), events: z.array(z.looseObject({})), contacts: z.array(z.looseObject({})) }))();

/**
 * Checks the fields every lifecycle function reads: an object with a string
 * `referredOn` and `events` and `contacts` arrays whose entries are objects (a
 * hole in a sparse array, or `null`, is reported at its own path). A type check
 * per entry, so it costs nothing next to the loops over the referral.
 *
 * @throws SocialPrescribingError `referrals/invalid-referral` when one of those fields is missing or of the wrong type.
 * @example
 * ```ts
 * import { checkReferral } from './guard.js';
 *
 * checkReferral({ referredOn: '2025-04-01', events: [], contacts: [] });
 * //=> undefined
 * checkReferral({ referredOn: '2025-04-01', events: [] });
 * //=> throws 'referrals/invalid-referral'
 * checkReferral(null);
 * //=> throws 'referrals/invalid-referral'
 * checkReferral({ referredOn: '2025-04-01', events: [], contacts: [, { on: '2025-04-02' }] });
 * //=> throws 'referrals/invalid-referral'
 * ```
 */
export function checkReferral(referral: unknown): void {
  const { referredOn, events, contacts } = (referral ?? 0) as { referredOn?: unknown; events?: unknown; contacts?: unknown };
  if (typeof referral !== 'object' || Array.isArray(referral) || typeof referredOn !== 'string' || !Array.isArray(events) || !Array.isArray(contacts)) {
    throw invalidReferral();
  }
  checkEntries(events, 'events');
  checkEntries(contacts, 'contacts');
}

/** Throws `referrals/invalid-referral` at the first entry that is not an object: a hole, `null`, a string, a list... */
function checkEntries(entries: readonly unknown[], field: string): void {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw invalidReferral([field, i]);
  }
}

/**
 * Rethrows a failure inside a trusting function as `referrals/invalid-referral`.
 *
 * @example
 * ```ts
 * import { asInvalidReferral } from './guard.js';
 *
 * // A trusting function reads fields unchecked and turns any failure into the one documented code.
 * function eventTypes(referral: { events: readonly { type: string }[] }): string[] {
 *   try {
 *     return referral.events.map((event) => event.type);
 *   } catch {
 *     return asInvalidReferral();
 *   }
 * }
 * eventTypes({ events: [{ type: 'accepted' }] });
 * //=> ['accepted']
 * eventTypes({ events: [null as never] });
 * //=> throws 'referrals/invalid-referral'
 * ```
 */
export function asInvalidReferral(): never {
  throw invalidReferral();
}

/**
 * Whether every entry of a result names its day with a string (a malformed event can put anything there).
 *
 * @example
 * ```ts
 * import { datedEntries } from './guard.js';
 *
 * datedEntries([{ on: '2025-04-01' }, { on: '2025-04-08' }]);
 * //=> true
 * datedEntries([{ on: '2025-04-01' }, { on: 20250408 }]);
 * //=> false
 * ```
 */
export function datedEntries(entries: readonly { readonly on: unknown }[]): boolean {
  for (const entry of entries) if (typeof entry.on !== 'string') return false;
  return true;
}
