/**
 * Sefton (Sefton CVS, Expression of Interest, 2019): NHS England funded
 * "7.5 Link Workers who will work across the 7 Primary Care Networks in Sefton";
 * "Each PCN serves a patient population of between 30 and 50k"; "Link Workers are
 * expected to see approximately 250 people throughout the year"; "between 6 – 12
 * contacts with an individual".
 */
import { describe, expect, it } from 'vitest';
import { contactCapacity, linkWorkersNeeded, planCaseload } from '../../src/caseload/index.js';

const pcnNames = ['North', 'Central', 'Ainsdale and Birkdale', 'Formby', 'Crosby and Maghull', 'Seaforth and Litherland', 'Bootle'];

describe('Sefton: 7 PCNs of 30–50k patients, 7.5 link workers', () => {
  const plan = planCaseload({
    pcns: pcnNames.map((name, i) => ({ id: `sefton-${i + 1}`, name, listSize: { min: 30_000, max: 50_000 } })),
    wteInPost: 7.5,
  });

  it('each PCN expects 360–800 referrals a year and needs 1.44–3.2 WTE', () => {
    for (const row of plan.rows) {
      expect(row.expectedReferrals).toEqual({ min: 360, max: 800 });
      expect(row.wteNeeded).toEqual({ min: 1.44, max: 3.2 });
    }
  });

  it('the borough expects 2,520–5,600 referrals and needs 10.08–22.4 WTE: a gap of 2.58–14.9 WTE', () => {
    expect(plan.total.listSize).toEqual({ min: 210_000, max: 350_000 });
    expect(plan.total.expectedReferrals).toEqual({ min: 2520, max: 5600 });
    expect(plan.total.wteNeeded).toEqual({ min: 10.08, max: 22.4 });
    expect(plan.total.wteInPost).toBe(7.5);
    expect(plan.total.gap).toEqual({ min: 2.58, max: 14.9 });
  });

  it('7.5 WTE at 250 a year sees 1,875 people and 11,250–22,500 contacts', () => {
    const capacity = contactCapacity({ wte: 7.5 });
    expect(capacity.peoplePerYear).toEqual({ min: 1875, max: 1875 });
    expect(capacity.contactsPerYear).toEqual({ min: 11_250, max: 22_500 });
  });

  it('1,875 people a year is what 7.5 WTE covers, and no more', () => {
    expect(linkWorkersNeeded({ referralsPerYear: 1875 })).toEqual({ min: 7.5, max: 7.5 });
  });
});
