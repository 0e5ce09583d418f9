import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactSummary, DEFAULT_CONTACT_BAND } from '../../src/referrals/index.js';
import { arbitraryReferral, makeReferral } from './arbitraries.js';

const weekly = (n: number, attended = true) =>
  Array.from({ length: n }, (_, i) => ({ on: `2025-04-${String(2 + i).padStart(2, '0')}`, mode: 'telephone' as const, attended }));

describe('contactSummary', () => {
  it('reports none for a referral without contacts', () => {
    expect(contactSummary(makeReferral())).toEqual({ attended: 0, missed: 0, band: 'below', daysToFirstContact: null, weeksSupported: null });
  });

  it('bands attended contacts against 6–12 by default', () => {
    expect(DEFAULT_CONTACT_BAND).toEqual({ min: 6, max: 12 });
    expect(contactSummary(makeReferral({ contacts: weekly(5) })).band).toBe('below');
    expect(contactSummary(makeReferral({ contacts: weekly(6) })).band).toBe('within');
    expect(contactSummary(makeReferral({ contacts: weekly(12) })).band).toBe('within');
    expect(contactSummary(makeReferral({ contacts: weekly(13) })).band).toBe('above');
    expect(contactSummary(makeReferral({ contacts: [...weekly(5), ...weekly(4, false)] }))).toMatchObject({ attended: 5, missed: 4, band: 'below' });
  });

  it('measures support to the last attended contact while open, to the close once closed', () => {
    const contacts = [
      { on: '2025-04-20', mode: 'group', attended: true },
      { on: '2025-04-08', mode: 'face-to-face', attended: true },
      { on: '2025-04-29', mode: 'face-to-face', attended: false },
    ] as const;
    const open = makeReferral({ contacts: [...contacts] });
    expect(contactSummary(open)).toEqual({ attended: 2, missed: 1, band: 'below', daysToFirstContact: 7, weeksSupported: 2.7 });
    const closed = makeReferral({ contacts: [...contacts], events: [{ type: 'closed', on: '2025-05-13', reason: 'goals-met' }] });
    expect(contactSummary(closed).weeksSupported).toBe(6);
  });

  it('takes a custom band', () => {
    expect(contactSummary(makeReferral({ contacts: weekly(3) }), { expected: { min: 2, max: 3 } }).band).toBe('within');
    expect(contactSummary(makeReferral({ contacts: weekly(3) }), {}).band).toBe('below');
  });

  it.each([{ min: 4, max: 2 }, { min: -1, max: 2 }, { min: 0, max: Number.NaN }, { min: 0, max: Infinity }, { min: '6', max: 12 }, null])(
    'rejects the band %o',
    (expected) => {
      expect(() => contactSummary(makeReferral(), { expected: expected as never })).toThrowErrorMatchingInlineSnapshot(
        `[SocialPrescribingError: referrals/invalid-range: expected must be { min, max } with finite numbers, 0 or more, and min <= max]`,
      );
    },
  );

  it.each([null, [], 'expected', 5])('refuses options %o that are not an options object', (options) => {
    expect(() => contactSummary(makeReferral(), options as never)).toThrowErrorMatchingInlineSnapshot(
      `[SocialPrescribingError: referrals/invalid-options: must be an options object]`,
    );
  });

  it('names a misspelt option', () => {
    expect(() => contactSummary(makeReferral(), { expcted: { min: 1, max: 2 } } as never)).toThrowErrorMatchingInlineSnapshot(
      `[SocialPrescribingError: referrals/invalid-options: expcted is not a known option]`,
    );
  });

  it('reads undated counts of 0, and refuses a negative count as a malformed referral', () => {
    const referral = makeReferral({ undated: { contactsAttended: 0, contactsMissed: 0 } });
    expect(contactSummary(referral)).toEqual({ attended: 0, missed: 0, band: 'below', daysToFirstContact: null, weeksSupported: null });
    expect(() => contactSummary({ ...referral, undated: { contactsAttended: -1 } })).toThrowErrorMatchingInlineSnapshot(
      `[SocialPrescribingError: referrals/invalid-referral: referral is not a valid Referral: validate it with ReferralSchema or validateReferrals first]`,
    );
  });

  it('counts every contact once and never returns NaN', () => {
    fc.assert(
      fc.property(arbitraryReferral, (referral) => {
        const summary = contactSummary(referral);
        expect(summary.attended + summary.missed).toBe(referral.contacts.length);
        expect(summary.daysToFirstContact === null).toBe(summary.attended === 0);
        expect(summary.weeksSupported === null).toBe(summary.attended === 0);
        for (const value of Object.values(summary)) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
      }),
    );
  });
});
