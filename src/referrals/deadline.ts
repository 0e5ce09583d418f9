/**
 * Internal: a response policy applied to one referral (its deadline, its reply, the derived
 * `no-response` rejection) for {@link referralStatus}, {@link referralTimeline} and
 * {@link overdueReferrals}.
 *
 * @module
 */
import { addDays, isSocialPrescribingError, parseWithSchema, SocialPrescribingError, type IsoDate } from '../core/index.js';
import { addWorkingDays, type WorkingCalendar } from '../calendar/index.js';
import { invalidReferral } from './guard.js';
import { ResponseOptionsSchema, type ResponsePolicy } from './responsePolicy.js';
import type { Referral, ReferralEvent } from './schema.js';

/** A policy and its calendar, checked. */
export interface ResolvedResponse {
  readonly policy: ResponsePolicy;
  readonly calendar: WorkingCalendar | undefined;
}

/**
 * The checked options of a lifecycle function: `null` when no policy is given.
 *
 * @throws SocialPrescribingError `referrals/invalid-options` when the options, the policy or the calendar are not valid.
 * @example
 * ```ts
 * import { resolveResponse } from './deadline.js';
 *
 * resolveResponse(undefined);
 * //=> null
 * resolveResponse({ policy: { id: 'p', name: 'P', respondWithinWorkingDays: 3, atDeadline: 'flag' } })?.policy.respondWithinWorkingDays;
 * //=> 3
 * resolveResponse({ policy: { id: 'p', name: 'P', respondWithinWorkingDays: 0, atDeadline: 'flag' } });
 * //=> throws 'referrals/invalid-options'
 * ```
 */
export function resolveResponse(options: unknown): ResolvedResponse | null {
  if (options === undefined) return null;
  const parsed = parseWithSchema(ResponseOptionsSchema, options, 'referrals/invalid-options', { options: true });
  if (parsed.policy === undefined) return null;
  return { policy: parsed.policy, calendar: parsed.calendar };
}

/** Event types that do not answer a referral. */
const NOT_A_REPLY: ReadonlySet<string> = new Set(['on-hold', 'reopened']);

/**
 * The day the referral was first answered (or withdrawn): its first event other than
 * `on-hold` or `reopened`, or its first attended contact, whichever is earlier; `null` when none.
 *
 * @example
 * ```ts
 * import { firstReplyOn } from './deadline.js';
 *
 * firstReplyOn({ events: [{ type: 'on-hold', on: '2025-04-02' }, { type: 'accepted', on: '2025-04-08' }],
 *   contacts: [{ on: '2025-04-07', mode: 'telephone', attended: true }] } as never);
 * //=> '2025-04-07'
 * firstReplyOn({ events: [], contacts: [] } as never);
 * //=> null
 * ```
 */
export function firstReplyOn(referral: Referral): IsoDate | null {
  let first: IsoDate | null = null;
  for (const event of referral.events) {
    if (!NOT_A_REPLY.has(event.type)) {
      first = event.on;
      break;
    }
  }
  for (const contact of referral.contacts) {
    if (contact.attended && (first === null || contact.on < first)) first = contact.on;
  }
  return first;
}

/**
 * The last day to reply under `response`: `respondWithinWorkingDays` working days after `referredOn`.
 *
 * @throws SocialPrescribingError `referrals/invalid-referral` at `referredOn` when the date is outside the calendar's years (1995–2100).
 * @example
 * ```ts
 * import { respondByOf } from './deadline.js';
 *
 * const policy = { id: 'p', name: 'P', respondWithinWorkingDays: 10, atDeadline: 'flag' } as const;
 * respondByOf('2025-04-14', { policy, calendar: undefined }); // Good Friday and Easter Monday fall in the fortnight
 * //=> '2025-04-30'
 * respondByOf('1990-01-01', { policy, calendar: undefined });
 * //=> throws 'referrals/invalid-referral'
 * ```
 */
export function respondByOf(referredOn: IsoDate, response: ResolvedResponse): IsoDate {
  try {
    return addWorkingDays(referredOn, response.policy.respondWithinWorkingDays, response.calendar);
  } catch (error) {
    if (isSocialPrescribingError(error) && error.code.startsWith('calendar/')) {
      throw new SocialPrescribingError('referrals/invalid-referral', [
        { path: ['referral', 'referredOn'], message: 'must fall within the calendar years 1995 to 2100 to count working days' },
      ]);
    }
    throw error;
  }
}

/**
 * The referral as the policy leaves it: with `decline`, an unanswered referral gains a
 * `rejected` event (reason `no-response`) on the day after the deadline, placed before that
 * day's own events; otherwise the referral unchanged. Returns the derived event too (or `null`).
 *
 * @example
 * ```ts
 * import { withPolicy } from './deadline.js';
 *
 * const policy = { id: 'p', name: 'P', respondWithinWorkingDays: 2, atDeadline: 'decline' } as const;
 * const { referral, derived } = withPolicy({ referredOn: '2025-04-01', events: [], contacts: [] } as never, { policy, calendar: undefined });
 * [referral.events, derived?.on];
 * //=> [[{ type: 'rejected', on: '2025-04-04', reason: 'no-response' }], '2025-04-04']
 * ```
 */
export function withPolicy(referral: Referral, response: ResolvedResponse): { referral: Referral; derived: ReferralEvent | null; respondBy: IsoDate } {
  const respondBy = respondByOf(referral.referredOn, response);
  try {
    return applyPolicy(referral, response, respondBy);
  } catch {
    // A trusted referral that is not one (a date that is not a string): the one documented code.
    throw invalidReferral();
  }
}

function applyPolicy(referral: Referral, response: ResolvedResponse, respondBy: IsoDate): { referral: Referral; derived: ReferralEvent | null; respondBy: IsoDate } {
  const reply = firstReplyOn(referral);
  if (response.policy.atDeadline !== 'decline' || (reply !== null && reply <= respondBy)) return { referral, derived: null, respondBy };
  const derived: ReferralEvent = { type: 'rejected', on: addDays(respondBy, 1), reason: 'no-response' };
  const events = referral.events;
  let at = 0;
  while (at < events.length && (events[at] as ReferralEvent).on <= respondBy) at++;
  return { referral: { ...referral, events: [...events.slice(0, at), derived, ...events.slice(at)] }, derived, respondBy };
}
