import { toDayNumber, type IsoDate } from '../core/index.js';
import type { AssurancePolicy } from './assurancePolicies.js';
import { ASSURANCE_ITEM_LABELS, type AssuranceItem } from './constants.js';
import { addCalendarMonths } from './months.js';
import type { AssuranceRecord, Service } from './schemas.js';
import { readDate, readOptions, readPolicy, readService } from './validate.js';

/**
 * Options of {@link assessProvider}.
 *
 * @category Assurance
 */
export interface AssessProviderOptions {
  /** The date of the assessment: reviews are counted back from it. */
  readonly asOf: IsoDate;
  /** The policy to assess against. Default {@link assurancePolicies}`.sefton`. */
  readonly policy?: AssurancePolicy;
}

/**
 * The state of one required assurance item on the assessment date:
 *
 * - `current`: held, and reviewed within the policy's interval (or the policy sets none);
 * - `not-recorded`: the service's `assurance` does not mention the item;
 * - `not-held`: the provider says it does not hold it;
 * - `no-review-date`: held, but no review date is recorded and the policy requires one;
 * - `overdue`: held, but the last review is older than the policy allows;
 * - `reviewed-after-as-of`: the recorded review date is after the assessment date, so it
 *   cannot show the item was current then.
 *
 * @category Assurance
 */
export type AssuranceItemStatus = 'current' | 'not-recorded' | 'not-held' | 'no-review-date' | 'overdue' | 'reviewed-after-as-of';

/**
 * One required assurance item, assessed.
 *
 * @category Assurance
 */
export interface AssuranceItemAssessment {
  /** The item id. */
  readonly item: AssuranceItem;
  /** A policy or procedure, or an insurance. */
  readonly kind: 'policy' | 'insurance';
  /** The item's wording on Sefton's form. */
  readonly label: string;
  /** Its state on the assessment date. */
  readonly status: AssuranceItemStatus;
  /** The recorded review date, or `null`. */
  readonly lastReviewed: IsoDate | null;
  /** The last day the review counts as current, or `null` when there is no review date or no interval. */
  readonly dueBy: IsoDate | null;
  /** The status in plain English. */
  readonly reason: string;
}

/**
 * A provider's assurance on a date, against a policy.
 *
 * @category Assurance
 */
export interface ProviderAssessment {
  /** The service assessed. */
  readonly serviceId: string;
  /** The organisation that provides it. */
  readonly organisationId: string;
  /** The policy used. */
  readonly policyId: string;
  /** The assessment date. */
  readonly asOf: IsoDate;
  /** `true` when every required item is `current`. */
  readonly assured: boolean;
  /** Every item the policy requires, policies first, in the policy's order. */
  readonly items: readonly AssuranceItemAssessment[];
  /** The items that are not `current`: what the provider must put right. */
  readonly problems: readonly AssuranceItemAssessment[];
  /** The earliest `dueBy` among current items: when the assessment next needs renewing; `null` when none falls due. */
  readonly nextReviewDue: IsoDate | null;
}

