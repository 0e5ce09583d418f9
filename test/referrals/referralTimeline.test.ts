import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referralStatus, referralTimeline } from '../../src/referrals/index.js';
import { arbitraryReferral, makeReferral } from './arbitraries.js';

describe('referralTimeline', () => {
  it('starts with the referral', () => {
    expect(referralTimeline(makeReferral())).toEqual([{ on: '2025-04-01', status: 'referred', onHold: false, cause: 'referred' }]);
  });

  it('gives a second entry for an event on the referral day, and one per day of several events', () => {
    const referral = makeReferral({
      events: [
        { type: 'accepted', on: '2025-04-01' },
        { type: 'declined', on: '2025-04-04' },
        { type: 'closed', on: '2025-04-04', reason: 'declined-further-support' },
        { type: 'reopened', on: '2025-06-02' },
        { type: 'unable-to-contact', on: '2025-06-09' },
      ],
    });
    expect(referralTimeline(referral)).toEqual([
      { on: '2025-04-01', status: 'referred', onHold: false, cause: 'referred' },
      { on: '2025-04-01', status: 'accepted', onHold: false, cause: 'accepted' },
      { on: '2025-04-04', status: 'closed', onHold: false, cause: 'closed' },
      { on: '2025-06-02', status: 'accepted', onHold: false, cause: 'reopened' },
    ]);
  });

  it('shows a hold and its end by a close', () => {
    const referral = makeReferral({
      events: [
        { type: 'on-hold', on: '2025-04-03' },
        { type: 'on-hold', on: '2025-04-10' },
        { type: 'closed', on: '2025-05-01', reason: 'moved-away' },
      ],
    });
    expect(referralTimeline(referral)).toEqual([
      { on: '2025-04-01', status: 'referred', onHold: false, cause: 'referred' },
      { on: '2025-04-03', status: 'referred', onHold: true, cause: 'on-hold' },
      { on: '2025-05-01', status: 'closed', onHold: false, cause: 'closed' },
    ]);
  });

  it("marks the days from the deadline to a late reply overdue under a 'flag' policy", () => {
    const policy = { id: 'ten-days', name: 'Ten working days', respondWithinWorkingDays: 10, atDeadline: 'flag' } as const;
    const referral = makeReferral({
      events: [
        { type: 'on-hold', on: '2025-04-03' },
        { type: 'accepted', on: '2025-04-22' },
      ],
    });
    // Due by 15 April (ten working days after 1 April); the reply came on 22 April.
    expect(referralTimeline(referral, { policy })).toEqual([
      { on: '2025-04-01', status: 'referred', onHold: false, cause: 'referred', overdue: false },
      { on: '2025-04-03', status: 'referred', onHold: true, cause: 'on-hold', overdue: false },
      { on: '2025-04-16', status: 'referred', onHold: true, cause: 'policy', overdue: true },
      { on: '2025-04-22', status: 'accepted', onHold: false, cause: 'accepted', overdue: false },
    ]);
  });

  it("never marks a day overdue under a 'decline' policy, which declines instead", () => {
    const policy = { id: 'ten-days', name: 'Ten working days', respondWithinWorkingDays: 10, atDeadline: 'decline' } as const;
    const referral = makeReferral({ events: [{ type: 'on-hold', on: '2025-04-03' }] });
    expect(referralTimeline(referral, { policy })).toEqual([
      { on: '2025-04-01', status: 'referred', onHold: false, cause: 'referred', overdue: false },
      { on: '2025-04-03', status: 'referred', onHold: true, cause: 'on-hold', overdue: false },
      { on: '2025-04-16', status: 'rejected', onHold: false, cause: 'policy', overdue: false },
    ]);
  });

  it('agrees with referralStatus on every entry and ends at the final status', () => {
    fc.assert(
      fc.property(arbitraryReferral, (referral) => {
        const timeline = referralTimeline(referral);
        expect(timeline[0]).toEqual({ on: referral.referredOn, status: 'referred', onHold: false, cause: 'referred' });
        for (let i = 1; i < timeline.length; i++) {
          const entry = timeline[i]!;
          expect(entry.on >= timeline[i - 1]!.on).toBe(true);
          expect(entry.status).toBe(referralStatus(referral, entry.on));
        }
        expect(timeline.at(-1)!.status).toBe(referralStatus(referral, '2099-12-31'));
      }),
      { numRuns: 300 },
    );
  });
});
