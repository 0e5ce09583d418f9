import { describe, expect, it } from 'vitest';
import { serviceStatistics, wilsonInterval } from '../../src/outcomes/index.js';
import { nearestRank } from '../../src/outcomes/serviceStatistics.js';
import { responsePolicies, type Referral, type ResponsePolicy } from '../../src/referrals/index.js';
import { referral } from './helpers.js';
import { emptyRow } from './serviceRows.js';

const APRIL = { from: '2025-04-01', to: '2025-04-30' } as const;


/** A referral of 2025-04-01 (a Tuesday) to `walk`, accepted on `on`. */
function acceptedOn(on: string, overrides: Partial<Referral> = {}): Referral {
  return referral({ serviceId: 'walk', events: [{ type: 'accepted', on }], ...overrides });
}

describe('nearestRank', () => {
  it('takes the value at rank ceil(p/100 × n), at least the first', () => {
    expect(nearestRank([1, 2, 3, 4], 50)).toBe(2);
    expect(nearestRank([1, 2, 3, 4], 90)).toBe(4);
    expect(nearestRank([1, 2, 3, 4], 0)).toBe(1);
    expect(nearestRank([7], 90)).toBe(7);
    expect(nearestRank([], 50)).toBeNull();
    expect(nearestRank([], 0)).toBeNull();
  });
});

