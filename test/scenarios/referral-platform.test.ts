/**
 * Worked cases for what referral platforms need every day (issue 18): the two-week reply rule over
 * April–May 2025 with its bank holidays (England and Wales: Good Friday 18 April, Easter Monday
 * 21 April, early May bank holiday 5 May), a close without a reason refused, a referral entered in
 * error gone from the summary but kept in its timeline, and the statistics of three services, each
 * figure worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { ukBankHolidays } from '../../src/calendar/index.js';
import { serviceStatistics, serviceStatisticsToMarkdown, summarizeOutcomes, wilsonInterval } from '../../src/outcomes/index.js';
import {
  overdueReferrals,
  ReferralSchema,
  referralStatus,
  referralTimeline,
  responsePolicies,
  validateReferral,
  type ReferralInput,
} from '../../src/referrals/index.js';

const policy = responsePolicies.twoWeekMarketplace;
const referral = (id: string, referredOn: string, rest: Partial<ReferralInput> = {}): ReferralInput => ({ id, referredOn, source: 'gp-practice', ...rest });

describe('the two-week marketplace rule over April and May 2025', () => {
  it('knows the bank holidays it counts around', () => {
    expect(ukBankHolidays(2025, 'england-and-wales').map((h) => h.date).filter((d) => d >= '2025-04-01' && d <= '2025-05-31')).toEqual([
      '2025-04-18',
      '2025-04-21',
      '2025-05-05',
      '2025-05-26',
    ]);
  });

  const referrals = [
    // A, Tue 1 Apr: 10 working days are 2, 3, 4, 7, 8, 9, 10, 11, 14, 15 Apr -> reply by Tue 15 Apr. No reply.
    referral('A', '2025-04-01'),
    // B, Mon 7 Apr: 8, 9, 10, 11, 14, 15, 16, 17 (8), Good Friday and Easter Monday skipped, 22, 23 -> Wed 23 Apr. Accepted that day.
    referral('B', '2025-04-07', { events: [{ type: 'accepted', on: '2025-04-23' }] }),
    // C, Mon 14 Apr: 15, 16, 17, 22, 23, 24, 25, 28, 29, 30 -> Wed 30 Apr. No reply.
    referral('C', '2025-04-14'),
    // D, Thu 17 Apr: 22, 23, 24, 25, 28, 29, 30, 1, 2 May (9), 5 May skipped, 6 May -> Tue 6 May. No reply.
    referral('D', '2025-04-17'),
    // E, Tue 29 Apr: 30, 1, 2, 6, 7, 8, 9, 12, 13, 14 -> Wed 14 May. No reply yet.
    referral('E', '2025-04-29'),
    // F: recorded by mistake; left out.
    referral('F', '2025-04-02', { events: [{ type: 'entered-in-error', on: '2025-04-03', reason: 'duplicate' }] }),
  ];

  it('lists the referrals past or near their deadline on Fri 2 May, in working days', () => {
    const report = overdueReferrals(referrals, { asOf: '2025-05-02', policy });
    expect(report.referrals.map((r) => [r.id, r.respondBy, r.state, r.workingDaysOverdue, r.workingDaysRemaining, r.reminder])).toEqual([
      // A: working days after 15 Apr up to 2 May: 16, 17, 22, 23, 24, 25, 28, 29, 30 Apr, 1, 2 May = 11 (18 and 21 Apr are holidays).
      ['A', '2025-04-15', 'declined', 11, 0, null],
      // C: 1 and 2 May = 2.
      ['C', '2025-04-30', 'declined', 2, 0, null],
      // D: after Fri 2 May up to Tue 6 May: only 6 May (5 May is a holiday) = 1 left; the 2-day reminder point is reached.
      ['D', '2025-05-06', 'due', 0, 1, 2],
    ]);
    // E has 6, 7, 8, 9, 12, 13, 14 May = 7 working days left: beyond the 5-day reminder, so not listed.
    expect([report.awaiting, report.answered, report.enteredInError, report.notYetReferred, report.excluded.total]).toEqual([4, 1, 1, 0, 0]);
  });

  it('shows the decline in the status and the timeline the day after the deadline', () => {
    const a = ReferralSchema.parse(referrals[0]);
    expect(referralStatus(a, '2025-04-15', { policy })).toBe('referred');
    expect(referralStatus(a, '2025-04-16', { policy })).toBe('rejected');
    expect(referralStatus(a, '2025-04-16')).toBe('referred'); // without the policy, nothing happened
    expect(referralTimeline(a, { policy })).toEqual([
      { on: '2025-04-01', status: 'referred', onHold: false, cause: 'referred', overdue: false },
      { on: '2025-04-16', status: 'rejected', onHold: false, cause: 'policy', overdue: false },
    ]);
    // The same rule set to flag instead: the status stays, the timeline marks it overdue from 16 April.
    const flag = { ...policy, atDeadline: 'flag' as const };
    expect(referralStatus(a, '2025-04-16', { policy: flag })).toBe('referred');
    expect(referralTimeline(a, { policy: flag }).at(-1)).toEqual({ on: '2025-04-16', status: 'referred', onHold: false, cause: 'policy', overdue: true });
    // B replied on its deadline day: in time, so neither rule touches it.
    const b = ReferralSchema.parse(referrals[1]);
    expect(referralStatus(b, '2025-05-02', { policy })).toBe('accepted');
  });
});

describe('a close without a reason', () => {
  it('is refused at the reason, and a note is never echoed', () => {
    const result = validateReferral(
      referral('R-1', '2025-04-01', { events: [{ type: 'closed', on: '2025-05-01', note: 'Mrs Jones moved to Leeds' } as never] }),
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([['events', 0, 'reason']]);
    expect(JSON.stringify(result)).not.toMatch(/Jones|Leeds/);
    // With a coded reason (and the same note) it is a valid close.
    expect(validateReferral(referral('R-1', '2025-04-01', { events: [{ type: 'closed', on: '2025-05-01', reason: 'moved-away', note: 'Mrs Jones moved to Leeds' }] })).ok).toBe(true);
  });
});

describe('a referral entered in error', () => {
  const kept = referral('R-1', '2025-04-01', { pcn: 'north', events: [{ type: 'accepted', on: '2025-04-02' }], contacts: [{ on: '2025-04-09', mode: 'telephone', attended: true }] });
  const mistaken = referral('R-2', '2025-04-03', {
    pcn: 'north',
    events: [
      { type: 'accepted', on: '2025-04-04' },
      { type: 'entered-in-error', on: '2025-04-07', reason: 'wrong-person', note: 'Recorded against the wrong patient' },
    ],
    contacts: [{ on: '2025-04-05', mode: 'face-to-face', attended: true }],
  });

  it('is gone from the summary, counted apart', () => {
    const summary = summarizeOutcomes([kept, mistaken].map((r) => ReferralSchema.parse(r)), { groupBy: 'pcn' });
    // Only R-1 counts: 1 referral, 1 accepted, 1 engaged, 1 attended contact; R-2 is the one entered in error.
    expect([summary.total.referrals, summary.total.accepted, summary.total.engaged, summary.total.contacts.attended, summary.total.enteredInError]).toEqual([1, 1, 1, 1, 1]);
    expect(summary.groups.map((row) => [row.key, row.referrals, row.enteredInError])).toEqual([['north', 1, 1]]);
  });

  it('keeps its whole timeline', () => {
    expect(referralTimeline(ReferralSchema.parse(mistaken))).toEqual([
      { on: '2025-04-03', status: 'referred', onHold: false, cause: 'referred' },
      { on: '2025-04-04', status: 'accepted', onHold: false, cause: 'accepted' },
      { on: '2025-04-05', status: 'engaged', onHold: false, cause: 'attended-contact' },
      { on: '2025-04-07', status: 'entered-in-error', onHold: false, cause: 'entered-in-error' },
    ]);
  });
});

describe('statistics for three services in April 2025', () => {
  const walk = { serviceId: 'walk', organisationId: 'org-1' };
  const debt = { serviceId: 'debt', organisationId: 'org-2' };
  const food = { serviceId: 'food', organisationId: 'org-3' };
  const referrals = [
    // walk: replies of 1 (Tue 1 -> Wed 2 Apr), 3 (Thu 3 -> Tue 8: 4, 7, 8) and 4 (Mon 14 -> Tue 22: 15, 16, 17, 22) working days.
    referral('W1', '2025-04-01', { ...walk, events: [{ type: 'accepted', on: '2025-04-02' }], contacts: [{ on: '2025-04-09', mode: 'group', attended: true }] }),
    referral('W2', '2025-04-03', { ...walk, events: [{ type: 'accepted', on: '2025-04-08' }] }),
    referral('W3', '2025-04-14', { ...walk, events: [{ type: 'declined', on: '2025-04-22', reason: 'not-now' }] }),
    // debt: a wait listed after 8 working days (Tue 1 -> Fri 11 Apr), then a place; one never answered; one entered in error.
    referral('D1', '2025-04-01', { ...debt, events: [{ type: 'waiting', on: '2025-04-11' }, { type: 'accepted', on: '2025-05-06' }], contacts: [{ on: '2025-05-07', mode: 'face-to-face', attended: true }] }),
    referral('D2', '2025-04-01', debt),
    referral('D3', '2025-04-08', { ...debt, events: [{ type: 'entered-in-error', on: '2025-04-09', reason: 'test-record' }] }),
    // food: rejected after 2 working days (Wed 16 -> Tue 22: 17, 22), accepted the same day (0); one referral from March, outside the period.
    referral('F1', '2025-04-16', { ...food, events: [{ type: 'rejected', on: '2025-04-22', reason: 'outside-area' }] }),
    referral('F2', '2025-04-16', { ...food, events: [{ type: 'accepted', on: '2025-04-16' }] }),
    referral('F3', '2025-03-31', { ...food, events: [{ type: 'accepted', on: '2025-04-01' }] }),
  ];

  it('gives each service its received, reply times, rates and overdue count', () => {
    const stats = serviceStatistics(referrals, { from: '2025-04-01', to: '2025-04-30', policy });
    expect([stats.recordsRead, stats.outsidePeriod, stats.excluded.total]).toEqual([9, 1, 0]);
    expect(stats.rows).toEqual([
      {
        ...debt,
        received: 2,
        replied: 1,
        // one reply time, 8: median and 90th percentile are both 8.
        medianReplyWorkingDays: 8,
        p90ReplyWorkingDays: 8,
        accepted: 1, // waiting counts as accepted
        acceptanceRate: wilsonInterval(1, 1),
        attended: 1,
        attendanceRate: wilsonInterval(1, 1),
        overdue: 1, // D2: no reply by 15 Apr, declined on 16 Apr
        enteredInError: 1,
      },
      {
        ...food,
        received: 2,
        replied: 2,
        // sorted [0, 2]: median at rank ceil(0.5 x 2) = 1 -> 0; 90th percentile at rank ceil(0.9 x 2) = 2 -> 2.
        medianReplyWorkingDays: 0,
        p90ReplyWorkingDays: 2,
        accepted: 1,
        acceptanceRate: wilsonInterval(1, 2),
        attended: 0,
        attendanceRate: wilsonInterval(0, 1),
        overdue: 0,
        enteredInError: 0,
      },
      {
        ...walk,
        received: 3,
        replied: 3,
        // sorted [1, 3, 4]: median at rank ceil(1.5) = 2 -> 3; 90th percentile at rank ceil(2.7) = 3 -> 4.
        medianReplyWorkingDays: 3,
        p90ReplyWorkingDays: 4,
        accepted: 2,
        acceptanceRate: wilsonInterval(2, 3),
        attended: 1, // W1 attended a contact, W2 none
        attendanceRate: wilsonInterval(1, 2),
        overdue: 0,
        enteredInError: 0,
      },
    ]);
    expect(serviceStatisticsToMarkdown(stats)).toBe(
      [
        '| service | provider | received | median reply (working days) | 90th percentile reply | accepted | attended | overdue |',
        '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| debt | org-2 | 2 | 8 | 8 | 100% (21–100) | 100% (21–100) | 1 |',
        '| food | org-3 | 2 | 0 | 2 | 50% (9–91) | 0% (0–79) | 0 |',
        '| walk | org-1 | 3 | 3 | 4 | 67% (21–94) | 50% (9–91) | 0 |',
        '',
      ].join('\n'),
    );
  });
});
