/**
 * Places and waiting lists in a fictional borough's directory (issue 18, "Capacity and waiting
 * lists"): providers state how many places they have free, as HSDS 3.1's `service_capacity` does
 * (Open Referral HSDS 3.1, openreferral/specification, branch 3.1-dev, commit abc731c, 10 October
 * 2024). A full service is skipped by matching, with the reason, so the link worker sees it and can
 * put the person on its waiting list; the gap table sets places free now beside the year's demand.
 *
 * The directory and its figures are invented; the needs mix is Tower Hamlets' (24% weight, 21%
 * low-level mental health, 16% isolation, 13% housing, 13% financial; "Social prescribing models in
 * the UK", an untitled table, Tower Hamlets row) for 1,000 referrals a year.
 */
import { describe, expect, it } from 'vitest';
import { ASSURANCE_INSURANCE_ITEMS, ASSURANCE_POLICY_ITEMS, fromHsds, matchServices, provisionGaps, toHsds, type Assurance, type Service } from '../../src/directory/index.js';

const asOf = '2025-06-02';
const area = 'Riverside';

function allItems(date: string): Assurance {
  const record = { held: true, lastReviewed: date };
  return {
    policies: Object.fromEntries(ASSURANCE_POLICY_ITEMS.map((item) => [item, record])),
    insurances: Object.fromEntries(ASSURANCE_INSURANCE_ITEMS.map((item) => [item, record])),
  };
}

const directory: Service[] = (
  [
    {
      id: 'talking-cafe',
      name: 'Talking Café',
      organization: { id: 'cic', name: 'Mind the Gap CIC (fictional)' },
      needs: ['low-level-mental-health', 'social-isolation'],
      capacity: { people: 2, per: 'week' },
      availability: [{ unit: 'place', available: 2, maximum: 12, updatedOn: '2025-05-28' }],
    },
    {
      id: 'lunch-club',
      name: 'Friday Lunch Club',
      organization: { id: 'hall', name: "St Mary's Hall Volunteers (fictional)" },
      needs: ['social-isolation'],
      eligibility: { id: 'over-65', name: 'Aged 65 and over', criteria: { kind: 'age', min: 65 } },
      capacity: { people: 60, per: 'year' },
      availability: [{ unit: 'place', available: 0, maximum: 24, updatedOn: '2025-05-30' }],
    },
    {
      id: 'walking-netball',
      name: 'Walking Netball',
      organization: { id: 'leisure', name: 'Riverside Leisure Trust (fictional)' },
      needs: ['physical-activity', 'weight-management'],
      capacity: { people: 40, per: 'year' },
    },
    {
      id: 'healthy-weight',
      name: 'Healthy Weight Programme',
      organization: { id: 'leisure', name: 'Riverside Leisure Trust (fictional)' },
      needs: ['weight-management'],
      capacity: { people: 10, per: 'month' },
      availability: [{ unit: 'place', available: 6, maximum: 15, updatedOn: '2025-05-19' }],
    },
    {
      id: 'housing-advice',
      name: 'Housing Advice Drop-in',
      organization: { id: 'advice', name: 'Riverside Advice Centre (fictional)' },
      needs: ['housing'],
      capacity: { people: 3, per: 'week' },
      availability: [{ unit: 'appointment', available: 4, updatedOn: '2025-06-02' }],
    },
    {
      id: 'money-matters',
      name: 'Money Matters',
      organization: { id: 'advice', name: 'Riverside Advice Centre (fictional)' },
      needs: ['money-and-debt', 'welfare-benefits'],
      capacity: { people: 5, per: 'month' },
      availability: [{ unit: 'place', available: 0, maximum: 5, updatedOn: '2025-06-01' }],
    },
  ] as Service[]
).map((s) => ({ ...s, service_areas: [{ name: area }], assurance: allItems('2025-01-20') }));

const needs = { 'weight-management': 240, 'low-level-mental-health': 210, 'social-isolation': 160, housing: 130, 'money-and-debt': 130 };