describe('serviceStatistics figures', () => {
  it('gives one whole row for a referral accepted the next working day and attended', () => {
    const stats = serviceStatistics(
      [acceptedOn('2025-04-02', { organisationId: 'org-1', contacts: [{ on: '2025-04-08', mode: 'group', attended: true }] })],
      APRIL,
    );
    expect(stats).toEqual({
      period: { from: '2025-04-01', to: '2025-04-30' },
      policyId: null,
      rows: [
        emptyRow({
          serviceId: 'walk',
          organisationId: 'org-1',
          received: 1,
          replied: 1,
          medianReplyWorkingDays: 1,
          p90ReplyWorkingDays: 1,
          accepted: 1,
          acceptanceRate: wilsonInterval(1, 1),
          attended: 1,
          attendanceRate: wilsonInterval(1, 1),
        }),
      ],
      recordsRead: 1,
      outsidePeriod: 0,
      excluded: { total: 0, issues: [] },
    });
  });

  it('counts a referral without any reply as received, not replied, with no reply time', () => {
    const stats = serviceStatistics([referral({ serviceId: 'walk' })], APRIL);
    expect(stats.rows).toEqual([emptyRow({ serviceId: 'walk', received: 1 })]);
    expect(stats.excluded).toEqual({ total: 0, issues: [] });
  });

  it('counts the referrals of one service together and keeps a row per service', () => {
    const stats = serviceStatistics(
      [acceptedOn('2025-04-02'), referral({ serviceId: 'swim' }), acceptedOn('2025-04-03'), referral({ serviceId: 'walk' })],
      APRIL,
    );
    expect(stats.rows.map((row) => [row.serviceId, row.received, row.replied, row.accepted])).toEqual([
      ['swim', 1, 0, 0],
      ['walk', 3, 2, 2],
    ]);
  });

  it('keeps the same service of two organisations apart, and an unnamed service and organisation as null', () => {
    const stats = serviceStatistics(
      [
        referral({ serviceId: 'walk', organisationId: 'org-2' }),
        referral({ serviceId: 'walk', organisationId: 'org-1' }),
        referral({ serviceId: 'walk' }),
        referral({ organisationId: 'org-1' }),
        referral(),
      ],
      APRIL,
    );
    expect(stats.rows.map((row) => [row.serviceId, row.organisationId, row.received])).toEqual([
      ['walk', 'org-1', 1],
      ['walk', 'org-2', 1],
      ['walk', null, 1],
      [null, 'org-1', 1],
      [null, null, 1],
    ]);
  });

  it('sorts rows by service then organisation, nulls last, whatever the order of the records', () => {
    const keys: [string | undefined, string | undefined][] = [
      ['b', 'y'],
      [undefined, 'x'],
      ['a', undefined],
      ['b', 'x'],
      [undefined, undefined],
      ['a', 'z'],
      ['b', undefined],
    ];
    const expected = [
      ['a', 'z'],
      ['a', null],
      ['b', 'x'],
      ['b', 'y'],
      ['b', null],
      [null, 'x'],
      [null, null],
    ];
    for (let shift = 0; shift < keys.length; shift++) {
      for (const order of [[...keys.slice(shift), ...keys.slice(0, shift)], [...keys.slice(shift), ...keys.slice(0, shift)].reverse()]) {
        const records = order.map(([serviceId, organisationId]) =>
          referral({ ...(serviceId === undefined ? {} : { serviceId }), ...(organisationId === undefined ? {} : { organisationId }) }),
        );
        expect(serviceStatistics(records, APRIL).rows.map((row) => [row.serviceId, row.organisationId])).toEqual(expected);
      }
    }
  });

  it('sorts two services of one organisation and two organisations of one service by their ids', () => {
    for (const order of [
      ['b', 'a'],
      ['a', 'b'],
    ]) {
      const byService = serviceStatistics(
        order.map((serviceId) => referral({ serviceId, organisationId: 'org' })),
        APRIL,
      );
      expect(byService.rows.map((row) => row.serviceId)).toEqual(['a', 'b']);
      const byOrganisation = serviceStatistics(
        order.map((organisationId) => referral({ serviceId: 'walk', organisationId })),
        APRIL,
      );
      expect(byOrganisation.rows.map((row) => row.organisationId)).toEqual(['a', 'b']);
    }
  });

  it('sorts a missing service or organisation after an id written in digits, in either order of the records', () => {
    for (const [first, second] of [
      [{ serviceId: '1' }, {}],
      [{}, { serviceId: '1' }],
    ]) {
      expect(serviceStatistics([referral(first), referral(second)], APRIL).rows.map((row) => row.serviceId)).toEqual(['1', null]);
    }
    for (const [first, second] of [
      [{ serviceId: 'walk', organisationId: '1' }, { serviceId: 'walk' }],
      [{ serviceId: 'walk' }, { serviceId: 'walk', organisationId: '1' }],
    ]) {
      expect(serviceStatistics([referral(first), referral(second)], APRIL).rows.map((row) => row.organisationId)).toEqual(['1', null]);
    }
  });

  it('counts referrals on the first and last day of the period and leaves out the days either side', () => {
    const stats = serviceStatistics(
      [
        referral({ serviceId: 'walk', referredOn: '2025-03-31' }),
        referral({ serviceId: 'walk', referredOn: '2025-04-01' }),
        referral({ serviceId: 'walk', referredOn: '2025-04-30' }),
        referral({ serviceId: 'walk', referredOn: '2025-05-01' }),
      ],
      APRIL,
    );
    expect(stats.rows).toEqual([emptyRow({ serviceId: 'walk', received: 2 })]);
    expect(stats.recordsRead).toBe(4);
    expect(stats.outsidePeriod).toBe(2);
  });

  it('makes no row for a service whose referrals all fall outside the period', () => {
    const stats = serviceStatistics([referral({ serviceId: 'walk', referredOn: '2025-03-31' }), referral({ serviceId: 'swim', referredOn: '2025-05-01' })], APRIL);
    expect(stats.rows).toEqual([]);
    expect(stats.outsidePeriod).toBe(2);
    expect(stats.recordsRead).toBe(2);
  });

  it('counts a single-day period: only that day', () => {
    const stats = serviceStatistics(
      [referral({ referredOn: '2025-04-01' }), referral({ referredOn: '2025-04-02' }), referral({ referredOn: '2025-04-03' })],
      { from: '2025-04-02', to: '2025-04-02' },
    );
    expect(stats.rows).toEqual([emptyRow({ received: 1 })]);
    expect(stats.outsidePeriod).toBe(2);
  });

  it('leaves a referral entered in error out of every figure and counts it in its row', () => {
    const stats = serviceStatistics(
      [
        referral({
          serviceId: 'walk',
          events: [
            { type: 'accepted', on: '2025-04-02' },
            { type: 'entered-in-error', on: '2025-04-03', reason: 'duplicate' },
          ],
          contacts: [{ on: '2025-04-02', mode: 'telephone', attended: true }],
        }),
        referral({ serviceId: 'walk', events: [{ type: 'entered-in-error', on: '2025-04-01', reason: 'wrong-person' }] }),
        acceptedOn('2025-04-03'),
        referral({ serviceId: 'walk' }),
      ],
      APRIL,
    );
    expect(stats.rows).toEqual([
      emptyRow({
        serviceId: 'walk',
        received: 2,
        replied: 1,
        medianReplyWorkingDays: 2,
        p90ReplyWorkingDays: 2,
        accepted: 1,
        acceptanceRate: wilsonInterval(1, 1),
        attendanceRate: wilsonInterval(0, 1),
        enteredInError: 2,
      }),
    ]);
  });

  it('keeps a row for a service whose only referral was entered in error', () => {
    const stats = serviceStatistics([referral({ serviceId: 'walk', events: [{ type: 'entered-in-error', on: '2025-04-01', reason: 'test-record' }] })], APRIL);
    expect(stats.rows).toEqual([emptyRow({ serviceId: 'walk', enteredInError: 1 })]);
  });

  it('counts reply time in working days after the referral day: the same day 0, the next working day 1', () => {
    const stats = serviceStatistics([acceptedOn('2025-04-01')], APRIL);
    expect([stats.rows[0]?.medianReplyWorkingDays, stats.rows[0]?.p90ReplyWorkingDays]).toEqual([0, 0]);
    const next = serviceStatistics([acceptedOn('2025-04-02')], APRIL);
    expect([next.rows[0]?.medianReplyWorkingDays, next.rows[0]?.p90ReplyWorkingDays]).toEqual([1, 1]);
  });

  it('counts reply time across a weekend and the Easter bank holidays', () => {
    // Friday 2025-04-04 to Monday 2025-04-07: one working day.
    const weekend = serviceStatistics([acceptedOn('2025-04-07', { referredOn: '2025-04-04' })], APRIL);
    expect(weekend.rows[0]?.medianReplyWorkingDays).toBe(1);
    // Thursday 2025-04-17 to Tuesday 2025-04-22 past Good Friday and Easter Monday: one working day.
    const easter = serviceStatistics([acceptedOn('2025-04-22', { referredOn: '2025-04-17' })], APRIL);
    expect(easter.rows[0]?.medianReplyWorkingDays).toBe(1);
  });

  it('counts a referral made on a weekend from the next working day', () => {
    // Saturday 2025-04-05: a reply on Monday 2025-04-07 is 1, on Tuesday 2.
    const stats = serviceStatistics([acceptedOn('2025-04-07', { referredOn: '2025-04-05' }), acceptedOn('2025-04-08', { referredOn: '2025-04-05', serviceId: 'swim' })], APRIL);
    expect(stats.rows.map((row) => [row.serviceId, row.medianReplyWorkingDays])).toEqual([
      ['swim', 2],
      ['walk', 1],
    ]);
  });

  it('counts reply time on the calendar given: every day a working day', () => {
    const stats = serviceStatistics([acceptedOn('2025-04-07', { referredOn: '2025-04-04' })], { ...APRIL, calendar: { workingDays: [1, 2, 3, 4, 5, 6, 7] } });
    expect(stats.rows[0]?.medianReplyWorkingDays).toBe(3);
  });

  it('takes the median and 90th percentile of reply times by nearest rank, sorted as numbers', () => {
    // Reply times 10, 2, 11, 0, 9 working days: sorted 0, 2, 9, 10, 11.
    const stats = serviceStatistics(
      [acceptedOn('2025-04-15'), acceptedOn('2025-04-03'), acceptedOn('2025-04-16'), acceptedOn('2025-04-01'), acceptedOn('2025-04-14')],
      APRIL,
    );
    expect(stats.rows).toEqual([
      emptyRow({
        serviceId: 'walk',
        received: 5,
        replied: 5,
        medianReplyWorkingDays: 9,
        p90ReplyWorkingDays: 11,
        accepted: 5,
        acceptanceRate: wilsonInterval(5, 5),
        attendanceRate: wilsonInterval(0, 5),
      }),
    ]);
  });

  it('takes the median of two reply times as the lower and the 90th percentile as the higher', () => {
    const stats = serviceStatistics([acceptedOn('2025-04-03'), acceptedOn('2025-04-02')], APRIL);
    expect([stats.rows[0]?.medianReplyWorkingDays, stats.rows[0]?.p90ReplyWorkingDays]).toEqual([1, 2]);
  });

  it('times the first reply: accepted, waiting, declined or rejected, not on-hold, unable-to-contact or closed', () => {
    const stats = serviceStatistics(
      [
        referral({
          serviceId: 'accepted',
          events: [
            { type: 'on-hold', on: '2025-04-02' },
            { type: 'accepted', on: '2025-04-03' },
            { type: 'closed', on: '2025-04-04', reason: 'goals-met' },
          ],
        }),
        referral({
          serviceId: 'declined',
          events: [
            { type: 'unable-to-contact', on: '2025-04-02' },
            { type: 'declined', on: '2025-04-04' },
          ],
        }),
        referral({ serviceId: 'rejected', events: [{ type: 'rejected', on: '2025-04-07', reason: 'no-capacity' }] }),
        referral({ serviceId: 'waiting', events: [{ type: 'waiting', on: '2025-04-08' }] }),
        referral({ serviceId: 'unreplied', events: [{ type: 'unable-to-contact', on: '2025-04-02' }] }),
      ],
      APRIL,
    );
    expect(stats.rows.map((row) => [row.serviceId, row.replied, row.medianReplyWorkingDays, row.accepted])).toEqual([
      ['accepted', 1, 2, 1],
      ['declined', 1, 3, 0],
      ['rejected', 1, 4, 0],
      ['unreplied', 0, null, 0],
      ['waiting', 1, 5, 1],
    ]);
  });

  it('takes acceptance over replies and attendance over accepted referrals', () => {
    const stats = serviceStatistics(
      [
        acceptedOn('2025-04-02', { contacts: [{ on: '2025-04-03', mode: 'group', attended: true }] }),
        acceptedOn('2025-04-02', {
          contacts: [
            { on: '2025-04-03', mode: 'group', attended: false },
            { on: '2025-04-10', mode: 'group', attended: true },
          ],
        }),
        acceptedOn('2025-04-02', { contacts: [{ on: '2025-04-03', mode: 'group', attended: false }] }),
        acceptedOn('2025-04-02'),
        referral({ serviceId: 'walk', events: [{ type: 'declined', on: '2025-04-02' }], contacts: [{ on: '2025-04-02', mode: 'telephone', attended: true }] }),
        referral({ serviceId: 'walk', contacts: [{ on: '2025-04-02', mode: 'telephone', attended: true }] }),
      ],
      APRIL,
    );
    expect(stats.rows).toEqual([
      emptyRow({
        serviceId: 'walk',
        received: 6,
        replied: 5,
        medianReplyWorkingDays: 1,
        p90ReplyWorkingDays: 1,
        accepted: 4,
        acceptanceRate: wilsonInterval(4, 5),
        attended: 2,
        attendanceRate: wilsonInterval(2, 4),
      }),
    ]);
  });

  it('counts a referral with a waiting event as accepted', () => {
    const stats = serviceStatistics([referral({ serviceId: 'walk', events: [{ type: 'waiting', on: '2025-04-02' }] })], APRIL);
    expect([stats.rows[0]?.accepted, stats.rows[0]?.acceptanceRate]).toEqual([1, wilsonInterval(1, 1)]);
  });
});

