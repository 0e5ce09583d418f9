/**
 * North West Surrey (NWS Community of Practice – Role Mapping, draft, 1 December 2022): the social
 * prescribing link worker caseload is "Decided by % of patient list size identified
 * in DES contract. 1.2 – 1.6% of patients for each PCN. Nationally caseload guidance
 * suggests 250 a year per link worker"; there are "12 across North west"; support
 * lasts "6 weeks although this can be longer where beneficial".
 */
import { describe, expect, it } from 'vitest';
import { activeCaseload, expectedReferrals, linkWorkersNeeded, planCaseload } from '../../src/caseload/index.js';

describe('NW Surrey link workers', () => {
  it('a PCN of 40,000 expects 480–640 referrals: 1.92–2.56 WTE', () => {
    const referrals = expectedReferrals({ listSize: 40_000 });
    expect(referrals).toEqual({ min: 480, max: 640 });
    expect(linkWorkersNeeded({ referralsPerYear: referrals })).toEqual({ min: 1.92, max: 2.56 });
  });

  it('12 link workers at 250 a year cover a list of 187,500–250,000 patients', () => {
    // The list that 12 WTE serves exactly: 12 × 250 / rate.
    const plan = planCaseload({ pcns: [{ id: 'nws', listSize: 187_500 }], wteInPost: 12, rate: 0.016 });
    expect(plan.total.gap).toEqual({ min: 0, max: 0 });
    const plan2 = planCaseload({ pcns: [{ id: 'nws', listSize: 250_000 }], wteInPost: 12, rate: 0.012 });
    expect(plan2.total.gap).toEqual({ min: 0, max: 0 });
  });

  it('a 6-week episode at 250 a year keeps about 29 people on one worker’s books', () => {
    expect(activeCaseload({ referralsPerYear: 250, weeksSupported: 6 })).toEqual({ min: 29, max: 29 });
  });
});
