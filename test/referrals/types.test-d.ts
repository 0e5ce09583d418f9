import { describe, expectTypeOf, it } from 'vitest';
import type {
  CloseReason,
  ContactSummary,
  NeedCategory,
  Referral,
  ReferralEvent,
  ReferralInput,
  ReferralStatus,
  TaskStatus,
} from '../../src/referrals/index.js';
import { contactSummary, referralStatus, toTaskStatus, validateReferrals } from '../../src/referrals/index.js';

describe('referral types', () => {
  it('narrows a closed event to a required close reason', () => {
    expectTypeOf<Extract<ReferralEvent, { type: 'closed' }>['reason']>().toEqualTypeOf<CloseReason>();
    expectTypeOf<Referral['needs']>().toEqualTypeOf<NeedCategory[]>();
  });

  it('lets the input leave out the lists, but not the parsed record', () => {
    expectTypeOf<{ id: string; referredOn: string; source: string }>().toExtend<ReferralInput>();
    expectTypeOf<{ id: string; referredOn: string; source: string }>().not.toExtend<Referral>();
  });

  it('types the functions', () => {
    expectTypeOf(referralStatus).returns.toEqualTypeOf<ReferralStatus>();
    expectTypeOf(contactSummary).returns.toEqualTypeOf<ContactSummary>();
    expectTypeOf(toTaskStatus).returns.toEqualTypeOf<TaskStatus>();
    expectTypeOf<ReturnType<typeof validateReferrals>>().toExtend<Iterable<{ index: number; ok: boolean }>>();
  });
});