/**
 * Checks whether a service's provider holds the policies and insurances a policy
 * requires, each reviewed recently enough, on a given date.
 *
 * A review counts as current up to and including the same day of the month
 * `reviewWithinMonths` calendar months later (or that month's last day when it is
 * shorter): reviewed 2024-06-15 with a 12-month interval is current on 2025-06-15
 * and overdue from 2025-06-16; reviewed 2024-02-29 is current to 2025-02-28.
 *
 * @param service - The service, validated with {@link ServiceSchema}.
 * @param options - The assessment date and, optionally, the policy (default {@link assurancePolicies}`.sefton`).
 * @returns Whether the provider is assured, each item's state and the problems to put right.
 * @throws {@link core!SocialPrescribingError} `directory/invalid-date` when `asOf` is not a real `YYYY-MM-DD` date;
 * `directory/invalid-service` when the service (including a review date) is invalid;
 * `directory/unknown-assurance-item` when the service or the policy names an item that is not one of
 * {@link ASSURANCE_POLICY_ITEMS} / {@link ASSURANCE_INSURANCE_ITEMS}; `directory/invalid-policy` for a malformed policy;
 * `directory/invalid-options` when `options` is not an object.
 * @see Provision of a Social Prescribing Service to Primary Care Networks: Expression of Interest – Stage 1 (Sefton CVS, 2019), sections 9 and 10
 * @category Assurance
 * @example
 * ```ts
 * import { assessProvider } from 'social-prescribing/directory';
 *
 * const service = {
 *   id: 'walk-and-talk',
 *   name: 'Walk and Talk',
 *   organization: { id: 'riverside', name: 'Riverside Community Trust' },
 *   needs: ['social-isolation'],
 *   assurance: { policies: { safeguarding: { held: true, lastReviewed: '2024-06-15' } } },
 * };
 * const policy = { id: 'p', name: 'Safeguarding', policies: ['safeguarding'], insurances: [], reviewWithinMonths: 12 };
 * assessProvider(service, { asOf: '2025-06-15', policy }).assured;
 * //=> true
 * assessProvider(service, { asOf: '2025-06-16', policy }).problems.map((p) => p.status);
 * //=> ['overdue']
 * assessProvider(service, { asOf: '2025-06-16' }).problems.length;
 * //=> 9
 * assessProvider(service, { asOf: '2025-02-30' });
 * //=> throws 'directory/invalid-date'
 * ```
 */
export function assessProvider(service: Service, options: AssessProviderOptions): ProviderAssessment {
  const input = readOptions(options, 'assessProvider');
  const asOf = readDate(input.asOf, ['asOf']);
  const policy = readPolicy(input.policy);
  return assessValidated(readService(service, ['service']), policy, asOf);
}

/** Assesses a validated service against a validated policy: the inner loop of the directory functions. */
export function assessValidated(service: Service, policy: AssurancePolicy, asOf: IsoDate): ProviderAssessment {
  const asOfDay = toDayNumber(asOf);
  const items: AssuranceItemAssessment[] = [];
  for (const item of policy.policies) {
    items.push(assessItem(item, 'policy', service.assurance?.policies?.[item], policy.reviewWithinMonths, asOfDay));
  }
  for (const item of policy.insurances) {
    items.push(assessItem(item, 'insurance', service.assurance?.insurances?.[item], policy.reviewWithinMonths, asOfDay));
  }
  const problems = items.filter((item) => item.status !== 'current');
  let nextReviewDue: IsoDate | null = null;
  for (const item of items) {
    if (item.status === 'current' && item.dueBy !== null && (nextReviewDue === null || item.dueBy < nextReviewDue)) {
      nextReviewDue = item.dueBy;
    }
  }
  return {
    serviceId: service.id,
    organisationId: service.organization.id,
    policyId: policy.id,
    asOf,
    assured: problems.length === 0,
    items,
    problems,
    nextReviewDue,
  };
}

function assessItem(
  item: AssuranceItem,
  kind: 'policy' | 'insurance',
  record: AssuranceRecord | undefined,
  months: number | null,
  asOfDay: number,
): AssuranceItemAssessment {
  const label = ASSURANCE_ITEM_LABELS[item];
  const lastReviewed = record?.lastReviewed ?? null;
  const make = (status: AssuranceItemStatus, dueBy: IsoDate | null, reason: string): AssuranceItemAssessment => ({
    item,
    kind,
    label,
    status,
    lastReviewed,
    dueBy,
    reason,
  });
  if (record === undefined) return make('not-recorded', null, 'no record of this item');
  if (!record.held) return make('not-held', null, 'the provider does not hold it');
  if (lastReviewed !== null && toDayNumber(lastReviewed) > asOfDay) {
    return make('reviewed-after-as-of', null, 'the recorded review is dated after the assessment date');
  }
  if (months === null) return make('current', null, 'held (the policy sets no review interval)');
  if (lastReviewed === null) return make('no-review-date', null, 'held, but no review date is recorded');
  const dueBy = addCalendarMonths(lastReviewed, months);
  if (dueBy === null) return make('current', null, `held and reviewed; the next review falls after 9999-12-31 (every ${months} months)`);
  if (asOfDay > toDayNumber(dueBy)) {
    return make('overdue', dueBy, `held, but the review was due by ${dueBy} (every ${months} months)`);
  }
  return make('current', dueBy, `held and reviewed; next review due by ${dueBy}`);
}
