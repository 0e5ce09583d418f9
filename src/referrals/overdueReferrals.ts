import * as z from 'zod';
import { IsoDateSchema, isSocialPrescribingError, parseWithSchema, SocialPrescribingError, type IsoDate } from '../core/index.js';
import { isWorkingDay, workingDaysBetween, WorkingCalendarSchema } from '../calendar/index.js';
import { firstReplyOn, respondByOf, type ResolvedResponse } from './deadline.js';
import { isIterable } from './lifecycle.js';
import { ResponsePolicySchema } from './responsePolicy.js';
import type { Referral } from './schema.js';
import { validateReferrals } from './validateReferrals.js';

/**
 * Zod schema of the options of {@link overdueReferrals}.
 *
 * @category Response deadlines
 * @example
 * ```ts
 * import { OverdueOptionsSchema, responsePolicies } from 'social-prescribing/referrals';
 *
 * OverdueOptionsSchema.safeParse({ asOf: '2025-04-16', policy: responsePolicies.twoWeekMarketplace }).success;
 * //=> true
 * OverdueOptionsSchema.safeParse({ asOf: '2025-04-16' }).success;
 * //=> false
 * ```
 */
export const OverdueOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    asOf: IsoDateSchema,
    policy: ResponsePolicySchema,
    calendar: WorkingCalendarSchema.optional(),
    maxReportedIssues: z.number().int().min(0).max(10_000).optional(),
  }))();

/**
 * Options of {@link overdueReferrals}: the day to report on (`asOf`), the response `policy`,
 * the working `calendar` (default Monday–Friday, England and Wales bank holidays), and how
 * many issues of excluded records to keep (`maxReportedIssues`, default 100; every one is counted).
 *
 * @category Response deadlines
 */
export type OverdueOptions = z.input<typeof OverdueOptionsSchema>;

/**
 * Where an unanswered referral stands against its deadline on `asOf`.
 *
 * - `due`: the deadline has not passed; a reminder point has been reached or the deadline is today;
 * - `overdue`: the deadline has passed without a reply (a `'flag'` policy);
 * - `declined`: the deadline has passed without a reply and a `'decline'` policy turned the
 *   referral down the day after it (`rejected`, reason `no-response`).
 *
 * @category Response deadlines
 */
export type OverdueState = 'due' | 'overdue' | 'declined';

/**
 * One referral past or near its deadline, from {@link overdueReferrals}.
 *
 * @category Response deadlines
 */
export interface OverdueReferral {
  /** The referral's position in the input (from 0). */
  readonly index: number;
  /** The referral's pseudonymous id. */
  readonly id: string;
  /** The day of referral, when the clock starts. */
  readonly referredOn: IsoDate;
  /** The receiving service, `null` when not recorded. */
  readonly serviceId: string | null;
  /** The organisation providing the receiving service, `null` when not recorded. */
  readonly organisationId: string | null;
  /** The last day to reply: `respondWithinWorkingDays` working days after `referredOn`. */
  readonly respondBy: IsoDate;
  /** Where the referral stands. */
  readonly state: OverdueState;
  /** Working days after `asOf` up to and including `respondBy`; 0 on the deadline day and once it has passed. */
  readonly workingDaysRemaining: number;
  /** Working days after `respondBy` up to and including `asOf`; 0 until the deadline has passed. */
  readonly workingDaysOverdue: number;
  /** The latest reminder point reached (working days before the deadline), or `null` (none reached, or the deadline passed). */
  readonly reminder: number | null;
}

/**
 * What {@link overdueReferrals} found.
 *
 * @category Response deadlines
 */
export interface OverdueReport {
  /** The day reported on. */
  readonly asOf: IsoDate;
  /** The policy's id. */
  readonly policyId: string;
  /** Referrals past or near their deadline: most working days overdue first, then fewest remaining, then input order. */
  readonly referrals: readonly OverdueReferral[];
  /** Every record read: listed, counted or excluded. */
  readonly recordsRead: number;
  /** Referrals with no reply by `asOf` (listed or not yet near their deadline). */
  readonly awaiting: number;
  /** Referrals answered (or withdrawn with `cancelled`) by `asOf`. */
  readonly answered: number;
  /** Referrals made after `asOf`, not counted. */
  readonly notYetReferred: number;
  /** Referrals with an `entered-in-error` event, left out. */
  readonly enteredInError: number;
  /** Invalid records left out: their count and the first issues (index, path, message, never the value). */
  readonly excluded: {
    readonly total: number;
    readonly issues: readonly { readonly index: number; readonly path: readonly (string | number)[]; readonly message: string }[];
  };
}

