/**
 * Worked cases from the seeds:
 * - Sefton's expression of interest: "a quality assurance aspect to the Link Workers role to ensure
 *   that any referrals made are to services that have appropriate policies and procedures in place",
 *   with the form's six policies and three insurances, each with a date last reviewed.
 * - Tower Hamlets' needs mix (24% weight, 21% low-level mental health, 16% isolation, 13% housing,
 *   13% financial) against a fictional directory, giving the ranked gap table a commissioner takes
 *   to a meeting (NW Surrey: "work with the local community to address gaps identified in each area").
 */
import { describe, expect, it } from 'vitest';
import {
  ASSURANCE_INSURANCE_ITEMS,
  ASSURANCE_POLICY_ITEMS,
  assessProvider,
  assurancePolicies,
  createDirectoryIndex,
  matchServices,
  provisionGaps,
  type Assurance,
  type Service,
} from '../../src/directory/index.js';
import { summarizeOutcomes } from '../../src/outcomes/index.js';
import type { NeedCategory, Referral } from '../../src/referrals/index.js';

const asOf = '2025-04-01';

function allItems(date: string): Assurance {
  const record = { held: true, lastReviewed: date };
  return {
    policies: Object.fromEntries(ASSURANCE_POLICY_ITEMS.map((item) => [item, record])),
    insurances: Object.fromEntries(ASSURANCE_INSURANCE_ITEMS.map((item) => [item, record])),
  };
}

const current: Service = {
  id: 'money-matters',
  name: 'Money Matters',
  organization: { id: 'advice', name: 'Riverside Advice Centre (fictional)' },
  needs: ['money-and-debt', 'welfare-benefits'],
  capacity: { people: 5, per: 'month' },
  assurance: allItems('2025-02-14'),
};

// Safeguarding policy last reviewed 13 months before the assessment date.
const lapsed: Service = {
  id: 'garden-group',
  name: 'Community Garden Group',
  organization: { id: 'green-fingers', name: 'Green Fingers Allotment Society (fictional)' },
  needs: ['physical-activity', 'social-isolation', 'low-level-mental-health'],
  assurance: { ...allItems('2025-01-10'), policies: { ...allItems('2025-01-10').policies, safeguarding: { held: true, lastReviewed: '2024-03-01' } } },
};

describe("Sefton's assurance form as a preset policy", () => {
  it('lists the six policies and three insurances of the form, reviewed within 12 months', () => {
    expect(assurancePolicies.sefton.policies).toEqual([
      'equality-and-diversity',
      'health-and-safety',
      'safeguarding',
      'complaints',
      'information-governance',
      'bullying-and-harassment',
    ]);
    expect(assurancePolicies.sefton.insurances).toEqual(['public-liability', 'employers-liability', 'professional-indemnity']);
    expect(assurancePolicies.sefton.reviewWithinMonths).toBe(12);
  });

  it('a provider with every item current is assured', () => {
    const result = assessProvider(current, { asOf, policy: assurancePolicies.sefton });
    expect(result.assured).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.nextReviewDue).toBe('2026-02-14');
  });

  it('a provider whose safeguarding policy was last reviewed 13 months ago is not assured', () => {
    const result = assessProvider(lapsed, { asOf, policy: assurancePolicies.sefton });
    expect(result.assured).toBe(false);
    expect(result.problems).toEqual([
      {
        item: 'safeguarding',
        kind: 'policy',
        label: 'Safeguarding policy',
        status: 'overdue',
        lastReviewed: '2024-03-01',
        dueBy: '2025-03-01',
        reason: 'held, but the review was due by 2025-03-01 (every 12 months)',
      },
    ]);
    // Twelve months to the day is still current.
    expect(assessProvider(lapsed, { asOf: '2025-03-01' }).assured).toBe(true);
    expect(assessProvider(lapsed, { asOf: '2025-03-02' }).assured).toBe(false);
  });

  it('a link worker is never offered the lapsed provider, and is told why', () => {
    const found = matchServices([current, lapsed], {
      person: { age: 52 },
      referral: { referredOn: asOf, source: 'gp-practice' },
      needs: ['social-isolation', 'money-and-debt'],
    });
    expect(found.matches.map((m) => m.service.id)).toEqual(['money-matters']);
    expect(found.excluded.map((e) => [e.service.id, e.reasons, e.assurance.problems.map((p) => p.item)])).toEqual([
      ['garden-group', ['unassured'], ['safeguarding']],
    ]);
    expect(found.unmetNeeds).toEqual(['social-isolation']);
  });
});

