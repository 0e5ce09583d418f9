import { describe, expect, it } from 'vitest';
import { activeCaseload } from '../../src/caseload/index.js';

describe('activeCaseload', () => {
  it('applies Little’s law over a 365.25-day year', () => {
    // 250 a year is 4.79 a week; 6 weeks of support holds 28.75 people at once.
    expect(activeCaseload({ referralsPerYear: 250, weeksSupported: 6 })).toEqual({ min: 29, max: 29 });
    expect(activeCaseload({ referralsPerYear: { min: 480, max: 640 }, weeksSupported: 12 })).toEqual({ min: 110, max: 147 });
    expect(activeCaseload({ referralsPerYear: 0, weeksSupported: 12 })).toEqual({ min: 0, max: 0 });
  });

  it('rejects bad weeks', () => {
    expect(() => activeCaseload({ referralsPerYear: 250, weeksSupported: -6 })).toThrow(
      expect.objectContaining({ code: 'caseload/invalid-weeks' }),
    );
    expect(() => activeCaseload({ referralsPerYear: 250, weeksSupported: { min: 16, max: 8 } })).toThrow(
      expect.objectContaining({ code: 'caseload/inverted-range' }),
    );
  });
});
