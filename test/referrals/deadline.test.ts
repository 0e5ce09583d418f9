import { describe, expect, it } from 'vitest';
import { errorOf } from '../support/errorOf.js';
import { firstReplyOn, resolveResponse, responsePolicyIssues, withPolicy } from '../../src/referrals/deadline.js';
import { referralStatus, type ResponsePolicy } from '../../src/referrals/index.js';
import { makeReferral } from './arbitraries.js';


const policyOf = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'ten-days',
  name: 'Ten working days',
  respondWithinWorkingDays: 10,
  atDeadline: 'decline',
  ...overrides,
});

/** The paths and messages of a policy's issues. */
const issuesOf = (policy: unknown) => responsePolicyIssues(policy).map((issue) => [issue.path, issue.message]);

describe('resolveResponse', () => {
  it.each([null, [], 'policy', 5])('refuses options %o that are not an options object', (options) => {
    expect(errorOf(() => resolveResponse(options))).toEqual({ code: 'referrals/invalid-options', issues: [{ path: [], message: 'must be an options object' }] });
  });

  it('gives null without a policy, with or without a calendar', () => {
    expect(resolveResponse({})).toBeNull();
    expect(resolveResponse({ calendar: { region: 'scotland' } })).toBeNull();
  });

  it('keeps the policy and the calendar', () => {
    const policy = policyOf();
    expect(resolveResponse({ policy, calendar: { region: 'scotland' } })).toEqual({ policy, calendar: { region: 'scotland' } });
    expect(resolveResponse({ policy })).toEqual({ policy, calendar: undefined });
  });

  it('names unknown options and the calendar issues together', () => {
    expect(errorOf(() => resolveResponse({ policy: policyOf(), calendar: { region: 'mars' }, polcy: 1 }))).toMatchObject({
      code: 'referrals/invalid-options',
      issues: [{ path: ['polcy'], message: 'is not a known option' }, { path: ['calendar', 'region'] }],
    });
  });

  it("lets an error that is not the library's own pass through unchanged", () => {
    const calendar = {
      get region(): string {
        throw new RangeError('calendar getter failed');
      },
    };
    expect(() => resolveResponse({ policy: policyOf(), calendar })).toThrow(new RangeError('calendar getter failed'));
  });
});

describe('responsePolicyIssues', () => {
  it.each([null, [], 'ten-days'])('refuses %o as a policy at policy', (policy) => {
    expect(issuesOf(policy)).toEqual([[['policy'], 'must be a response policy object']]);
  });

  it('accepts each bound and leaves optional fields optional', () => {
    expect(issuesOf(policyOf())).toEqual([]);
    expect(issuesOf(policyOf({ id: 'a'.repeat(64), name: 'N', source: 'S', respondWithinWorkingDays: 1 }))).toEqual([]);
    expect(issuesOf(policyOf({ name: 'n'.repeat(200), source: 's'.repeat(1000), respondWithinWorkingDays: 260, remindWorkingDaysBefore: [1, 259] }))).toEqual([]);
  });

  it('names each bad field with its rule', () => {
    expect(issuesOf({ id: 'a'.repeat(65), name: '', source: '', respondWithinWorkingDays: 261, atDeadline: 'later', extra: 1 })).toEqual([
      [['policy', 'extra'], 'is not a known field'],
      [['policy', 'id'], 'must be a kebab-case id (a-z, 0-9 and single hyphens)'],
      [['policy', 'name'], 'must be text of 1 to 200 characters'],
      [['policy', 'source'], 'must be text of 1 to 1000 characters'],
      [['policy', 'respondWithinWorkingDays'], 'must be a whole number from 1 to 260'],
      [['policy', 'atDeadline'], "must be 'flag' or 'decline'"],
    ]);
    expect(issuesOf(policyOf({ name: 'n'.repeat(201), source: 's'.repeat(1001), respondWithinWorkingDays: 0 })).map(([path]) => path)).toEqual([
      ['policy', 'name'],
      ['policy', 'source'],
      ['policy', 'respondWithinWorkingDays'],
    ]);
  });

  it('refuses reminders that are not a list of up to 10', () => {
    const listRule = [[['policy', 'remindWorkingDaysBefore'], 'must be a list of up to 10 whole numbers']];
    expect(issuesOf(policyOf({ remindWorkingDaysBefore: 5 }))).toEqual(listRule);
    expect(issuesOf(policyOf({ respondWithinWorkingDays: 20, remindWorkingDaysBefore: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] }))).toEqual(listRule);
    expect(issuesOf(policyOf({ respondWithinWorkingDays: 20, remindWorkingDaysBefore: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }))).toEqual([]);
  });

  it('checks each reminder: a whole number in range, before the deadline, not repeated', () => {
    expect(issuesOf(policyOf({ respondWithinWorkingDays: 5, remindWorkingDaysBefore: [0, 260, 2.5, 5, 6, 2, 2] }))).toEqual([
      [['policy', 'remindWorkingDaysBefore', 0], 'must be a whole number from 1 to 259'],
      [['policy', 'remindWorkingDaysBefore', 1], 'must be a whole number from 1 to 259'],
      [['policy', 'remindWorkingDaysBefore', 2], 'must be a whole number from 1 to 259'],
      [['policy', 'remindWorkingDaysBefore', 3], 'must be less than respondWithinWorkingDays'],
      [['policy', 'remindWorkingDaysBefore', 4], 'must be less than respondWithinWorkingDays'],
      [['policy', 'remindWorkingDaysBefore', 6], 'must not repeat a reminder point'],
    ]);
  });

  it('compares reminders with the deadline only when the deadline is a number', () => {
    expect(issuesOf(policyOf({ respondWithinWorkingDays: '3', remindWorkingDaysBefore: [5] }))).toEqual([
      [['policy', 'respondWithinWorkingDays'], 'must be a whole number from 1 to 260'],
    ]);
  });
});

