import { SocialPrescribingError } from '../core/index.js';
import { REFERRAL_STATUSES, type ReferralStatus } from './constants.js';

/**
 * The statuses of a FHIR `Task` as the HL7 Gravity SDOH Clinical Care
 * implementation guide uses them for referrals.
 *
 * @see https://hl7.org/fhir/us/sdoh-clinicalcare/ (Gravity SDOH Clinical Care: referral Task statuses)
 * @category FHIR
 * @example
 * ```ts
 * import { TASK_STATUSES } from 'social-prescribing/referrals';
 *
 * TASK_STATUSES.length;
 * //=> 10
 * ```
 */
export const TASK_STATUSES = /* @__PURE__ */ Object.freeze([
  'draft',
  'requested',
  'accepted',
  'rejected',
  'cancelled',
  'in-progress',
  'on-hold',
  'failed',
  'completed',
  'entered-in-error',
] as const);

/**
 * One of {@link TASK_STATUSES}.
 *
 * @category FHIR
 */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * Options of {@link toTaskStatus}.
 *
 * @category FHIR
 */
export interface ToTaskStatusOptions {
  /** Whether support is on hold ({@link TimelineEntry.onHold}). Default `false`. */
  readonly onHold?: boolean;
}

/**
 * The FHIR `Task.status` (Gravity SDOH referral workflow) for a referral status,
 * so that a platform exchanging referral Tasks can use this library's lifecycle.
 *
 * | referral status | Task status |
 * | --- | --- |
 * | `referred` | `requested` |
 * | `accepted` | `accepted` |
 * | `engaged` | `in-progress` |
 * | `declined` | `rejected` |
 * | `unable-to-contact` | `failed` |
 * | `closed` | `completed` |
 *
 * With `onHold: true`, an open referral (`referred`, `accepted`, `engaged`)
 * maps to `on-hold`; a hold does not change a finished one. The library never
 * produces `draft`, `cancelled` or `entered-in-error`, which belong to the
 * sending system.
 *
 * @param status - A referral status from {@link referralStatus} or {@link referralTimeline}.
 * @param options - Whether the referral is on hold.
 * @returns The Task status.
 * @throws {@link core!SocialPrescribingError} `referrals/invalid-status` when `status` is not a referral status.
 * @see https://hl7.org/fhir/us/sdoh-clinicalcare/ (Gravity SDOH Clinical Care: referral Task statuses)
 * @category FHIR
 * @example
 * ```ts
 * import { toTaskStatus } from 'social-prescribing/referrals';
 *
 * toTaskStatus('engaged');
 * //=> 'in-progress'
 * toTaskStatus('engaged', { onHold: true });
 * //=> 'on-hold'
 * toTaskStatus('declined');
 * //=> 'rejected'
 * toTaskStatus('lost' as never);
 * //=> throws 'referrals/invalid-status'
 * ```
 */
export function toTaskStatus(status: ReferralStatus, options?: ToTaskStatusOptions): TaskStatus {
  const onHold = options?.onHold === true;
  switch (status) {
    case 'referred':
      return onHold ? 'on-hold' : 'requested';
    case 'accepted':
      return onHold ? 'on-hold' : 'accepted';
    case 'engaged':
      return onHold ? 'on-hold' : 'in-progress';
    case 'declined':
      return 'rejected';
    case 'unable-to-contact':
      return 'failed';
    case 'closed':
      return 'completed';
    default:
      throw new SocialPrescribingError('referrals/invalid-status', [
        { path: ['status'], message: `must be one of ${REFERRAL_STATUSES.join(', ')}` },
      ]);
  }
}
