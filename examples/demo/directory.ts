import {
  assessProvider,
  ASSURANCE_INSURANCE_ITEMS,
  ASSURANCE_POLICY_ITEMS,
  provisionGaps,
  type Assurance,
  type Service,
} from 'social-prescribing/directory';
import { borough } from './borough.js';

const AREA = 'Riverside';

/** Every item on Sefton's form held and reviewed on `date`. */
function assured(date: string): Assurance {
  const record = { held: true, lastReviewed: date };
  return {
    policies: Object.fromEntries(ASSURANCE_POLICY_ITEMS.map((item) => [item, record])),
    insurances: Object.fromEntries(ASSURANCE_INSURANCE_ITEMS.map((item) => [item, record])),
  };
}

/** A small fictional directory for the borough: no real organisations. */
export const riversideDirectory: Service[] = [
  {
    id: 'healthy-weight',
    name: 'Healthy Weight Programme',
    organization: { id: 'riverside-leisure', name: 'Riverside Leisure Trust' },
    needs: ['weight-management'],
    service_areas: [{ name: AREA }],
    contactRoute: 'referral',
    capacity: { people: 10, per: 'month' },
    assurance: assured('2025-01-20'),
  },
  {
    id: 'walking-netball',
    name: 'Walking Netball',
    organization: { id: 'riverside-leisure', name: 'Riverside Leisure Trust' },
    needs: ['physical-activity', 'weight-management'],
    service_areas: [{ name: AREA }],
    contactRoute: 'either',
    capacity: { people: 40, per: 'year' },
    assurance: assured('2025-01-20'),
  },
  {
    id: 'talking-cafe',
    name: 'Talking Café',
    organization: { id: 'mind-the-gap', name: 'Mind the Gap Community Interest Company' },
    needs: ['low-level-mental-health', 'social-isolation'],
    service_areas: [{ name: AREA }],
    contactRoute: 'self-referral',
    capacity: { people: 2, per: 'week' },
    assurance: assured('2024-11-05'),
  },
  {
    id: 'lunch-club',
    name: 'Friday Lunch Club',
    organization: { id: 'st-marys-hall', name: "St Mary's Hall Volunteers" },
    needs: ['social-isolation'],
    service_areas: [{ name: AREA }],
    eligibility: { id: 'over-65', name: 'Aged 65 and over', criteria: { kind: 'age', min: 65 } },
    capacity: { people: 60, per: 'year' },
    assurance: assured('2024-09-30'),
  },
  {
    id: 'housing-advice',
    name: 'Housing Advice Drop-in',
    organization: { id: 'riverside-advice', name: 'Riverside Advice Centre' },
    needs: ['housing'],
    service_areas: [{ name: AREA }],
    capacity: { people: 3, per: 'week' },
    assurance: assured('2025-02-14'),
  },
  {
    id: 'money-matters',
    name: 'Money Matters',
    organization: { id: 'riverside-advice', name: 'Riverside Advice Centre' },
    needs: ['money-and-debt', 'welfare-benefits'],
    service_areas: [{ name: AREA }],
    capacity: { people: 5, per: 'month' },
    assurance: assured('2025-02-14'),
  },
  {
    // Safeguarding policy last reviewed 13 months before the assessment: not assured.
    id: 'garden-group',
    name: 'Community Garden Group',
    organization: { id: 'green-fingers', name: 'Green Fingers Allotment Society' },
    needs: ['physical-activity', 'social-isolation', 'low-level-mental-health'],
    service_areas: [{ name: AREA }],
    assurance: {
      ...assured('2025-01-10'),
      policies: { ...assured('2025-01-10').policies, safeguarding: { held: true, lastReviewed: '2024-03-01' } },
    },
  },
];

/**
 * People presenting with each need in a year: 1,000 referrals with the Tower Hamlets mix
 * (24% weight, 21% low-level mental health, 16% isolation, 13% housing, 13% financial).
 */
export const riversideNeeds = {
  'weight-management': 240,
  'low-level-mental-health': 210,
  'social-isolation': 160,
  housing: 130,
  'money-and-debt': 130,
} as const;

/** Prints the top three gaps in provision for the fictional borough, and why one provider does not count. */
export function directoryDemo(): void {
  const asOf = '2025-04-01';
  const gaps = provisionGaps(riversideDirectory, riversideNeeds, { asOf, area: AREA });
  console.log(`\n## Top three gaps in provision, ${borough.name}, as of ${asOf} (people a year)\n`);
  console.table(
    gaps.rows.slice(0, 3).map((row) => ({
      need: row.need,
      'people presenting': row.demand,
      'assured services': row.services,
      'places a year': row.capacity,
      gap: row.gap,
    })),
  );
  for (const exclusion of gaps.excluded) {
    const service = riversideDirectory.find((s) => s.id === exclusion.serviceId);
    const problems = service === undefined ? [] : assessProvider(service, { asOf }).problems;
    console.log(
      `Not counted: ${exclusion.name} (${exclusion.reasons.join(', ')}): ${problems.map((p) => `${p.label} ${p.status}, due by ${p.dueBy ?? '-'}`).join('; ')}`,
    );
  }
}
