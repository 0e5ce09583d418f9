import { describe, expect, it } from 'vitest';
import { overdueReferrals, responsePolicies, type ResponsePolicy } from '../../src/referrals/index.js';
import { errorOf } from '../support/errorOf.js';

const options = { asOf: '2025-04-30', policy: responsePolicies.twoWeekMarketplace };


/** One row of the report, in the order of `OverdueReferral`'s fields that change from referral to referral. */
const row = (r: { id: string; respondBy: string; state: string; workingDaysOverdue: number; workingDaysRemaining: number; reminder: number | null }) =>
  [r.id, r.respondBy, r.state, r.workingDaysOverdue, r.workingDaysRemaining, r.reminder];

describe('overdueReferrals', () => {
  it('refuses a string of records: iterable, but as characters, not records', () => {
    expect(() => overdueReferrals('R-1,2025-04-01' as never, options)).toThrow('referrals/invalid-input');
    expect(errorOf(() => overdueReferrals(42 as never, options))).toEqual({
      code: 'referrals/invalid-input',
      issues: [{ path: ['referrals'], message: 'must be an iterable of referral records' }],
    });
  });

  it('reads any other collection of records', () => {
    const referral = { id: 'R-1', referredOn: '2025-04-01', source: 'self' };
    const report = overdueReferrals(new Set([referral]), options);
    expect(report).toEqual(overdueReferrals([referral], options));
    expect([report.recordsRead, report.referrals.map((r) => r.id)]).toEqual([1, ['R-1']]);
  });

  it('names a missing policy and each unknown option', () => {
    expect(errorOf(() => overdueReferrals([], { asOf: '2025-04-17' } as never))).toEqual({
      code: 'referrals/invalid-options',
      issues: [{ path: ['policy'], message: 'is required' }],
    });
    expect(errorOf(() => overdueReferrals([], { ...options, polcy: 1 } as never))).toEqual({
      code: 'referrals/invalid-options',
      issues: [{ path: ['polcy'], message: 'is not a known option' }],
    });
  });

  it('refuses an asOf outside the calendar years at asOf', () => {
    expect(errorOf(() => overdueReferrals([], { ...options, asOf: '1990-04-30' }))).toEqual({
      code: 'referrals/invalid-date',
      issues: [{ path: ['asOf'], message: 'must fall within the calendar years 1995 to 2100' }],
    });
  });

  it('lists overdue first, then fewest working days left, then input order, and counts the rest', () => {
    // Wednesday 30 April 2025; Good Friday (18 April) and Easter Monday (21 April) are not working days.
    const report = overdueReferrals(
      [
        { id: 'R-1', referredOn: '2025-04-22', source: 'self' }, // due 7 May: 4 working days left, within the 5-day reminder
        { id: 'R-2', referredOn: '2025-04-16', source: 'self' }, // due 2 May: 2 left, the 2-day reminder
        { id: 'R-3', referredOn: '2025-04-01', source: 'self', events: [{ type: 'accepted', on: '2025-05-02' }] }, // replies after asOf
        { id: 'R-4', referredOn: '2025-04-07', source: 'self' }, // due 23 April: 5 working days overdue
        { id: 'R-5', referredOn: '2025-04-14', source: 'self' }, // due today
        { id: 'R-6', referredOn: '2025-04-01', source: 'gp-practice', serviceId: 'svc-1', organisationId: 'org-1' }, // due 15 April
        { id: 'R-7', referredOn: '2025-04-17', source: 'self' }, // due 6 May: 3 left, within the 5-day reminder
        { id: 'R-8', referredOn: '2025-04-28', source: 'self' }, // due 13 May: 8 left, no reminder yet
        { id: 'R-9', referredOn: '2025-04-30', source: 'self' }, // referred today: awaiting, not listed
        { id: 'R-10', referredOn: '2025-05-01', source: 'self' }, // not yet referred
        { id: 'R-11', referredOn: '2025-04-01', source: 'self', events: [{ type: 'accepted', on: '2025-04-30' }] }, // answered today
        { id: 'R-12', referredOn: '2025-04-01', source: 'self', events: [{ type: 'entered-in-error', on: '2025-04-02', reason: 'duplicate' }] },
      ],
      options,
    );
    expect(report.referrals.map(row)).toEqual([
      ['R-3', '2025-04-15', 'declined', 9, 0, null],
      ['R-6', '2025-04-15', 'declined', 9, 0, null],
      ['R-4', '2025-04-23', 'declined', 5, 0, null],
      ['R-5', '2025-04-30', 'due', 0, 0, 2],
      ['R-2', '2025-05-02', 'due', 0, 2, 2],
      ['R-7', '2025-05-06', 'due', 0, 3, 5],
      ['R-1', '2025-05-07', 'due', 0, 4, 5],
    ]);
    expect(report.referrals.map((r) => [r.index, r.referredOn, r.serviceId, r.organisationId])).toEqual([
      [2, '2025-04-01', null, null],
      [5, '2025-04-01', 'svc-1', 'org-1'],
      [3, '2025-04-07', null, null],
      [4, '2025-04-14', null, null],
      [1, '2025-04-16', null, null],
      [6, '2025-04-17', null, null],
      [0, '2025-04-22', null, null],
    ]);
    expect({ ...report, referrals: [] }).toEqual({
      asOf: '2025-04-30',
      policyId: 'two-week-marketplace',
      referrals: [],
      recordsRead: 12,
      awaiting: 9,
      answered: 1,
      notYetReferred: 1,
      enteredInError: 1,
      excluded: { total: 0, issues: [] },
    });
  });

  it('orders by input among equals, whichever comes first', () => {
    const report = overdueReferrals(
      [
        { id: 'R-1', referredOn: '2025-04-16', source: 'self' },
        { id: 'R-2', referredOn: '2025-04-07', source: 'self' },
        { id: 'R-3', referredOn: '2025-04-16', source: 'self' },
        { id: 'R-4', referredOn: '2025-04-07', source: 'self' },
      ],
      options,
    );
    expect(report.referrals.map((r) => [r.id, r.workingDaysOverdue, r.workingDaysRemaining])).toEqual([
      ['R-2', 5, 0],
      ['R-4', 5, 0],
      ['R-1', 0, 2],
      ['R-3', 0, 2],
    ]);
  });

  it("marks a passed deadline overdue under a 'flag' policy", () => {
    const policy: ResponsePolicy = { ...responsePolicies.twoWeekMarketplace, atDeadline: 'flag' };
    const report = overdueReferrals([{ id: 'R-1', referredOn: '2025-04-07', source: 'self' }], { asOf: '2025-04-30', policy });
    expect(report.referrals.map(row)).toEqual([['R-1', '2025-04-23', 'overdue', 5, 0, null]]);
  });

  it('lists a referral on its deadline day under a policy without reminders, and no other before the deadline', () => {
    const policy: ResponsePolicy = { id: 'five-days', name: 'Five working days', respondWithinWorkingDays: 5, atDeadline: 'flag' };
    const report = overdueReferrals(
      [
        { id: 'R-1', referredOn: '2025-04-23', source: 'self' }, // due 30 April, today
        { id: 'R-2', referredOn: '2025-04-24', source: 'self' }, // due 1 May
      ],
      { asOf: '2025-04-30', policy },
    );
    expect(report.referrals.map(row)).toEqual([['R-1', '2025-04-30', 'due', 0, 0, null]]);
    expect(report.awaiting).toBe(2);
  });

  it('excludes invalid records, counting every one and keeping the first issues, by index and path', () => {
    const bad = () => ({ id: '', referredOn: 'April', source: 'self' }); // two issues each
    const records = [bad(), { id: 'R-2', referredOn: '2025-04-07', source: 'self' }, bad()];
    const report = overdueReferrals(records, { ...options, maxReportedIssues: 3 });
    expect(report.excluded.total).toBe(2);
    expect(report.excluded.issues.map((issue) => [issue.index, issue.path])).toEqual([
      [0, ['id']],
      [0, ['referredOn']],
      [2, ['id']],
    ]);
    expect(report.excluded.issues[1]?.message).toBe('must be a real calendar date written YYYY-MM-DD');
    expect([report.recordsRead, report.awaiting, report.referrals.map((r) => r.id)]).toEqual([3, 1, ['R-2']]);
  });

  it('keeps the first 100 issues by default', () => {
    const records = Array.from({ length: 101 }, (_, i) => ({ id: `R-${i}`, referredOn: 'April', source: 'self' }));
    const report = overdueReferrals(records, options);
    expect(report.excluded.total).toBe(101);
    expect(report.excluded.issues).toHaveLength(100);
    expect(report.excluded.issues.at(-1)).toEqual({ index: 99, path: ['referredOn'], message: 'must be a real calendar date written YYYY-MM-DD' });
  });

  it('excludes a referral made before the calendar years, at referredOn, and goes on', () => {
    const report = overdueReferrals(
      [
        { id: 'R-1', referredOn: '1990-04-02', source: 'self' },
        { id: 'R-2', referredOn: '2025-04-07', source: 'self' },
      ],
      options,
    );
    expect(report.excluded).toEqual({
      total: 1,
      issues: [{ index: 0, path: ['referredOn'], message: 'must fall within the calendar years 1995 to 2100 to count working days' }],
    });
    expect([report.awaiting, report.referrals.map((r) => r.id)]).toEqual([1, ['R-2']]);
  });
});
