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
 * | `waiting` | `accepted` (accepted, not yet started: the Task's `businessStatus` says `waiting`) |
 * | `accepted` | `accepted` |
 * | `engaged` | `in-progress` |
 * | `declined` | `rejected` |
 * | `rejected` | `rejected` |
 * | `cancelled` | `cancelled` |
 * | `unable-to-contact` | `failed` |
 * | `closed` | `completed` |
 * | `entered-in-error` | `entered-in-error` |
 *
 * With `onHold: true`, an open referral (`referred`, `waiting`, `accepted`, `engaged`)
 * maps to `on-hold`; a hold does not change a finished one. The library never
 * produces `draft`, which belongs to the sending system. The event's reason goes in the
 * Task's `statusReason` (see `referralToFhir` in `fhir`).
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
 * toTaskStatus('entered-in-error');
 * //=> 'entered-in-error'
 * toTaskStatus('lost' as never);
 * //=> throws 'referrals/invalid-status'
 * ```
 */
export function toTaskStatus(status: ReferralStatus, options?: ToTaskStatusOptions): TaskStatus {
  const onHold = options?.onHold === true;
  switch (status) {
    case 'referred':
      return onHold ? 'on-hold' : 'requested';
    case 'waiting':
    case 'accepted':
      return onHold ? 'on-hold' : 'accepted';
    case 'engaged':
      return onHold ? 'on-hold' : 'in-progress';
    case 'declined':
    case 'rejected':
      return 'rejected';
    case 'cancelled':
      return 'cancelled';
    case 'entered-in-error':
      return 'entered-in-error';
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
