import * as z from 'zod';
import { IsoDateSchema, parseWithSchema, SocialPrescribingError, type IsoDate } from '../core/index.js';
import { isWorkingDay, workingDaysBetween, WorkingCalendarSchema } from '../calendar/index.js';
import { referralTimeline, ResponsePolicySchema, validateReferrals, type Referral } from '../referrals/index.js';
import { wilson } from './wilsonInterval.js';
import type { Rate } from './wilsonInterval.js';

/**
 * Zod schema of the options of {@link serviceStatistics}.
 *
 * @category Service statistics
 * @example
 * ```ts
 * import { ServiceStatisticsOptionsSchema } from 'social-prescribing/outcomes';
 *
 * ServiceStatisticsOptionsSchema.safeParse({ from: '2025-04-01', to: '2025-04-30' }).success;
 * //=> true
 * ServiceStatisticsOptionsSchema.safeParse({ from: '2025-04-01', to: '2025-03-31' }).success;
 * //=> false
 * ```
 */
export const ServiceStatisticsOptionsSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      from: IsoDateSchema,
      to: IsoDateSchema,
      calendar: WorkingCalendarSchema.optional(),
      policy: ResponsePolicySchema.optional(),
      maxReportedIssues: z.number().int().min(0).max(10_000).optional(),
    })
    .refine((o) => o.from <= o.to, { message: 'must be on or after from', path: ['to'] }))();

/**
 * Options of {@link serviceStatistics}: the period (`from`–`to`, inclusive, by `referredOn`),
 * the working `calendar` for reply times (default Monday–Friday, England and Wales bank
 * holidays), a response `policy` to count overdue replies, and how many issues of excluded
 * records to keep (`maxReportedIssues`, default 100).
 *
 * @category Service statistics
 */
export type ServiceStatisticsOptions = z.input<typeof ServiceStatisticsOptionsSchema>;

/**
 * One receiving service's figures, from {@link serviceStatistics}.
 *
 * @category Service statistics
 */
export interface ServiceStatisticsRow {
  /** The receiving service (`Referral['serviceId']`); `null` for referrals that name none. */
  readonly serviceId: string | null;
  /** The organisation providing it (`Referral['organisationId']`); `null` when not recorded. */
  readonly organisationId: string | null;
  /** Referrals received in the period (not counting those entered in error). */
  readonly received: number;
  /** Referrals the service replied to: an `accepted`, `waiting`, `declined` or `rejected` event (a policy's derived rejection is not a reply). */
  readonly replied: number;
  /** Nearest-rank median of the reply times in working days; `null` when none replied. */
  readonly medianReplyWorkingDays: number | null;
  /** Nearest-rank 90th percentile of the reply times in working days; `null` when none replied. */
  readonly p90ReplyWorkingDays: number | null;
  /** Referrals accepted: an `accepted` or `waiting` event. */
  readonly accepted: number;
  /** `accepted / replied` with its 95% Wilson interval; `null` when none replied. */
  readonly acceptanceRate: Rate | null;
  /** Accepted referrals where the person attended at least one contact. */
  readonly attended: number;
  /** `attended / accepted` with its 95% Wilson interval; `null` when none was accepted. */
  readonly attendanceRate: Rate | null;
  /** With a policy: referrals not answered by their deadline (on or before `to`); `null` without one. */
  readonly overdue: number | null;
  /** Referrals of this service in the period recorded `entered-in-error`, left out of every figure above. */
  readonly enteredInError: number;
}

/**
 * What {@link serviceStatistics} returns.
 *
 * @category Service statistics
 */
export interface ServiceStatistics {
  /** The period. */
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  /** The policy's id, `null` without one. */
  readonly policyId: string | null;
  /** A row per service and organisation, sorted by `serviceId` then `organisationId` (`null` last). */
  readonly rows: readonly ServiceStatisticsRow[];
  /** Every record read, in the period or not. */
  readonly recordsRead: number;
  /** Valid records outside the period. */
  readonly outsidePeriod: number;
  /** Invalid records left out: their count and the first issues (index, path, message, never the value). */
  readonly excluded: {
    readonly total: number;
    readonly issues: readonly { readonly index: number; readonly path: readonly (string | number)[]; readonly message: string }[];
  };
}

const REPLY_TYPES: ReadonlySet<string> = new Set(['accepted', 'waiting', 'declined', 'rejected']);
const ACCEPT_TYPES: ReadonlySet<string> = new Set(['accepted', 'waiting']);

