import { describe, expect, it } from 'vitest';
import { REFERRAL_EVENT_TYPES } from '../../src/referrals/index.js';
import { eventStatus } from '../../src/referrals/lifecycle.js';

describe('eventStatus', () => {
  it('gives the status each event type moves an episode to, and null for on-hold and reopened', () => {
    expect(Object.fromEntries(REFERRAL_EVENT_TYPES.map((type) => [type, eventStatus(type)]))).toEqual({
      accepted: 'accepted',
      declined: 'declined',
      'unable-to-contact': 'unable-to-contact',
      'on-hold': null,
      closed: 'closed',
      reopened: null,
      waiting: 'waiting',
      rejected: 'rejected',
      cancelled: 'cancelled',
      'entered-in-error': 'entered-in-error',
    });
  });
});
