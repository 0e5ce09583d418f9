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

// These assertions are checked by tsc (the gate's typecheck step covers test/), not at run time.
describe('referral types', () => {
  it('fails the typecheck when a type assertion is wrong (the unused @ts-expect-error would be an error)', () => {
    // @ts-expect-error a referral status is not a number
    expectTypeOf(referralStatus).returns.toEqualTypeOf<number>();
  });

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
