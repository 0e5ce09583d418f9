import { describe, expect, it } from 'vitest';
import { overdueReferrals, responsePolicies } from '../../src/referrals/index.js';

const options = { asOf: '2025-04-30', policy: responsePolicies.twoWeekMarketplace };

describe('overdueReferrals', () => {
  it('refuses a string of records: iterable, but as characters, not records', () => {
    expect(() => overdueReferrals('R-1,2025-04-01' as never, options)).toThrow('referrals/invalid-input');
    expect(() => overdueReferrals(42 as never, options)).toThrow('referrals/invalid-input');
  });

  it('reads any other collection of records', () => {
    const referral = { id: 'R-1', referredOn: '2025-04-01', source: 'self' };
    const report = overdueReferrals(new Set([referral]), options);
    expect(report).toEqual(overdueReferrals([referral], options));
    expect([report.recordsRead, report.referrals.map((row) => row.id)]).toEqual([1, ['R-1']]);
  });
});
