/**
 * Response policies as data: how many working days a receiving service has to reply to a
 * referral, when to remind it, and what happens at the deadline.
 *
 * @module
 */
import * as z from 'zod';
import { deepFreeze } from '../core/index.js';
import { WorkingCalendarSchema } from '../calendar/index.js';

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Zod schema of a response policy: the single source of {@link ResponsePolicy}.
 *
 * - `respondWithinWorkingDays`: the reply is due by the end of the working day that many
 *   working days after `referredOn` (counted with `calendar`'s `addWorkingDays`: the day of
 *   referral does not count), 1 to 260;
 * - `remindWorkingDaysBefore`: reminder points, in working days before that deadline, each
 *   less than `respondWithinWorkingDays`, distinct (up to 10; default none);
 * - `atDeadline`: `'flag'` marks an unanswered referral overdue from the day after the
 *   deadline; `'decline'` also turns it down on the service's behalf that day: it becomes
 *   `rejected` with reason `no-response` (a derived event with cause `'policy'` in
 *   {@link referralTimeline}).
 *
 * A reply is the first lifecycle event other than `on-hold` (accepted, waiting, declined,
 * rejected, unable-to-contact, closed), or the first attended contact; a `cancelled` or
 * `entered-in-error` event stops the clock too.
 *
 * @category Response deadlines
 * @example
 * ```ts
 * import { ResponsePolicySchema } from 'social-prescribing/referrals';
 *
 * ResponsePolicySchema.safeParse({ id: 'five-days', name: 'Five working days', respondWithinWorkingDays: 5,
 *   remindWorkingDaysBefore: [2], atDeadline: 'flag' }).success;
 * //=> true
 * ResponsePolicySchema.safeParse({ id: 'five-days', name: 'Five working days', respondWithinWorkingDays: 5,
 *   remindWorkingDaysBefore: [5], atDeadline: 'flag' }).success;
 * //=> false
 * ```
 */
export const ResponsePolicySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: z.string().max(64).regex(KEBAB_ID, { message: 'must be a kebab-case id (a-z, 0-9 and single hyphens)' }),
      name: z.string().min(1).max(200),
      source: z.string().min(1).max(1000).optional(),
      respondWithinWorkingDays: z.number().int().min(1).max(260),
      remindWorkingDaysBefore: z.array(z.number().int().min(1).max(259)).max(10).readonly().optional(),
      atDeadline: z.enum(['flag', 'decline']),
    })
    .superRefine((policy, ctx) => {
      const seen = new Set<number>();
      for (const [i, before] of (policy.remindWorkingDaysBefore ?? []).entries()) {
        if (before >= policy.respondWithinWorkingDays) {
          ctx.addIssue({ code: 'custom', path: ['remindWorkingDaysBefore', i], message: 'must be less than respondWithinWorkingDays' });
        } else if (seen.has(before)) {
          ctx.addIssue({ code: 'custom', path: ['remindWorkingDaysBefore', i], message: 'must not repeat a reminder point' });
        }
        seen.add(before);
      }
    }))();

/**
 * A response policy (see {@link ResponsePolicySchema}).
 *
 * @category Response deadlines
 */
export type ResponsePolicy = z.output<typeof ResponsePolicySchema>;

/**
 * Zod schema of the options that apply a response policy to a referral's lifecycle
 * ({@link referralStatus}, {@link referralTimeline}): the `policy` and the working `calendar`
 * (default Monday–Friday, England and Wales bank holidays). Unknown options are errors.
 *
 * @category Response deadlines
 * @example
 * ```ts
 * import { ResponseOptionsSchema, responsePolicies } from 'social-prescribing/referrals';
 *
 * ResponseOptionsSchema.safeParse({ policy: responsePolicies.twoWeekMarketplace, calendar: { region: 'scotland' } }).success;
 * //=> true
 * ResponseOptionsSchema.safeParse({ polcy: responsePolicies.twoWeekMarketplace }).success;
 * //=> false
 * ```
 */
export const ResponseOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    policy: ResponsePolicySchema.optional(),
    calendar: WorkingCalendarSchema.optional(),
  }))();

/**
 * Options of {@link referralStatus} and {@link referralTimeline}: a response policy and its calendar.
 *
 * @category Response deadlines
 */
export type ResponseOptions = z.input<typeof ResponseOptionsSchema>;

const twoWeekMarketplace: ResponsePolicy = {
  id: 'two-week-marketplace',
  name: 'Reply within two weeks or the referral is declined',
  source:
    'Joy, "How to accept an inbound referral on the Joy marketplace via the marketplace" (support.thejoyapp.com): "we require referrals to be responded to within two weeks, otherwise they will be declined"; read here as 10 working days',
  respondWithinWorkingDays: 10,
  remindWorkingDaysBefore: [5, 2],
  atDeadline: 'decline',
};

/**
 * Response policies as data (deeply frozen).
 *
 * - `twoWeekMarketplace`: a referral platform's marketplace rule: a service must reply within
 *   two weeks, is nudged before then, and an unanswered referral is declined. Joy's help
 *   centre says "we require referrals to be responded to within two weeks, otherwise they
 *   will be declined" and that services get nudges; the preset reads two weeks as 10 working
 *   days (so a bank holiday moves the deadline a day) and nudges 5 and 2 working days before
 *   it (Joy gives no nudge days: these are an example).
 *
 * The seed documents set no time for a first reply or first contact (none of them gives a
 * number of days to contact a person after referral), so there is no preset for it: write
 * your service's own rule as a {@link ResponsePolicy}.
 *
 * @see https://support.thejoyapp.com/en/articles/10491449-how-to-accept-an-inbound-referral-on-the-joy-marketplace-via-the-marketplace (Joy: reply within two weeks or the referral is declined; nudges)
 * @category Response deadlines
 * @example
 * ```ts
 * import { responsePolicies } from 'social-prescribing/referrals';
 *
 * [responsePolicies.twoWeekMarketplace.respondWithinWorkingDays, responsePolicies.twoWeekMarketplace.atDeadline];
 * //=> [10, 'decline']
 * Object.isFrozen(responsePolicies.twoWeekMarketplace.remindWorkingDaysBefore);
 * //=> true
 * ```
 */
export const responsePolicies: {
  /** Reply within 10 working days (two weeks) or the referral is declined; nudges 5 and 2 working days before. */
  readonly twoWeekMarketplace: ResponsePolicy;
} = /* @__PURE__ */ deepFreeze({ twoWeekMarketplace });
