/** The functions that trust a referral throw referrals/invalid-referral for a malformed one, never a TypeError or NaN. */
import { describe, expect, it } from 'vitest';
import { SocialPrescribingError } from '../../src/core/index.js';
import { codeEvents, contactSummary, referralStatus, referralTimeline, type Referral } from '../../src/referrals/index.js';

const valid = (): Referral => ({
  id: 'R-1',
  referredOn: '2025-04-01',
  source: 'gp-practice',
  needs: [],
  events: [
    { type: 'accepted', on: '2025-04-02' },
    { type: 'closed', on: '2025-05-14', reason: 'goals-met' },
  ],
  contacts: [{ on: '2025-04-09', mode: 'telephone', attended: true }],
  goals: [],
  onward: [],
  measures: [],
});

const run = {
  referralStatus: (r: unknown) => referralStatus(r as Referral, '2025-06-01'),
  referralTimeline: (r: unknown) => referralTimeline(r as Referral),
  contactSummary: (r: unknown) => contactSummary(r as Referral),
  codeEvents: (r: unknown) => codeEvents(r as Referral),
};

function errorOf(call: () => unknown): SocialPrescribingError | string | null {
  try {
    call();
    return null;
  } catch (error) {
    return error instanceof SocialPrescribingError ? error : `not a SocialPrescribingError: ${String(error)}`;
  }
}

const MALFORMED: [string, unknown][] = [
  ['null', null],
  ['a string', 'R-1'],
  ['no events', { ...valid(), events: undefined }],
  ['contacts as an object', { ...valid(), contacts: {} }],
  ['a numeric referredOn', { ...valid(), referredOn: 20_250_401 }],
  ['a null event and contact', { ...valid(), events: [null, null], contacts: [null] }],
];

describe.each(Object.entries(run))('%s', (_, call) => {
  it.each(MALFORMED)('rejects %s with referrals/invalid-referral', (_, referral) => {
    const error = errorOf(() => call(referral));
    expect(error).toBeInstanceOf(SocialPrescribingError);
    expect((error as SocialPrescribingError).code).toBe('referrals/invalid-referral');
    expect((error as SocialPrescribingError).issues[0]?.path[0]).toBe('referral');
  });

  it('still answers for a valid referral', () => {
    expect(errorOf(() => call(valid()))).toBeNull();
  });

  it('gives a valid result or referrals/invalid-referral for a null item it may not read', () => {
    for (const referral of [{ ...valid(), events: [null] }, { ...valid(), contacts: [null] }]) {
      const error = errorOf(() => call(referral));
      if (error !== null) expect((error as SocialPrescribingError).code).toBe('referrals/invalid-referral');
    }
  });
});

describe('dates that would leak into a result', () => {
  it('contactSummary rejects an unreadable referredOn or contact date instead of giving NaN', () => {
    expect((errorOf(() => contactSummary({ ...valid(), referredOn: '2025-02-30' })) as SocialPrescribingError).code).toBe('referrals/invalid-referral');
    const contacts = [{ on: ['2025-04-09'], mode: 'telephone', attended: true }];
    expect((errorOf(() => contactSummary({ ...valid(), contacts } as never)) as SocialPrescribingError).code).toBe('referrals/invalid-referral');
  });

  it('referralTimeline and codeEvents reject an event whose date or type is not a string', () => {
    const events = [{ type: 'accepted', on: Number.NEGATIVE_INFINITY }];
    expect((errorOf(() => referralTimeline({ ...valid(), events } as never)) as SocialPrescribingError).code).toBe('referrals/invalid-referral');
    expect((errorOf(() => codeEvents({ ...valid(), events } as never)) as SocialPrescribingError).code).toBe('referrals/invalid-referral');
    const untyped = { ...valid(), events: [{ on: '2025-04-09' }] };
    expect((errorOf(() => referralTimeline(untyped as never)) as SocialPrescribingError).code).toBe('referrals/invalid-referral');
  });

  it('referralStatus still checks asOf first', () => {
    expect((errorOf(() => referralStatus(null as never, '1 June')) as SocialPrescribingError).code).toBe('referrals/invalid-date');
  });
});

describe('holes in events and contacts (issue 14, defect 4)', () => {
  const MESSAGE = 'is not a valid Referral: validate it with ReferralSchema or validateReferrals first';
  // eslint-disable-next-line no-sparse-arrays
  const holeInEvents = { ...valid(), events: [, { type: 'accepted', on: '2025-04-02' }] };
  // eslint-disable-next-line no-sparse-arrays
  const holeInContacts = { ...valid(), contacts: [{ on: '2025-04-09', mode: 'telephone', attended: true }, , { on: '2025-04-10', mode: 'telephone', attended: true }] };

  it.each(Object.entries(run))('%s names the hole in events by its path', (_, call) => {
    const error = errorOf(() => call(holeInEvents)) as SocialPrescribingError;
    expect([error.code, error.issues]).toEqual(['referrals/invalid-referral', [{ path: ['referral', 'events', 0], message: MESSAGE }]]);
  });

  it.each(Object.entries(run))('%s names the hole in contacts by its path', (_, call) => {
    const error = errorOf(() => call(holeInContacts)) as SocialPrescribingError;
    expect([error.code, error.issues]).toEqual(['referrals/invalid-referral', [{ path: ['referral', 'contacts', 1], message: MESSAGE }]]);
  });

  it('names a string entry and a null entry the same way, the events before the contacts', () => {
    const error = errorOf(() => contactSummary({ ...valid(), events: [valid().events[0], 'closed'], contacts: [null] } as never)) as SocialPrescribingError;
    expect(error.issues[0]?.path).toEqual(['referral', 'events', 1]);
    const contacts = errorOf(() => contactSummary({ ...valid(), contacts: [valid().contacts[0], null] } as never)) as SocialPrescribingError;
    expect(contacts.issues[0]?.path).toEqual(['referral', 'contacts', 1]);
  });
});

describe('a day that is not a string, deep in the lists', () => {
  const MESSAGE = 'is not a valid Referral: validate it with ReferralSchema or validateReferrals first';

  const pick = (...names: (keyof typeof run)[]) => names.map((name) => [name, run[name]] as const);

  it.each(pick('referralStatus', 'referralTimeline', 'codeEvents'))('%s reports an event day that cannot be compared at the referral', (_, call) => {
    const referral = { ...valid(), events: [{ type: 'accepted', on: Symbol('day') }] };
    const error = errorOf(() => call(referral)) as SocialPrescribingError;
    expect([error.code, error.issues]).toEqual(['referrals/invalid-referral', [{ path: ['referral'], message: MESSAGE }]]);
  });

  it.each(pick('referralTimeline', 'contactSummary', 'codeEvents'))('%s reports an attended contact day that cannot be compared at the referral', (_, call) => {
    const referral = { ...valid(), contacts: [...valid().contacts, { on: Symbol('day'), mode: 'telephone', attended: true }] };
    const error = errorOf(() => call(referral)) as SocialPrescribingError;
    expect([error.code, error.issues]).toEqual(['referrals/invalid-referral', [{ path: ['referral'], message: MESSAGE }]]);
  });
});