describe('serviceStatistics overdue replies', () => {
  const flagPolicy = (): ResponsePolicy => ({ id: 'ten-day-flag', name: 'Reply within ten working days', respondWithinWorkingDays: 10, atDeadline: 'flag' });

  it('without a policy has no policy id and no overdue figure', () => {
    const stats = serviceStatistics([referral({ serviceId: 'walk' })], APRIL);
    expect(stats.policyId).toBeNull();
    expect(stats.rows[0]?.overdue).toBeNull();
  });

  it('with a policy names it and counts an unanswered referral whose deadline falls on the last day', () => {
    // Referred Tuesday 2025-04-01: ten working days, declined by the policy on 2025-04-16.
    const stats = serviceStatistics([referral({ serviceId: 'walk' })], { from: '2025-04-01', to: '2025-04-16', policy: responsePolicies.twoWeekMarketplace });
    expect(stats).toEqual({
      period: { from: '2025-04-01', to: '2025-04-16' },
      policyId: 'two-week-marketplace',
      rows: [emptyRow({ serviceId: 'walk', received: 1, overdue: 1 })],
      recordsRead: 1,
      outsidePeriod: 0,
      excluded: { total: 0, issues: [] },
    });
  });

  it('does not count a deadline the day after the period ends', () => {
    const stats = serviceStatistics([referral({ serviceId: 'walk' })], { from: '2025-04-01', to: '2025-04-15', policy: responsePolicies.twoWeekMarketplace });
    expect(stats.rows).toEqual([emptyRow({ serviceId: 'walk', received: 1, overdue: 0 })]);
  });

  it('does not count a reply before the deadline, and does not time the derived decline as a reply', () => {
    const stats = serviceStatistics([acceptedOn('2025-04-10'), referral({ serviceId: 'walk' })], { ...APRIL, policy: responsePolicies.twoWeekMarketplace });
    expect(stats.rows).toEqual([
      emptyRow({
        serviceId: 'walk',
        received: 2,
        replied: 1,
        medianReplyWorkingDays: 7,
        p90ReplyWorkingDays: 7,
        accepted: 1,
        acceptanceRate: wilsonInterval(1, 1),
        attendanceRate: wilsonInterval(0, 1),
        overdue: 1,
      }),
    ]);
  });

  it('counts a late reply as overdue under a flagging policy', () => {
    const stats = serviceStatistics([acceptedOn('2025-04-22'), acceptedOn('2025-04-02')], { ...APRIL, policy: flagPolicy() });
    expect(stats.policyId).toBe('ten-day-flag');
    expect(stats.rows.map((row) => [row.received, row.replied, row.overdue])).toEqual([[2, 2, 1]]);
  });

  it('sets the deadline on the calendar given', () => {
    // Every day working: ten days after 2025-04-01, declined on 2025-04-12.
    const stats = serviceStatistics([referral({ serviceId: 'walk' })], {
      from: '2025-04-01',
      to: '2025-04-12',
      policy: responsePolicies.twoWeekMarketplace,
      calendar: { workingDays: [1, 2, 3, 4, 5, 6, 7] },
    });
    expect(stats.rows[0]?.overdue).toBe(1);
    const defaultCalendar = serviceStatistics([referral({ serviceId: 'walk' })], { from: '2025-04-01', to: '2025-04-12', policy: responsePolicies.twoWeekMarketplace });
    expect(defaultCalendar.rows[0]?.overdue).toBe(0);
  });
});