describe('firstReplyOn', () => {
  it('skips on-hold and reopened events and takes the first other event', () => {
    const referral = makeReferral({
      events: [
        { type: 'on-hold', on: '2025-04-02' },
        { type: 'waiting', on: '2025-04-08' },
        { type: 'accepted', on: '2025-04-09' },
      ],
    });
    expect(firstReplyOn(referral)).toBe('2025-04-08');
  });

  it('takes the earliest attended contact when it comes before that event, and ignores missed ones', () => {
    const contacts = [
      { on: '2025-04-07', mode: 'telephone', attended: false },
      { on: '2025-04-06', mode: 'telephone', attended: true },
      { on: '2025-04-05', mode: 'telephone', attended: true },
      { on: '2025-04-09', mode: 'telephone', attended: true },
    ] as const;
    expect(firstReplyOn(makeReferral({ contacts: [...contacts] }))).toBe('2025-04-05');
    expect(firstReplyOn(makeReferral({ contacts: [...contacts], events: [{ type: 'accepted', on: '2025-04-08' }] }))).toBe('2025-04-05');
    expect(firstReplyOn(makeReferral({ contacts: [...contacts], events: [{ type: 'accepted', on: '2025-04-02' }] }))).toBe('2025-04-02');
    expect(firstReplyOn(makeReferral({ contacts: [contacts[0]] }))).toBeNull();
  });
});

describe('withPolicy', () => {
  const decline = (): { policy: ResponsePolicy; calendar: undefined } => ({
    policy: { id: 'ten-days', name: 'Ten working days', respondWithinWorkingDays: 10, atDeadline: 'decline' },
    calendar: undefined,
  });

  it('declines an unanswered referral the day after the deadline, after the events up to it and before the rest', () => {
    const referral = makeReferral({
      events: [
        { type: 'on-hold', on: '2025-04-03' },
        { type: 'on-hold', on: '2025-04-16' },
        { type: 'accepted', on: '2025-04-22' },
      ],
    });
    const result = withPolicy(referral, decline());
    const derived = { type: 'rejected', on: '2025-04-16', reason: 'no-response' };
    expect(result).toEqual({
      referral: { ...referral, events: [referral.events[0], derived, referral.events[1], referral.events[2]] },
      derived,
      respondBy: '2025-04-15',
    });
  });

  it('keeps an event on the deadline day before the derived rejection', () => {
    const referral = makeReferral({ events: [{ type: 'on-hold', on: '2025-04-15' }] });
    expect(withPolicy(referral, decline()).referral.events).toEqual([
      { type: 'on-hold', on: '2025-04-15' },
      { type: 'rejected', on: '2025-04-16', reason: 'no-response' },
    ]);
  });

  it('leaves a referral answered by the deadline, or under a flag policy, unchanged', () => {
    const answered = makeReferral({ events: [{ type: 'accepted', on: '2025-04-15' }] });
    expect(withPolicy(answered, decline())).toEqual({ referral: answered, derived: null, respondBy: '2025-04-15' });
    const unanswered = makeReferral();
    expect(withPolicy(unanswered, { ...decline(), policy: { ...decline().policy, atDeadline: 'flag' } })).toEqual({ referral: unanswered, derived: null, respondBy: '2025-04-15' });
  });

  it('refuses a referral made before the calendar years at referredOn', () => {
    expect(errorOf(() => withPolicy(makeReferral({ referredOn: '1990-04-02' }), decline()))).toEqual({
      code: 'referrals/invalid-referral',
      issues: [{ path: ['referral', 'referredOn'], message: 'must fall within the calendar years 1995 to 2100 to count working days' }],
    });
  });

  it('reports a referral whose event days cannot be compared as a malformed referral', () => {
    const referral = { ...makeReferral(), events: [{ type: 'accepted', on: Symbol('day') }] } as never;
    expect(errorOf(() => withPolicy(referral, decline()))).toEqual({
      code: 'referrals/invalid-referral',
      issues: [{ path: ['referral'], message: 'is not a valid Referral: validate it with ReferralSchema or validateReferrals first' }],
    });
    expect(errorOf(() => referralStatus(referral, '2025-05-01', { policy: decline().policy })).code).toBe('referrals/invalid-referral');
  });
});