/**
 * The referrals past or near their response deadline on `asOf`, with working days
 * overdue or remaining counted on the working calendar (bank holidays do not count).
 *
 * Each referral's deadline (`respondBy`) is `respondWithinWorkingDays` working days after
 * `referredOn`; the reply is its first event other than `on-hold` and `reopened`, or its
 * first attended contact (see {@link ResponsePolicySchema}). A referral with no reply by the
 * end of `asOf` is listed when its deadline has passed (`overdue`, or `declined` under a
 * `'decline'` policy), is today, or is within a reminder point (`due`, with the `reminder`
 * reached). Referrals recorded `entered-in-error` are left out and counted; invalid records
 * (checked with {@link ReferralSchema}) are left out, counted and reported by index and path.
 *
 * @param referrals - Any iterable of referral records.
 * @param options - The day, the policy and the calendar.
 * @returns The listed referrals and the counts of the rest.
 * @throws {@link core!SocialPrescribingError} `referrals/invalid-input` when `referrals` is not iterable.
 * @throws {@link core!SocialPrescribingError} `referrals/invalid-options` when the options, policy or calendar are not valid.
 * @throws {@link core!SocialPrescribingError} `referrals/invalid-date` when `asOf` is outside the calendar's years 1995–2100.
 * @see https://support.thejoyapp.com/en/articles/10491449-how-to-accept-an-inbound-referral-on-the-joy-marketplace-via-the-marketplace (Joy: reply within two weeks or the referral is declined; nudges)
 * @category Response deadlines
 * @example
 * ```ts
 * import { overdueReferrals, responsePolicies } from 'social-prescribing/referrals';
 *
 * const report = overdueReferrals(
 *   [
 *     { id: 'R-1', referredOn: '2025-04-01', source: 'gp-practice', serviceId: 'walking-group' },
 *     { id: 'R-2', referredOn: '2025-04-07', source: 'gp-practice' },
 *     { id: 'R-3', referredOn: '2025-04-07', source: 'self', events: [{ type: 'accepted', on: '2025-04-08' }] },
 *   ],
 *   { asOf: '2025-04-17', policy: responsePolicies.twoWeekMarketplace },
 * );
 * report.referrals.map((r) => [r.id, r.respondBy, r.state, r.workingDaysOverdue, r.workingDaysRemaining, r.reminder]);
 * //=> [['R-1', '2025-04-15', 'declined', 2, 0, null], ['R-2', '2025-04-23', 'due', 0, 2, 2]]
 * [report.awaiting, report.answered];
 * //=> [2, 1]
 * overdueReferrals([], { asOf: '2025-04-17' } as never);
 * //=> throws 'referrals/invalid-options'
 * ```
 */
export function overdueReferrals(referrals: Iterable<unknown>, options: OverdueOptions): OverdueReport {
  const o = parseWithSchema(OverdueOptionsSchema, options, 'referrals/invalid-options', { options: true });
  if (!isIterable(referrals)) {
    throw new SocialPrescribingError('referrals/invalid-input', [{ path: ['referrals'], message: 'must be an iterable of referral records' }]);
  }
  const { asOf, policy, calendar } = o;
  const maxIssues = o.maxReportedIssues ?? 100;
  const response: ResolvedResponse = { policy, calendar };
  let asOfIsWorkingDay: boolean;
  try {
    asOfIsWorkingDay = isWorkingDay(asOf, calendar);
  } catch (error) {
    if (!isSocialPrescribingError(error)) throw error;
    throw new SocialPrescribingError('referrals/invalid-date', [{ path: ['asOf'], message: 'must fall within the calendar years 1995 to 2100' }]);
  }
  const reminders = [...(policy.remindWorkingDaysBefore ?? [])].sort((a, b) => a - b);
  const listed: OverdueReferral[] = [];
  const issues: { index: number; path: (string | number)[]; message: string }[] = [];
  let index: number;
  let recordsRead = 0;
  let awaiting = 0;
  let answered = 0;
  let notYetReferred = 0;
  let enteredInError = 0;
  let excluded = 0;
  const exclude = (at: number, found: readonly { path: readonly (string | number)[]; message: string }[]): void => {
    excluded++;
    for (const issue of found) if (issues.length < maxIssues) issues.push({ index: at, path: [...issue.path], message: issue.message });
  };
  for (const checked of validateReferrals(referrals)) {
    index = checked.index;
    recordsRead++;
    if (!checked.ok) {
      exclude(index, checked.issues);
      continue;
    }
    const r: Referral = checked.value;
    if (r.events.some((event) => event.type === 'entered-in-error')) {
      enteredInError++;
      continue;
    }
    if (r.referredOn > asOf) {
      notYetReferred++;
      continue;
    }
    const reply = firstReplyOn(r);
    if (reply !== null && reply <= asOf) {
      answered++;
      continue;
    }
    let respondBy: IsoDate;
    try {
      respondBy = respondByOf(r.referredOn, response);
    } catch (error) {
      if (!isSocialPrescribingError(error)) throw error;
      exclude(index, [{ path: ['referredOn'], message: 'must fall within the calendar years 1995 to 2100 to count working days' }]);
      continue;
    }
    awaiting++;
    const past = asOf > respondBy;
    const workingDaysOverdue = past ? workingDaysBetween(respondBy, asOf, calendar) - 1 : 0;
    const workingDaysRemaining = past ? 0 : workingDaysBetween(asOf, respondBy, calendar) - (asOfIsWorkingDay ? 1 : 0);
    const reminder = past ? null : (reminders.find((before) => before >= workingDaysRemaining) ?? null);
    if (!past && reminder === null && workingDaysRemaining > 0) continue;
    listed.push({
      index,
      id: r.id,
      referredOn: r.referredOn,
      serviceId: r.serviceId ?? null,
      organisationId: r.organisationId ?? null,
      respondBy,
      state: !past ? 'due' : policy.atDeadline === 'decline' ? 'declined' : 'overdue',
      workingDaysRemaining,
      workingDaysOverdue,
      reminder,
    });
  }
  listed.sort((a, b) => b.workingDaysOverdue - a.workingDaysOverdue || a.workingDaysRemaining - b.workingDaysRemaining || a.index - b.index);
  return {
    asOf,
    policyId: policy.id,
    referrals: listed,
    recordsRead,
    awaiting,
    answered,
    notYetReferred,
    enteredInError,
    excluded: { total: excluded, issues },
  };
}