describe('serviceStatistics records left out', () => {
  it('counts every record read and reports each invalid one by index and path, never its value', () => {
    const stats = serviceStatistics([{ id: 'R-1' }, referral({ serviceId: 'walk' }), 'a string', null], APRIL);
    expect(stats.recordsRead).toBe(4);
    expect(stats.rows).toEqual([emptyRow({ serviceId: 'walk', received: 1 })]);
    expect(stats.excluded).toEqual({
      total: 3,
      issues: [
        { index: 0, path: ['referredOn'], message: 'is required' },
        { index: 0, path: ['source'], message: 'is required' },
        { index: 2, path: [], message: 'must be an object' },
        { index: 3, path: [], message: 'must be an object' },
      ],
    });
  });

  it('reports the path of a nested issue as a list of keys and indexes', () => {
    const stats = serviceStatistics(
      [
        referral(),
        {
          ...referral(),
          events: [
            { type: 'accepted', on: '2025-04-02' },
            { type: 'accepted', on: '2025-03-02' },
          ],
        },
      ],
      APRIL,
    );
    expect(stats.excluded).toEqual({ total: 1, issues: [{ index: 1, path: ['events', 1, 'on'], message: 'must not be before referredOn' }] });
  });

  it('keeps at most maxReportedIssues issues, counting every record left out', () => {
    const records = [{ id: 'R-1' }, { id: 'R-2' }];
    expect(serviceStatistics(records, { ...APRIL, maxReportedIssues: 0 }).excluded).toEqual({ total: 2, issues: [] });
    expect(serviceStatistics(records, { ...APRIL, maxReportedIssues: 1 }).excluded).toEqual({
      total: 2,
      issues: [{ index: 0, path: ['referredOn'], message: 'is required' }],
    });
    expect(serviceStatistics(records, { ...APRIL, maxReportedIssues: 3 }).excluded).toEqual({
      total: 2,
      issues: [
        { index: 0, path: ['referredOn'], message: 'is required' },
        { index: 0, path: ['source'], message: 'is required' },
        { index: 1, path: ['referredOn'], message: 'is required' },
      ],
    });
  });

  it('keeps the first 100 issues by default', () => {
    const records = Array.from({ length: 51 }, (_, i) => ({ id: `R-${i}` }));
    const { excluded } = serviceStatistics(records, APRIL);
    expect(excluded.total).toBe(51);
    expect(excluded.issues).toHaveLength(100);
    expect(excluded.issues[99]).toEqual({ index: 49, path: ['source'], message: 'is required' });
  });

  it('leaves out a referral whose reply falls after the calendar years, with a referredOn issue', () => {
    const stats = serviceStatistics(
      [referral({ serviceId: 'walk', referredOn: '2100-12-20' }), referral({ serviceId: 'walk', referredOn: '2100-12-30', events: [{ type: 'accepted', on: '2101-01-04' }] })],
      { from: '2100-12-01', to: '2100-12-31' },
    );
    expect(stats.rows).toEqual([emptyRow({ serviceId: 'walk', received: 1 })]);
    expect(stats.recordsRead).toBe(2);
    expect(stats.excluded).toEqual({
      total: 1,
      issues: [{ index: 1, path: ['referredOn'], message: 'must fall within the calendar years 1995 to 2100 to count working days' }],
    });
  });

  it('leaves out a referral whose policy deadline falls after the calendar years, without a row for its service', () => {
    const stats = serviceStatistics([referral({ serviceId: 'walk', referredOn: '2100-12-20' })], {
      from: '2100-12-01',
      to: '2100-12-31',
      policy: responsePolicies.twoWeekMarketplace,
    });
    expect(stats.excluded).toEqual({
      total: 1,
      issues: [{ index: 0, path: ['referredOn'], message: 'must fall within the calendar years 1995 to 2100 to count working days' }],
    });
    expect(stats.rows).toEqual([]);
  });
});
