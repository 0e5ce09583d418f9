/**
 * The places examples of docs/directory.md, generated from real calls: the blocks between
 * `<!-- generated:<name> -->` and `<!-- /generated -->` in the guide are the example directory and
 * what `matchServices`, `provisionGaps`, `toHsds` and `fromHsds` return for it. `renderGuide(text)`
 * rewrites them; scripts/render-directory-example.ts writes the guide, and
 * test/directory/guide.test.ts checks that the guide holds exactly what the functions return.
 */
import { fromHsds, matchServices, provisionGaps, toHsds, type Service } from '../src/directory/index.js';

const policy = { id: 'safeguarding', name: 'Safeguarding only', policies: ['safeguarding' as const], insurances: [], reviewWithinMonths: 12 };
const assurance = { policies: { safeguarding: { held: true, lastReviewed: '2025-01-20' } } };

/** A fictional directory: three services for isolation, one with places, one full, one that does not say. */
export const PLACES_DIRECTORY: Service[] = [
  {
    id: 'talking-cafe',
    name: 'Talking Café',
    organization: { id: 'mind-the-gap', name: 'Mind the Gap CIC' },
    needs: ['low-level-mental-health', 'social-isolation'],
    capacity: { people: 2, per: 'week' },
    availability: [{ unit: 'place', available: 2, maximum: 12, updatedOn: '2025-05-28' }],
    assurance,
  },
  {
    id: 'lunch-club',
    name: 'Friday Lunch Club',
    organization: { id: 'st-marys-hall', name: "St Mary's Hall Volunteers" },
    needs: ['social-isolation'],
    capacity: { people: 60, per: 'year' },
    availability: [{ unit: 'place', available: 0, maximum: 24, updatedOn: '2025-05-30' }],
    assurance,
  },
  {
    id: 'walking-netball',
    name: 'Walking Netball',
    organization: { id: 'riverside-leisure', name: 'Riverside Leisure Trust' },
    needs: ['physical-activity', 'social-isolation'],
    capacity: { people: 40, per: 'year' },
    assurance,
  },
];

const HSDS_31_RECORD = {
  id: 'ac148810-d857-441c-9679-408f346de14b',
  name: 'Men’s Shed',
  status: 'active',
  organization_id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
  capacities: [
    {
      id: '8896b788-7b3e-11ef-8db9-7f3d040352b3',
      unit: { id: '187a37a2-7b40-11ef-9790-dbf7623d4407', name: 'place' },
      available: 1,
      maximum: 10,
      description: 'Places at the Thursday session',
      updated: '2025-05-29T16:05:00+01:00',
    },
  ],
};

/** The generated blocks, by name, each with its fence. */
export function exampleBlocks(): Record<string, string> {
  const json = (value: unknown) => `\`\`\`json\n${JSON.stringify(value, null, 2)}\n\`\`\``;
  const found = matchServices(PLACES_DIRECTORY, {
    person: { age: 70 },
    referral: { referredOn: '2025-06-02' },
    needs: ['social-isolation'],
    policy,
  });
  const gaps = provisionGaps(PLACES_DIRECTORY, { 'social-isolation': 160, 'low-level-mental-health': 210 }, { asOf: '2025-06-02', policy });
  const columns = ['need', 'demand', 'services', 'capacity', 'gap', 'placesAvailable', 'servicesFull', 'servicesWithoutAvailability', 'availabilityUpdatedFrom'] as const;
  const table = [
    `| ${columns.join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...gaps.rows.filter((row) => row.services > 0).map((row) => `| ${columns.map((column) => String(row[column])).join(' | ')} |`),
  ].join('\n');
  return {
    'places-directory': json(PLACES_DIRECTORY.map((service) => Object.fromEntries(Object.entries(service).filter(([key]) => key !== 'assurance')))),
    'places-match': json({
      matches: found.matches.map((m) => ({ serviceId: m.service.id, places: m.places })),
      excluded: found.excluded.map((e) => ({ serviceId: e.service.id, reasons: e.reasons, places: e.places, availability: e.service.availability })),
      unmetNeeds: found.unmetNeeds,
    }),
    'places-gaps': table,
    'places-to-hsds': json(toHsds(PLACES_DIRECTORY[0] as Service).capacities),
    'places-from-hsds': json(fromHsds(HSDS_31_RECORD, { needs: ['social-isolation'] }).availability),
    'places-hsds-record': json(HSDS_31_RECORD.capacities),
  };
}

/** The guide's text with every generated block rewritten from the functions' output. */
export function renderGuide(guide: string): string {
  const blocks = exampleBlocks();
  return guide.replace(/(<!-- generated:([a-z0-9-]+) -->\n)[\s\S]*?(\n<!-- \/generated -->)/g, (_whole, open: string, name: string, close: string) => {
    const block = blocks[name];
    if (block === undefined) throw new Error(`docs/directory.md names an unknown generated block: ${name}`);
    return `${open}${block}${close}`;
  });
}
