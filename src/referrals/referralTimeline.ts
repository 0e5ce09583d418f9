import type { IsoDate } from '../core/index.js';
import type { ReferralEventType, ReferralStatus } from './constants.js';
import { asInvalidReferral, checkReferral, datedEntries, invalidReferral } from './guard.js';
import { statusAt } from './referralStatus.js';
import type { Referral } from './schema.js';

/**
 * What brought about a {@link TimelineEntry}: the referral itself, a lifecycle
 * event, or the first attended contact (which makes the referral `engaged`).
 *
 * @category Lifecycle
 */
export type TimelineCause = 'referred' | ReferralEventType | 'attended-contact';

/**
 * One change in a referral's status or hold, from {@link referralTimeline}.
 *
 * @category Lifecycle
 */
export interface TimelineEntry {
  /** The day of the change; the status holds from the end of this day. */
  readonly on: IsoDate;
  /** The status from this day, as {@link referralStatus} reports it. */
  readonly status: ReferralStatus;
  /** Whether support is paused by an `on-hold` event from this day. */
  readonly onHold: boolean;
  /** The last event on this day, `'referred'` for the first entry, or `'attended-contact'`. */
  readonly cause: TimelineCause;
}

/**
 * The ordered changes of a referral's status, each with its date: the first
 * entry is the referral (`referred` on `referredOn`), and a new entry follows
 * each day on which the status or the hold changes (an event on the referral
 * day itself gives a second entry on that day).
 *
 * A hold starts with an `on-hold` event and lasts until the next event of any
 * other type (for example `accepted` to resume, or `closed`); the status does
 * not change while on hold. Several events on one day give one entry, with the
 * status at the end of that day and the last of those events as its cause.
 * Events that change nothing (an `unable-to-contact` after acceptance) give no entry.
 *
 * @param referral - A valid referral (parse it with {@link ReferralSchema} first).
 * @returns The entries in date order, the first on `referredOn`.
 * @throws {@link core!SocialPrescribingError} `referrals/invalid-referral` when `referral` is not shaped like a
 * referral (not an object, no `events` or `contacts` list, an event or contact that is not an object, a date or
 * event type that is not a string).
 * @category Lifecycle
 * @example
 * ```ts
 * import { ReferralSchema, referralTimeline } from 'social-prescribing/referrals';
 *
 * const referral = ReferralSchema.parse({
 *   id: 'R-0001',
 *   referredOn: '2025-04-01',
 *   source: 'gp-practice',
 *   events: [
 *     { type: 'accepted', on: '2025-04-02' },
 *     { type: 'on-hold', on: '2025-04-20' },
 *     { type: 'accepted', on: '2025-04-27' },
 *     { type: 'closed', on: '2025-05-14', reason: 'goals-met' },
 *   ],
 *   contacts: [{ on: '2025-04-09', mode: 'face-to-face', attended: true }],
 * });
 * referralTimeline(referral);
 * //=> [
 * //   { on: '2025-04-01', status: 'referred', onHold: false, cause: 'referred' },
 * //   { on: '2025-04-02', status: 'accepted', onHold: false, cause: 'accepted' },
 * //   { on: '2025-04-09', status: 'engaged', onHold: false, cause: 'attended-contact' },
 * //   { on: '2025-04-20', status: 'engaged', onHold: true, cause: 'on-hold' },
 * //   { on: '2025-04-27', status: 'engaged', onHold: false, cause: 'accepted' },
 * //   { on: '2025-05-14', status: 'closed', onHold: false, cause: 'closed' },
 * // ]
 * referralTimeline({ ...referral, contacts: [null] } as never);
 * //=> throws 'referrals/invalid-referral'
 * ```
 */
export function referralTimeline(referral: Referral): TimelineEntry[] {
  checkReferral(referral);
  let entries: TimelineEntry[];
  try {
    entries = timeline(referral);
  } catch {
    return asInvalidReferral();
  }
  if (!datedEntries(entries)) throw invalidReferral(['events']);
  for (const entry of entries) if (typeof entry.cause !== 'string') throw invalidReferral(['events']);
  return entries;
}

function timeline(referral: Referral): TimelineEntry[] {
  // Candidate days: each event's day and the first attended contact (the only contact that can change the status).
  let firstAttended: IsoDate | null = null;
  for (const contact of referral.contacts) {
    if (contact.attended && (firstAttended === null || contact.on < firstAttended)) {
      firstAttended = contact.on;
    }
  }
  const days = new Set<IsoDate>();
  for (const event of referral.events) days.add(event.on);
  if (firstAttended !== null) days.add(firstAttended);

  const entries: TimelineEntry[] = [{ on: referral.referredOn, status: 'referred', onHold: false, cause: 'referred' }];
  const events = referral.events;
  let onHold = false;
  let eventIndex = 0;
  for (const day of [...days].sort()) {
    let cause: TimelineCause = 'attended-contact';
    for (let event = events[eventIndex]; event?.on === day; event = events[++eventIndex]) {
      onHold = event.type === 'on-hold';
      cause = event.type;
    }
    const status = statusAt(referral, day);
    const last = entries[entries.length - 1];
    if (last?.status !== status || last.onHold !== onHold) entries.push({ on: day, status, onHold, cause });
  }
  return entries;
}