describe('Tower Hamlets needs mix against a fictional directory', () => {
  const area = 'Riverside';
  const directory: Service[] = [
    current,
    lapsed,
    {
      id: 'healthy-weight',
      name: 'Healthy Weight Programme',
      organization: { id: 'leisure', name: 'Riverside Leisure Trust (fictional)' },
      needs: ['weight-management'],
      capacity: { people: 10, per: 'month' },
      assurance: allItems('2025-01-20'),
    },
    {
      id: 'walking-netball',
      name: 'Walking Netball',
      organization: { id: 'leisure', name: 'Riverside Leisure Trust (fictional)' },
      needs: ['physical-activity', 'weight-management'],
      capacity: { people: 40, per: 'year' },
      assurance: allItems('2025-01-20'),
    },
    {
      id: 'talking-cafe',
      name: 'Talking Café',
      organization: { id: 'cic', name: 'Mind the Gap CIC (fictional)' },
      needs: ['low-level-mental-health', 'social-isolation'],
      capacity: { people: 2, per: 'week' },
      assurance: allItems('2024-11-05'),
    },
    {
      id: 'lunch-club',
      name: 'Friday Lunch Club',
      organization: { id: 'hall', name: "St Mary's Hall Volunteers (fictional)" },
      needs: ['social-isolation'],
      eligibility: { id: 'over-65', name: 'Aged 65 and over', criteria: { kind: 'age', min: 65 } },
      capacity: { people: 60, per: 'year' },
      assurance: allItems('2024-09-30'),
    },
    {
      id: 'housing-advice',
      name: 'Housing Advice Drop-in',
      organization: { id: 'advice', name: 'Riverside Advice Centre (fictional)' },
      needs: ['housing'],
      capacity: { people: 3, per: 'week' },
      assurance: allItems('2025-02-14'),
    },
  ].map((s) => ({ ...s, service_areas: [{ name: area }] }) as Service);

  // 1,000 people referred in a year with the Tower Hamlets mix.
  const needs = { 'weight-management': 240, 'low-level-mental-health': 210, 'social-isolation': 160, housing: 130, 'money-and-debt': 130 };

  it('gives the ranked gap table', () => {
    const gaps = provisionGaps(directory, needs, { asOf, area });
    expect(gaps.rows.slice(0, 3).map((r) => [r.need, r.demand, r.services, r.capacity, r.gap])).toEqual([
      ['low-level-mental-health', 210, 1, 104.36, 105.64],
      ['weight-management', 240, 2, 160, 80],
      ['money-and-debt', 130, 1, 60, 70],
    ]);
    // Spare places sort below the needs nobody presented with.
    expect(gaps.rows.slice(-4).map((r) => [r.need, r.demand, r.services, r.capacity, r.gap])).toEqual([
      ['social-isolation', 160, 2, 164.36, -4.36],
      ['housing', 130, 1, 156.54, -26.54],
      ['physical-activity', 0, 1, 40, -40],
      ['welfare-benefits', 0, 1, 60, -60],
    ]);
    expect(gaps.excluded.map((e) => [e.serviceId, e.reasons])).toEqual([['garden-group', ['unassured']]]);
  });

  it('an outcome summary gives the same table as the counts', () => {
    const summary = {
      total: {
        referrals: 1000,
        needs: Object.fromEntries(Object.entries(needs).map(([need, count]) => [need, { count, share: null }])),
      },
      groups: [],
    };
    expect(provisionGaps(directory, summary, { asOf, area })).toEqual(provisionGaps(directory, needs, { asOf, area }));
  });

  it('takes a real outcome summary from the outcomes module', () => {
    // 100 referrals with the Tower Hamlets mix, one need each (24/21/16/13/13, 13 other).
    const mix: [NeedCategory, number][] = [
      ['weight-management', 24],
      ['low-level-mental-health', 21],
      ['social-isolation', 16],
      ['housing', 13],
      ['money-and-debt', 13],
      ['other', 13],
    ];
    const referrals: Referral[] = mix.flatMap(([need, n]) =>
      Array.from({ length: n }, (_, i) => ({
        id: `${need}-${i}`,
        referredOn: '2025-01-15',
        source: 'gp-practice',
        needs: [need],
        events: [],
        contacts: [],
        goals: [],
        onward: [],
        measures: [],
      })),
    );
    const summary = summarizeOutcomes(referrals, { from: '2025-01-01', to: '2025-03-31' });
    const gaps = provisionGaps(directory, summary, { asOf, area, per: 'month' });
    const fromCounts = provisionGaps(directory, Object.fromEntries(mix), { asOf, area, per: 'month' });
    expect(gaps).toEqual(fromCounts);
    expect(provisionGaps(directory, summary.total, { asOf, area, per: 'month' })).toEqual(fromCounts);
    expect(gaps.rows.slice(0, 3).map((r) => [r.need, r.demand, r.capacity, r.gap])).toEqual([
      ['other', 13, 0, 13],
      ['low-level-mental-health', 21, 8.7, 12.3],
      ['weight-management', 24, 13.33, 10.67],
    ]);
  });

  it('re-commissioning the garden group once assured narrows three gaps', () => {
    const renewed = directory.map((s) => (s.id === 'garden-group' ? { ...s, assurance: allItems('2025-03-15'), capacity: { people: 1, per: 'week' as const } } : s));
    const before = provisionGaps(createDirectoryIndex(directory, { asOf }), needs, { area });
    const after = provisionGaps(createDirectoryIndex(renewed, { asOf }), needs, { area });
    const gap = (g: typeof before, need: string) => g.rows.find((r) => r.need === need)!.gap;
    for (const need of ['physical-activity', 'social-isolation', 'low-level-mental-health']) {
      expect(gap(after, need)).toBeCloseTo(gap(before, need) - 52.18, 2);
    }
    expect(after.excluded).toEqual([]);
  });
});
