import type { IsoDate } from '../core/index.js';
import type { ReferralStatus } from './constants.js';
import { resolveResponse, withPolicy } from './deadline.js';
import { asInvalidReferral, checkReferral } from './guard.js';
import { checkDate, eventStatus, STATUS_RANK } from './lifecycle.js';
import type { ResponseOptions } from './responsePolicy.js';
import type { Referral } from './schema.js';

/**
 * The status of a referral at the end of the day `asOf`.
 *
 * Within an episode the status is the furthest point the referral has reached
 * by `asOf`, along {@link REFERRAL_STATUSES}: `referred` → `unable-to-contact` →
 * `waiting` → `accepted` → `engaged` → `declined` → `rejected` → `cancelled` → `closed`
 * → `entered-in-error`:
 * - `accepted`, `waiting`, `declined`, `rejected`, `cancelled`, `unable-to-contact`,
 *   `closed` and `entered-in-error` events move it to that status (never back: an
 *   `unable-to-contact` after an acceptance leaves it `accepted`; a `waiting` referral
 *   becomes `accepted` when a place is given);
 * - `engaged` means at least one attended contact on or before `asOf`, and
 *   counts even without an `accepted` event (the contact shows the person took up the referral);
 * - `on-hold` leaves the status unchanged (see {@link referralTimeline} for holds);
 * - `reopened` starts a new episode at `accepted` (or `engaged`, when the
 *   person has attended a contact): the only way the status moves back.
 *
 * With `options.policy` (a {@link ResponsePolicy} whose `atDeadline` is `'decline'`), a
 * referral not answered by its deadline is `rejected` (reason `no-response`) from the day
 * after the deadline, as if the service had turned it down that day; a `'flag'` policy does
 * not change the status (see {@link overdueReferrals} and {@link referralTimeline}).
 *
 * Before `referredOn` the status is `referred`. The referral is trusted to be
 * valid (parse it with {@link ReferralSchema} first); this runs in time linear
 * in its events and contacts, allocating nothing, so it can run over millions of records.
 * A referral that is not even shaped like one (not an object, no `events` or
 * `contacts` list, a `referredOn` that is not a string, an event or contact that
 * is not an object) throws `referrals/invalid-referral` rather than a `TypeError`;
 * finer faults (a misspelt event type) are not looked for.
 *
 * @param referral - A valid referral.
 * @param asOf - The day to report the status on.
 * @param options - A response policy and its working calendar.
 * @returns The referral's status at the end of `asOf`.
 * @throws {@link core!SocialPrescribingError} `referrals/invalid-date` when `asOf` is not a real `YYYY-MM-DD` date.
 * @throws {@link core!SocialPrescribingError} `referrals/invalid-referral` when `referral` is not shaped like a referral
 * (or, with a policy, its `referredOn` is outside the calendar's years 1995–2100).
 * @throws {@link core!SocialPrescribingError} `referrals/invalid-options` when the options, policy or calendar are not valid.
 * @category Lifecycle
 * @example
 * ```ts
 * import { ReferralSchema, referralStatus, responsePolicies } from 'social-prescribing/referrals';
 *
 * const referral = ReferralSchema.parse({
 *   id: 'R-0001',
 *   referredOn: '2025-04-01',
 *   source: 'gp-practice',
 *   events: [
 *     { type: 'accepted', on: '2025-04-02' },
 *     { type: 'closed', on: '2025-05-14', reason: 'goals-met' },
 *   ],
 *   contacts: [{ on: '2025-04-09', mode: 'face-to-face', attended: true }],
 * });
 * referralStatus(referral, '2025-04-01');
 * //=> 'referred'
 * referralStatus(referral, '2025-04-02');
 * //=> 'accepted'
 * referralStatus(referral, '2025-04-09');
 * //=> 'engaged'
 * referralStatus(referral, '2025-06-01');
 * //=> 'closed'
 * referralStatus(referral, '1 June');
 * //=> throws 'referrals/invalid-date'
 * referralStatus({ ...referral, events: null } as never, '2025-06-01');
 * //=> throws 'referrals/invalid-referral'
 *
 * // A referral nobody answered, under the two-week marketplace rule: declined for no response.
 * const unanswered = ReferralSchema.parse({ id: 'R-0002', referredOn: '2025-04-01', source: 'gp-practice' });
 * referralStatus(unanswered, '2025-04-15', { policy: responsePolicies.twoWeekMarketplace });
 * //=> 'referred'
 * referralStatus(unanswered, '2025-04-16', { policy: responsePolicies.twoWeekMarketplace });
 * //=> 'rejected'
 * ```
 */
export function referralStatus(referral: Referral, asOf: IsoDate, options?: ResponseOptions): ReferralStatus {
  checkDate(asOf, 'asOf');
  const response = resolveResponse(options);
  checkReferral(referral);
  // With a policy, the referral gains the derived no-response rejection (a bad referredOn throws invalid-referral).
  const applied = response === null ? referral : withPolicy(referral, response).referral;
  try {
    return statusAt(applied, asOf);
  } catch {
    return asInvalidReferral();
  }
}

/** {@link referralStatus} without the argument check, for the module's own loops. */
export function statusAt(referral: Referral, asOf: IsoDate): ReferralStatus {
  let status: ReferralStatus = 'referred';
  let rank = 0;
  for (const event of referral.events) {
    if (event.on > asOf) break; // events are in date order
    if (event.type === 'reopened') {
      status = 'accepted';
      rank = STATUS_RANK.accepted;
      continue;
    }
    const next = eventStatus(event.type);
    if (next !== null) {
      const nextRank = STATUS_RANK[next];
      if (nextRank > rank) {
        status = next;
        rank = nextRank;
      }
    }
  }
  if (rank < STATUS_RANK.engaged) {
    for (const contact of referral.contacts) {
      if (contact.attended && contact.on <= asOf) return 'engaged';
    }
  }
  return status;
}