describe('a full service is skipped by matching, with the reason', () => {
  it('offers the café, which has places, and reports the full lunch club rather than dropping it', () => {
    const found = matchServices(directory, { person: { age: 70 }, referral: { referredOn: asOf }, needs: ['social-isolation'] });
    expect(found.matches.map((m) => [m.service.id, m.places])).toEqual([['talking-cafe', 'available']]);
    expect(found.excluded.map((e) => [e.service.id, e.reasons, e.decision, e.places])).toEqual([['lunch-club', ['full'], 'eligible', 'full']]);
    // What the link worker needs to offer a waiting-list place: 0 of 24 free, as of 30 May.
    expect(found.excluded[0]?.service.availability).toEqual([{ unit: 'place', available: 0, maximum: 24, updatedOn: '2025-05-30' }]);
    expect(found.unmetNeeds).toEqual([]);
  });

  it('gives every reason when a full service is also one the person cannot use', () => {
    const found = matchServices(directory, { person: { age: 50 }, referral: { referredOn: asOf }, needs: ['social-isolation'] });
    expect(found.excluded.map((e) => [e.service.id, e.reasons])).toEqual([['lunch-club', ['ineligible', 'full']]]);
  });

  it('leaves debt advice unmet while its only service is full, and says which service it is', () => {
    const found = matchServices(directory, { person: { age: 40 }, referral: { referredOn: asOf }, needs: ['money-and-debt'] });
    expect(found.matches).toEqual([]);
    expect(found.excluded.map((e) => [e.service.id, e.reasons])).toEqual([['money-matters', ['full']]]);
    expect(found.unmetNeeds).toEqual(['money-and-debt']);
  });

  it('keeps the figures through HSDS (written as HSDS 3.1 capacities) and back', () => {
    for (const service of directory) expect(fromHsds(toHsds(service)).availability).toEqual(service.availability);
  });
});

describe('the gap table with places free', () => {
  const gaps = provisionGaps(directory, needs, { asOf, area });
  const row = (need: string) => gaps.rows.find((r) => r.need === need);

  it('keeps the year’s gaps, worked by hand', () => {
    // low-level mental health: the café's 2 a week = 2 * 365.25 / 7 = 104.357 a year; 210 - 104.357 = 105.64.
    // weight: netball 40 + healthy weight 10 * 12 = 120, so 160; 240 - 160 = 80.
    // money and debt: 5 * 12 = 60; 130 - 60 = 70.
    // isolation: café 104.357 + lunch club 60 = 164.357; 160 - 164.357 = -4.36.
    // housing: 3 * 365.25 / 7 = 156.536; 130 - 156.536 = -26.54.
    expect(gaps.rows.slice(0, 3).map((r) => [r.need, r.demand, r.services, r.capacity, r.gap])).toEqual([
      ['low-level-mental-health', 210, 1, 104.36, 105.64],
      ['weight-management', 240, 2, 160, 80],
      ['money-and-debt', 130, 1, 60, 70],
    ]);
    expect([row('social-isolation')?.gap, row('housing')?.gap]).toEqual([-4.36, -26.54]);
  });

  it('sets the places free now beside them, worked by hand', () => {
    // low-level mental health: the café, 2 free (28 May).
    expect(row('low-level-mental-health')).toMatchObject({ placesAvailable: 2, servicesFull: 0, servicesWithoutAvailability: 0, availabilityUpdatedFrom: '2025-05-28' });
    // weight: healthy weight 6 free (19 May); netball states no figure, so 6 is a lower bound.
    expect(row('weight-management')).toMatchObject({ placesAvailable: 6, servicesFull: 0, servicesWithoutAvailability: 1, availabilityUpdatedFrom: '2025-05-19' });
    // money and debt: Money Matters 0 of 5 (1 June): full, though 60 a year get through it.
    expect(row('money-and-debt')).toMatchObject({ placesAvailable: 0, servicesFull: 1, servicesWithoutAvailability: 0, availabilityUpdatedFrom: '2025-06-01' });
    // isolation: café 2 + lunch club 0 = 2 free; the lunch club is full; oldest figure 28 May.
    expect(row('social-isolation')).toMatchObject({ placesAvailable: 2, servicesFull: 1, servicesWithoutAvailability: 0, availabilityUpdatedFrom: '2025-05-28' });
    // housing: the drop-in counts appointments, not places: no figure in places.
    expect(row('housing')).toMatchObject({ placesAvailable: 0, servicesFull: 0, servicesWithoutAvailability: 1, availabilityUpdatedFrom: null });
  });

  it('counts appointments when asked for that unit', () => {
    const appointments = provisionGaps(directory, needs, { asOf, area, unit: 'appointment' });
    expect(appointments.rows.find((r) => r.need === 'housing')).toMatchObject({ placesAvailable: 4, servicesWithoutAvailability: 0, availabilityUpdatedFrom: '2025-06-02' });
    // The year's figures do not depend on the unit.
    expect(appointments.rows.map((r) => [r.need, r.gap])).toEqual(gaps.rows.map((r) => [r.need, r.gap]));
  });
});
