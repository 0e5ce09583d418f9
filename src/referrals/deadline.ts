/**
 * Internal: a response policy applied to one referral (its deadline, its reply, the derived
 * `no-response` rejection) for {@link referralStatus}, {@link referralTimeline} and
 * {@link overdueReferrals}.
 *
 * @module
 */
import { addDays, isSocialPrescribingError, SocialPrescribingError, unknownOptionIssues, type IsoDate, type ValidationIssue } from '../core/index.js';
import { addWorkingDays, type WorkingCalendar } from '../calendar/index.js';
import { invalidReferral } from './guard.js';
import type { ResponsePolicy } from './responsePolicy.js';
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
  const issues: ValidationIssue[] = [];
  if (!isObject(options)) {
    throw new SocialPrescribingError('referrals/invalid-options', [{ path: [], message: 'must be an options object' }]);
  }
  issues.push(...unknownOptionIssues(options, ['policy', 'calendar']));
  const { policy, calendar } = options as { policy?: unknown; calendar?: unknown };
  if (policy !== undefined) issues.push(...responsePolicyIssues(policy));
  if (calendar !== undefined) {
    try {
      addWorkingDays('2025-01-01', 0, calendar as WorkingCalendar); // the calendar module checks it, without zod
    } catch (error) {
      if (!isSocialPrescribingError(error)) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length > 0) throw new SocialPrescribingError('referrals/invalid-options', issues);
  if (policy === undefined) return null;
  return { policy: policy as ResponsePolicy, calendar: calendar as WorkingCalendar | undefined };
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const POLICY_FIELDS = ['id', 'name', 'source', 'respondWithinWorkingDays', 'remindWorkingDaysBefore', 'atDeadline'] as const;

function wholeIn(value: unknown, min: number, max: number): value is number {
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}

function textIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

/**
 * The issues of a response policy, checked by hand so that the lifecycle functions stay free of zod
 * in a bundle; the same rules as {@link ResponsePolicySchema}, which a property test holds them to.
 *
 * @example
 * ```ts
 * import { responsePolicyIssues } from './deadline.js';
 *
 * responsePolicyIssues({ id: 'p', name: 'P', respondWithinWorkingDays: 5, remindWorkingDaysBefore: [2], atDeadline: 'flag' });
 * //=> []
 * responsePolicyIssues({ id: 'p', name: 'P', respondWithinWorkingDays: 5, remindWorkingDaysBefore: [5, 5], atDeadline: 'later' }).map((issue) => issue.path);
 * //=> [['policy', 'remindWorkingDaysBefore', 0], ['policy', 'remindWorkingDaysBefore', 1], ['policy', 'atDeadline']]
 * ```
 */
export function responsePolicyIssues(policy: unknown): ValidationIssue[] {
  const path = (...rest: (string | number)[]): (string | number)[] => ['policy', ...rest];
  if (!isObject(policy)) return [{ path: path(), message: 'must be a response policy object' }];
  const issues: ValidationIssue[] = unknownOptionIssues(policy, POLICY_FIELDS, ['policy'], 'is not a known field');
  const p = policy as Record<string, unknown>;
  if (!(typeof p['id'] === 'string' && p['id'].length <= 64 && KEBAB_ID.test(p['id']))) {
    issues.push({ path: path('id'), message: 'must be a kebab-case id (a-z, 0-9 and single hyphens)' });
  }
  if (!textIn(p['name'], 1, 200)) issues.push({ path: path('name'), message: 'must be text of 1 to 200 characters' });
  if (p['source'] !== undefined && !textIn(p['source'], 1, 1000)) issues.push({ path: path('source'), message: 'must be text of 1 to 1000 characters' });
  const within = p['respondWithinWorkingDays'];
  const withinOk = wholeIn(within, 1, 260);
  if (!withinOk) issues.push({ path: path('respondWithinWorkingDays'), message: 'must be a whole number from 1 to 260' });
  const reminders = p['remindWorkingDaysBefore'];
  if (reminders !== undefined) {
    if (!Array.isArray(reminders) || reminders.length > 10) {
      issues.push({ path: path('remindWorkingDaysBefore'), message: 'must be a list of up to 10 whole numbers' });
    } else {
      const seen = new Set<number>();
      Array.from(reminders as unknown[]).forEach((before, i) => {
        if (!wholeIn(before, 1, 259)) issues.push({ path: path('remindWorkingDaysBefore', i), message: 'must be a whole number from 1 to 259' });
        else if (typeof within === 'number' && before >= within) issues.push({ path: path('remindWorkingDaysBefore', i), message: 'must be less than respondWithinWorkingDays' });
        else if (seen.has(before)) issues.push({ path: path('remindWorkingDaysBefore', i), message: 'must not repeat a reminder point' });
        if (typeof before === 'number') seen.add(before);
      });
    }
  }
  if (p['atDeadline'] !== 'flag' && p['atDeadline'] !== 'decline') issues.push({ path: path('atDeadline'), message: "must be 'flag' or 'decline'" });
  return issues;
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