interface ServiceAcc {
  readonly serviceId: string | null;
  readonly organisationId: string | null;
  received: number;
  readonly replyDays: number[];
  accepted: number;
  attended: number;
  overdue: number;
  enteredInError: number;
}

/**
 * The value at percentile `p` of sorted values by the nearest-rank method: the value at rank
 * `ceil(p / 100 × n)` (1-based), so always one of the values; `null` for none.
 *
 * @example
 * ```ts
 * import { nearestRank } from './serviceStatistics.js';
 *
 * [nearestRank([1, 2, 3, 4], 50), nearestRank([1, 2, 3, 4], 90), nearestRank([7], 90), nearestRank([], 50)];
 * //=> [2, 4, 7, null]
 * ```
 */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1] as number;
}

function compareKey(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The figures of the referral's service and organisation, made the first time they are met. */
function serviceRow(services: Map<string, ServiceAcc>, r: Referral): ServiceAcc {
  const serviceId = r.serviceId ?? null;
  const organisationId = r.organisationId ?? null;
  const mapKey = JSON.stringify([serviceId, organisationId]);
  let acc = services.get(mapKey);
  if (acc === undefined) {
    acc = { serviceId, organisationId, received: 0, replyDays: [], accepted: 0, attended: 0, overdue: 0, enteredInError: 0 };
    services.set(mapKey, acc);
  }
  return acc;
}

/**
 * Per receiving service and provider, what a directory or marketplace shows about how a
 * service answers its referrals: referrals received in the period, reply time in working
 * days (median and 90th percentile), acceptance and attendance rates with 95% Wilson
 * intervals, and, with a response policy, how many replies were overdue.
 *
 * - A referral belongs to the row of its `serviceId` and `organisationId` (`null` when not
 *   recorded) and counts when `referredOn` is within `from`–`to` (inclusive).
 * - **Reply time**: working days from `referredOn` to the service's first `accepted`,
 *   `waiting`, `declined` or `rejected` event: the working days after `referredOn` up to and
 *   including the reply day (a reply the next working day is 1, the same day 0), on the
 *   working `calendar`. The median and 90th percentile use the nearest-rank method (the value
 *   at rank `ceil(p/100 × n)` of the sorted times, always an observed value).
 * - **Acceptance rate**: referrals with an `accepted` or `waiting` event over those replied to.
 * - **Attendance rate**: accepted referrals where the person attended at least one contact,
 *   over those accepted (did the person referred on turn up).
 * - **Overdue** (with `policy`): referrals whose timeline under the policy has its deadline
 *   entry (cause `'policy'`) on or before `to`: not answered by the deadline.
 *
 * Referrals recorded `entered-in-error` are left out of every figure and counted in their
 * row's `enteredInError`; invalid records (checked with `ReferralSchema`) are left out,
 * counted and reported by index and path.
 *
 * @param referrals - Any iterable of referral records.
 * @param options - The period, the calendar and an optional response policy.
 * @returns A row per service and the counts of what was left out.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-input` when `referrals` is not iterable.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-options` when the options fail {@link ServiceStatisticsOptionsSchema}.
 * @throws {@link core!SocialPrescribingError} `outcomes/invalid-period` when `from` or `to` is outside the calendar's years 1995–2100.
 * @see https://support.thejoyapp.com/en/articles/10491449-how-to-accept-an-inbound-referral-on-the-joy-marketplace-via-the-marketplace (Joy: a service replies within two weeks or the referral is declined)
 * @category Service statistics
 * @example
 * ```ts
 * import { serviceStatistics } from 'social-prescribing/outcomes';
 *
 * const stats = serviceStatistics(
 *   [
 *     { id: 'R-1', referredOn: '2025-04-01', source: 'gp-practice', serviceId: 'walk', organisationId: 'org-1',
 *       events: [{ type: 'accepted', on: '2025-04-03' }], contacts: [{ on: '2025-04-08', mode: 'group', attended: true }] },
 *     { id: 'R-2', referredOn: '2025-04-02', source: 'gp-practice', serviceId: 'walk', organisationId: 'org-1',
 *       events: [{ type: 'rejected', on: '2025-04-09', reason: 'no-capacity' }] },
 *   ],
 *   { from: '2025-04-01', to: '2025-04-30' },
 * );
 * const [walk] = stats.rows;
 * [walk?.received, walk?.replied, walk?.medianReplyWorkingDays, walk?.p90ReplyWorkingDays, walk?.acceptanceRate?.value, walk?.attended];
 * //=> [2, 2, 2, 5, 0.5, 1]
 * serviceStatistics([], { from: '2025-04-30', to: '2025-04-01' });
 * //=> throws 'outcomes/invalid-options'
 * ```
 */
export function serviceStatistics(referrals: Iterable<unknown>, options: ServiceStatisticsOptions): ServiceStatistics {
  const o = parseWithSchema(ServiceStatisticsOptionsSchema, options, 'outcomes/invalid-options', { options: true });
  // A string is iterable, but as characters, not records.
  if (typeof referrals !== 'object' || typeof (referrals as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') {
    throw new SocialPrescribingError('outcomes/invalid-input', [{ path: ['referrals'], message: 'must be an iterable of referral records' }]);
  }
  const { from, to, calendar, policy } = o;
  try {
    isWorkingDay(from, calendar);
    isWorkingDay(to, calendar);
  } catch {
    throw new SocialPrescribingError('outcomes/invalid-period', [{ path: ['from'], message: 'must fall within the calendar years 1995 to 2100 (from and to)' }]);
  }
  const maxIssues = o.maxReportedIssues ?? 100;
  const services = new Map<string, ServiceAcc>();
  const issues: { index: number; path: (string | number)[]; message: string }[] = [];
  let recordsRead = 0;
  let outsidePeriod = 0;
  let excluded = 0;
  const exclude = (index: number, found: readonly { path: readonly (string | number)[]; message: string }[]): void => {
    excluded++;
    for (const issue of found) if (issues.length < maxIssues) issues.push({ index, path: [...issue.path], message: issue.message });
  };
  for (const { index, ...checked } of validateReferrals(referrals)) {
    recordsRead++;
    if (!checked.ok) {
      exclude(index, checked.issues);
      continue;
    }
    const r: Referral = checked.value;
    if (r.referredOn < from || r.referredOn > to) {
      outsidePeriod++;
      continue;
    }
    if (r.events.some((event) => event.type === 'entered-in-error')) {
      serviceRow(services, r).enteredInError++;
      continue;
    }
    let replyDays: number | null;
    let overdue = false;
    try {
      replyDays = replyWorkingDays(r, calendar);
      if (policy !== undefined) overdue = referralTimeline(r, { policy, ...(calendar !== undefined ? { calendar } : {}) }).some((entry) => entry.cause === 'policy' && entry.on <= to);
    } catch {
      exclude(index, [{ path: ['referredOn'], message: 'must fall within the calendar years 1995 to 2100 to count working days' }]);
      continue;
    }
    // The service's row is made only for a referral that counts: an excluded one adds no row.
    const acc = serviceRow(services, r);
    acc.received++;
    if (overdue) acc.overdue++;
    if (replyDays !== null) acc.replyDays.push(replyDays);
    if (r.events.some((event) => ACCEPT_TYPES.has(event.type))) {
      acc.accepted++;
      if (r.contacts.some((contact) => contact.attended)) acc.attended++;
    }
  }
  const rows = [...services.values()]
    .sort((a, b) => compareKey(a.serviceId, b.serviceId) || compareKey(a.organisationId, b.organisationId))
    .map((acc): ServiceStatisticsRow => {
      const sorted = [...acc.replyDays].sort((a, b) => a - b);
      return {
        serviceId: acc.serviceId,
        organisationId: acc.organisationId,
        received: acc.received,
        replied: sorted.length,
        medianReplyWorkingDays: nearestRank(sorted, 50),
        p90ReplyWorkingDays: nearestRank(sorted, 90),
        accepted: acc.accepted,
        acceptanceRate: wilson(acc.accepted, sorted.length),
        attended: acc.attended,
        attendanceRate: wilson(acc.attended, acc.accepted),
        overdue: policy === undefined ? null : acc.overdue,
        enteredInError: acc.enteredInError,
      };
    });
  return {
    period: { from, to },
    policyId: policy?.id ?? null,
    rows,
    recordsRead,
    outsidePeriod,
    excluded: { total: excluded, issues },
  };
}

/** Working days from `referredOn` to the first reply (after `referredOn`, up to and including the reply day); `null` without a reply. */
function replyWorkingDays(r: Referral, calendar: z.output<typeof WorkingCalendarSchema> | undefined): number | null {
  const reply = r.events.find((event) => REPLY_TYPES.has(event.type));
  if (reply === undefined) return null;
  return workingDaysBetween(r.referredOn, reply.on, calendar) - (isWorkingDay(r.referredOn, calendar) ? 1 : 0);
}
