import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/index.js';
import { REFERRAL_STATUSES, referralStatus, type Referral, type ReferralStatus } from '../../src/referrals/index.js';
import { arbitraryReferral, makeReferral } from './arbitraries.js';

const rank = (status: ReferralStatus) => REFERRAL_STATUSES.indexOf(status);

describe('referralStatus', () => {
  it('is referred until something happens, and before the referral', () => {
    const referral = makeReferral();
    expect(referralStatus(referral, '2025-03-01')).toBe('referred');
    expect(referralStatus(referral, '2030-01-01')).toBe('referred');
  });

  it('follows accepted, engaged and closed', () => {
    const referral = makeReferral({
      events: [
        { type: 'accepted', on: '2025-04-02' },
        { type: 'closed', on: '2025-05-13', reason: 'goals-met' },
      ],
      contacts: [
        { on: '2025-04-09', mode: 'face-to-face', attended: false },
        { on: '2025-04-16', mode: 'face-to-face', attended: true },
      ],
    });
    expect(referralStatus(referral, '2025-04-01')).toBe('referred');
    expect(referralStatus(referral, '2025-04-02')).toBe('accepted');
    expect(referralStatus(referral, '2025-04-09')).toBe('accepted');
    expect(referralStatus(referral, '2025-04-16')).toBe('engaged');
    expect(referralStatus(referral, '2025-05-13')).toBe('closed');
  });

  it('counts an attended contact as engagement without an accepted event', () => {
    const referral = makeReferral({ contacts: [{ on: '2025-04-03', mode: 'telephone', attended: true }] });
    expect(referralStatus(referral, '2025-04-03')).toBe('engaged');
  });

  it('moves from unable-to-contact to accepted, never back', () => {
    const referral = makeReferral({
      events: [
        { type: 'unable-to-contact', on: '2025-04-10' },
        { type: 'accepted', on: '2025-04-20' },
        { type: 'unable-to-contact', on: '2025-05-01' },
      ],
    });
    expect(referralStatus(referral, '2025-04-10')).toBe('unable-to-contact');
    expect(referralStatus(referral, '2025-04-20')).toBe('accepted');
    expect(referralStatus(referral, '2025-05-01')).toBe('accepted');
  });

  it('reports declined, even after contacts', () => {
    const referral = makeReferral({
      events: [{ type: 'declined', on: '2025-04-12' }],
      contacts: [{ on: '2025-04-05', mode: 'telephone', attended: true }],
    });
    expect(referralStatus(referral, '2025-04-05')).toBe('engaged');
    expect(referralStatus(referral, '2025-04-12')).toBe('declined');
  });

  it('leaves the status alone while on hold', () => {
    const referral = makeReferral({
      events: [
        { type: 'accepted', on: '2025-04-02' },
        { type: 'on-hold', on: '2025-04-10' },
      ],
    });
    expect(referralStatus(referral, '2025-04-15')).toBe('accepted');
  });

  it('reopens to accepted, or engaged when the person attended before', () => {
    const events = [
      { type: 'declined', on: '2025-04-02' },
      { type: 'closed', on: '2025-04-03', reason: 'declined-further-support' },
      { type: 'reopened', on: '2025-06-01' },
    ] as const;
    const never = makeReferral({ events: [...events] });
    expect(referralStatus(never, '2025-05-01')).toBe('closed');
    expect(referralStatus(never, '2025-06-01')).toBe('accepted');
    const before = makeReferral({
      events: [...events],
      contacts: [{ on: '2025-04-01', mode: 'telephone', attended: true }],
    });
    expect(referralStatus(before, '2025-06-01')).toBe('engaged');
  });

  it('rejects a malformed asOf', () => {
    expect(() => referralStatus(makeReferral(), '2025-13-01')).toThrowErrorMatchingInlineSnapshot(
      `[SocialPrescribingError: referrals/invalid-date: asOf must be a real calendar date written YYYY-MM-DD]`,
    );
  });

  it('is monotone over time except across an explicit reopen', () => {
    fc.assert(
      fc.property(arbitraryReferral, fc.integer({ min: -10, max: 400 }), fc.integer({ min: 0, max: 400 }), (referral: Referral, a, gap) => {
        const first = addDays(referral.referredOn, a);
        const second = addDays(first, gap);
        const reopened = referral.events.some((e) => e.type === 'reopened' && e.on > first && e.on <= second);
        if (!reopened) expect(rank(referralStatus(referral, second))).toBeGreaterThanOrEqual(rank(referralStatus(referral, first)));
      }),
      { numRuns: 500 },
    );
  });
});
