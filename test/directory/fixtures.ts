import { ASSURANCE_INSURANCE_ITEMS, ASSURANCE_POLICY_ITEMS, type Assurance, type Service } from '../../src/directory/index.js';

/** Every Sefton item held and reviewed on `date`. */
export function fullAssurance(date: string): Assurance {
  return {
    policies: Object.fromEntries(ASSURANCE_POLICY_ITEMS.map((item) => [item, { held: true, lastReviewed: date }])),
    insurances: Object.fromEntries(ASSURANCE_INSURANCE_ITEMS.map((item) => [item, { held: true, lastReviewed: date }])),
  };
}

export function service(overrides: Partial<Service> & Pick<Service, 'id'>): Service {
  return {
    name: `Service ${overrides.id}`,
    organization: { id: `org-${overrides.id}`, name: `Organisation ${overrides.id}` },
    needs: ['social-isolation'],
    assurance: fullAssurance('2025-01-15'),
    ...overrides,
  };
}
