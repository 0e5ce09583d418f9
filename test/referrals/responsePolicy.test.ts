import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ResponsePolicySchema, responsePolicies, referralStatus } from '../../src/referrals/index.js';
import { responsePolicyIssues } from '../../src/referrals/deadline.js';
import { makeReferral } from './arbitraries.js';

describe('response policies', () => {
  it('checks a policy by hand exactly as ResponsePolicySchema does (accepts the same, reports the same paths)', () => {
    const policy = fc.record(
      {
        id: fc.constantFrom('two-weeks', 'Two Weeks', '', 'a'.repeat(65)),
        name: fc.constantFrom('Two weeks', '', 'x'.repeat(201)),
        source: fc.constantFrom('Joy', '', undefined),
        respondWithinWorkingDays: fc.constantFrom(0, 1, 5, 10, 10.5, 260, 261, '10'),
        remindWorkingDaysBefore: fc.option(fc.array(fc.constantFrom(0, 1, 2, 5, 9, 10, 2.5), { maxLength: 12 }), { nil: undefined }),
        atDeadline: fc.constantFrom('flag', 'decline', 'later'),
        extra: fc.constantFrom(undefined, 1),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(policy, (p) => {
        const value = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined));
        const parsed = ResponsePolicySchema.safeParse(value);
        const issues = responsePolicyIssues(value);
        expect(issues.length === 0).toBe(parsed.success);
        // Every value the schema faults, the hand check faults at the same path (it may find more: zod skips
        // the cross-field checks once a field has failed, the hand check reports every bad value).
        if (!parsed.success) {
          const handPaths = new Set(issues.map((issue) => JSON.stringify(issue.path.map(String))));
          for (const issue of parsed.error.issues) {
            if (issue.code === 'unrecognized_keys') continue;
            expect(handPaths.has(JSON.stringify(['policy', ...issue.path.map(String)]))).toBe(true);
          }
        }
      }),
    );
  });

  it('requires reminders before the deadline and each once, at the reminder', () => {
    const policy = { id: 'five-days', name: 'Five working days', respondWithinWorkingDays: 5, atDeadline: 'flag' };
    expect(ResponsePolicySchema.safeParse({ ...policy, remindWorkingDaysBefore: [4, 1] }).success).toBe(true);
    expect(ResponsePolicySchema.safeParse(policy).success).toBe(true);
    const parsed = ResponsePolicySchema.safeParse({ ...policy, remindWorkingDaysBefore: [5, 6, 4, 4, 1] });
    expect(parsed.error?.issues.map((issue) => [issue.code, issue.path, issue.message])).toEqual([
      ['custom', ['remindWorkingDaysBefore', 0], 'must be less than respondWithinWorkingDays'],
      ['custom', ['remindWorkingDaysBefore', 1], 'must be less than respondWithinWorkingDays'],
      ['custom', ['remindWorkingDaysBefore', 3], 'must not repeat a reminder point'],
    ]);
  });

  it('deeply freezes the presets', () => {
    expect(Object.isFrozen(responsePolicies.twoWeekMarketplace)).toBe(true);
    expect(Object.isFrozen(responsePolicies.twoWeekMarketplace.remindWorkingDaysBefore)).toBe(true);
  });

  it('names each bad option and policy field, and never echoes a note', () => {
    const referral = makeReferral({ events: [{ type: 'accepted', on: '2025-04-02', note: 'Ada Lovelace said yes' }] });
    expect(() => referralStatus(referral, '2025-04-20', { policy: { ...responsePolicies.twoWeekMarketplace, atDeadline: 'later' }, polcy: 1 } as never)).toThrowErrorMatchingInlineSnapshot(
      `[SocialPrescribingError: referrals/invalid-options: polcy is not a known option; policy.atDeadline must be 'flag' or 'decline']`,
    );
    expect(() => referralStatus(referral, '2025-04-20', { policy: responsePolicies.twoWeekMarketplace, calendar: { region: 'wales' } } as never)).toThrow(/referrals\/invalid-options: calendar/);
  });
});
