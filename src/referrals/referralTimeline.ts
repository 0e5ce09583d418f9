import { addDays, type IsoDate } from '../core/index.js';
import type { ReferralEventType, ReferralStatus } from './constants.js';
import { firstReplyOn, resolveResponse, withPolicy } from './deadline.js';
import { asInvalidReferral, checkReferral, datedEntries, invalidReferral } from './guard.js';
import type { ResponseOptions } from './responsePolicy.js';
import { statusAt } from './referralStatus.js';
import type { Referral } from './schema.js';

/**
 * What brought about a {@link TimelineEntry}: the referral itself, a lifecycle
 * event, the first attended contact (which makes the referral `engaged`), or a response
 * policy (`'policy'`: the deadline passed without a reply).
 *
 * @category Lifecycle
 */
export type TimelineCause = 'referred' | ReferralEventType | 'attended-contact' | 'policy';

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
  /** The last event on this day, `'referred'` for the first entry, `'attended-contact'`, or `'policy'`. */
  readonly cause: TimelineCause;
  /**
   * Only with a response policy: whether, from the end of this day, the reply is overdue
   * (the deadline has passed without one and a `'flag'` policy applies). A `'decline'` policy
   * rejects the referral instead, so it is never overdue.
   */
  readonly overdue?: boolean;
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
 * A referral `entered-in-error` keeps its whole timeline, ending in that status: the
 * timeline is the audit trail that summaries (which leave such referrals out) do not show.
 *
 * With `options.policy` ({@link ResponsePolicy}), every entry says whether the reply is
 * `overdue`, and the deadline's effect is an entry of its own with cause `'policy'` on the
 * day after the deadline: `rejected` (reason `no-response`) under a `'decline'` policy, the
 * same status with `overdue: true` under a `'flag'` one.
 *
 * @param referral - A valid referral (parse it with {@link ReferralSchema} first).
 * @param options - A response policy and its working calendar.
 * @returns The entries in date order, the first on `referredOn`.
 * @throws {@link core!SocialPrescribingError} `referrals/invalid-referral` when `referral` is not shaped like a
 * referral (not an object, no `events` or `contacts` list, an event or contact that is not an object, a date or
 * event type that is not a string), or, with a policy, its `referredOn` is outside the calendar's years 1995–2100.
 * @throws {@link core!SocialPrescribingError} `referrals/invalid-options` when the options, policy or calendar are not valid.
 * @category Lifecycle
 * @example
 * ```ts
 * import { ReferralSchema, referralTimeline, responsePolicies } from 'social-prescribing/referrals';
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
 *
 * // Nobody answered by the deadline (15 April): the two-week marketplace rule declines it on 16 April.
 * const unanswered = ReferralSchema.parse({ id: 'R-0002', referredOn: '2025-04-01', source: 'gp-practice' });
 * referralTimeline(unanswered, { policy: responsePolicies.twoWeekMarketplace });
 * //=> [
 * //   { on: '2025-04-01', status: 'referred', onHold: false, cause: 'referred', overdue: false },
 * //   { on: '2025-04-16', status: 'rejected', onHold: false, cause: 'policy', overdue: false },
 * // ]
 * ```
 */
export function referralTimeline(referral: Referral, options?: ResponseOptions): TimelineEntry[] {
  const response = resolveResponse(options);
  checkReferral(referral);
  let flag: Flag | null = null;
  let applied = referral;
  let derived: object | null = null;
  if (response !== null) {
    const result = withPolicy(referral, response);
    applied = result.referral;
    derived = result.derived;
    flag = { from: addDays(result.respondBy, 1), repliedOn: response.policy.atDeadline === 'flag' ? firstReplyOn(referral) : null, flags: response.policy.atDeadline === 'flag' };
  }
  let entries: TimelineEntry[];
  try {
    entries = timeline(applied, flag, derived);
  } catch {
    return asInvalidReferral();
  }
  if (!datedEntries(entries)) throw invalidReferral(['events']);
  for (const entry of entries) if (typeof entry.cause !== 'string') throw invalidReferral(['events']);
  return entries;
}

/** How a policy marks days overdue: from the day after the deadline until the reply (a `'flag'` policy only). */
interface Flag {
  readonly from: IsoDate;
  readonly repliedOn: IsoDate | null;
  readonly flags: boolean;
}

function overdueOn(day: IsoDate, flag: Flag): boolean {
  return flag.flags && day >= flag.from && (flag.repliedOn === null || flag.repliedOn > day);
}

function timeline(referral: Referral, flag: Flag | null, derived: object | null): TimelineEntry[] {
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
  if (flag !== null) days.add(flag.from);

  const first: TimelineEntry = { on: referral.referredOn, status: 'referred', onHold: false, cause: 'referred' };
  const entries: TimelineEntry[] = [flag === null ? first : { ...first, overdue: false }];
  const events = referral.events;
  let onHold = false;
  let eventIndex = 0;
  for (const day of [...days].sort()) {
    let cause: TimelineCause = flag !== null && day === flag.from ? 'policy' : 'attended-contact';
    for (let event = events[eventIndex]; event?.on === day; event = events[++eventIndex]) {
      onHold = event.type === 'on-hold';
      cause = event === derived ? 'policy' : event.type;
    }
    const status = statusAt(referral, day);
    const last = entries[entries.length - 1];
    if (flag === null) {
      if (last?.status !== status || last.onHold !== onHold) entries.push({ on: day, status, onHold, cause });
    } else {
      const overdue = overdueOn(day, flag);
      if (last?.status !== status || last.onHold !== onHold || last.overdue !== overdue) entries.push({ on: day, status, onHold, cause, overdue });
    }
  }
  return entries;
}
