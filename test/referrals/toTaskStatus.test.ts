import { describe, expect, it } from 'vitest';
import { REFERRAL_STATUSES, TASK_STATUSES, toTaskStatus } from '../../src/referrals/index.js';

describe('toTaskStatus', () => {
  it('maps every status to a Gravity Task status', () => {
    expect(Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, toTaskStatus(s)]))).toEqual({
      referred: 'requested',
      'unable-to-contact': 'failed',
      waiting: 'accepted',
      accepted: 'accepted',
      engaged: 'in-progress',
      declined: 'rejected',
      rejected: 'rejected',
      cancelled: 'cancelled',
      closed: 'completed',
      'entered-in-error': 'entered-in-error',
    });
    expect(Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, toTaskStatus(s, { onHold: true })]))).toEqual({
      referred: 'on-hold',
      'unable-to-contact': 'failed',
      waiting: 'on-hold',
      accepted: 'on-hold',
      engaged: 'on-hold',
      declined: 'rejected',
      rejected: 'rejected',
      cancelled: 'cancelled',
      closed: 'completed',
      'entered-in-error': 'entered-in-error',
    });
    for (const status of REFERRAL_STATUSES) expect(TASK_STATUSES).toContain(toTaskStatus(status));
  });

  it('rejects an unknown status without echoing it', () => {
    expect(() => toTaskStatus('Ada' as never)).toThrowErrorMatchingInlineSnapshot(
      `[SocialPrescribingError: referrals/invalid-status: status must be one of referred, unable-to-contact, waiting, accepted, engaged, declined, rejected, cancelled, closed, entered-in-error]`,
    );
  });
});
