/**
 * Internal lifecycle helpers shared by the status, timeline and coding functions.
 *
 * @module
 */
import { isIsoDate, SocialPrescribingError, type IsoDate } from '../core/index.js';
import type { ReferralEventType, ReferralStatus } from './constants.js';

/** How far each status has progressed: within an episode the status never moves down this order. */
export const STATUS_RANK: Readonly<Record<ReferralStatus, number>> = {
  referred: 0,
  'unable-to-contact': 1,
  waiting: 2,
  accepted: 3,
  engaged: 4,
  declined: 5,
  rejected: 6,
  cancelled: 7,
  closed: 8,
  'entered-in-error': 9,
};

/**
 * The status an event moves an episode to, or `null` for `on-hold` and `reopened`, which the caller handles.
 *
 * @example
 * ```ts
 * import { eventStatus } from './lifecycle.js';
 *
 * [eventStatus('accepted'), eventStatus('unable-to-contact'), eventStatus('closed'), eventStatus('waiting')];
 * //=> ['accepted', 'unable-to-contact', 'closed', 'waiting']
 * [eventStatus('on-hold'), eventStatus('reopened')];
 * //=> [null, null]
 * ```
 */
export function eventStatus(type: ReferralEventType): ReferralStatus | null {
  switch (type) {
    case 'accepted':
      return 'accepted';
    case 'declined':
      return 'declined';
    case 'unable-to-contact':
      return 'unable-to-contact';
    case 'closed':
      return 'closed';
    case 'waiting':
      return 'waiting';
    case 'rejected':
      return 'rejected';
    case 'cancelled':
      return 'cancelled';
    case 'entered-in-error':
      return 'entered-in-error';
    case 'on-hold':
    case 'reopened':
      return null;
  }
}

/**
 * Checks a date argument, throwing `referrals/invalid-date` at `path`.
 *
 * @example
 * ```ts
 * import { checkDate } from './lifecycle.js';
 *
 * checkDate('2025-04-01', 'asOf');
 * //=> '2025-04-01'
 * checkDate('2025-02-30', 'asOf');
 * //=> throws 'referrals/invalid-date'
 * ```
 */
export function checkDate(value: unknown, path: string): IsoDate {
  if (!isIsoDate(value)) {
    throw new SocialPrescribingError('referrals/invalid-date', [
      { path: [path], message: 'must be a real calendar date written YYYY-MM-DD' },
    ]);
  }
  return value;
}

/**
 * Whether a value is a collection of records to iterate with `for...of`: an object with an
 * iterator. A string is iterable too, but as characters, never as records (a 100,000-character
 * string was read as 100,000 bad records).
 *
 * @example
 * ```ts
 * import { isIterable } from './lifecycle.js';
 *
 * [isIterable([]), isIterable(new Set()), isIterable([].values())];
 * //=> [true, true, true]
 * [isIterable('abc'), isIterable(null), isIterable(undefined), isIterable({ length: 0 })];
 * //=> [false, false, false, false]
 * ```
 */
export function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}
