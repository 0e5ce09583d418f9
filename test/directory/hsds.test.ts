import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  CONTACT_ROUTES,
  fromHsds,
  HSDS_ID_NAMESPACE,
  HSDS_NEED_TAXONOMY,
  SERVICE_STATUSES,
  ServiceSchema,
  toHsds,
  type Service,
} from '../../src/directory/index.js';
import { ageLimits, childUuid, hsdsUuid, idAttribute, needAttribute } from '../../src/directory/hsdsMapping.js';
import { NEED_CATEGORIES } from '../../src/referrals/index.js';
import { uuidV5 } from '../../src/directory/uuid.js';
import { fullAssurance } from './fixtures.js';
import { codeOf } from '../support/errorOf.js';
import { availabilityArb } from './availabilityArb.js';

const text = fc.string({ minLength: 1, maxLength: 12 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const age = fc.integer({ min: 0, max: 150 });

const eligibility = fc.oneof(
  fc.tuple(optional(age), optional(age)).filter(([min, max]) => min !== undefined || max !== undefined).map(([a, b]) => {
    const [min, max] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b];
    return { id: 'age', name: 'Age', criteria: { kind: 'age' as const, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) } };
  }),
  fc.tuple(age, age).map(([a, b]) => ({
    id: 'all',
    name: 'Adults in the borough',
    criteria: {
      kind: 'all' as const,
      of: [
        { kind: 'age' as const, min: Math.min(a, b) },
        { kind: 'residentIn' as const, areaType: 'borough' as const, anyOf: ['Northbrook'] },
        { kind: 'age' as const, max: Math.max(a, b) },
      ],
    },
  })),
  fc.constant({ id: 'any', name: 'Any', criteria: { kind: 'any' as const, of: [{ kind: 'age' as const, min: 65 }, { kind: 'flag' as const, name: 'carer' }] } }),
);

const schedule = fc.record(
  {
    description: text,
    freq: fc.constantFrom('WEEKLY' as const, 'MONTHLY' as const),
    interval: fc.integer({ min: 1, max: 4 }),
    byday: fc.constantFrom('MO', 'TU,TH', '2WE', '-1FR'),
    opens_at: fc.constantFrom('09:00', '10:30:00', '13:00Z'),
    closes_at: fc.constantFrom('12:00', '17:00'),
    valid_from: fc.constantFrom('2025-01-01', '2024-02-29'),
    attending_type: text,
  },
  { requiredKeys: [] },
);

const serviceArb: fc.Arbitrary<Service> = fc
  .record(
    {
      id: text,
      name: text,
      organization: fc.record({ id: text, name: text }, { requiredKeys: ['id'] }),
      description: text,
      status: fc.constantFrom(...SERVICE_STATUSES),
      email: fc.emailAddress(),
      url: fc.webUrl(),
      needs: fc.uniqueArray(fc.constantFrom(...NEED_CATEGORIES), { maxLength: 4 }),
      service_areas: fc.array(fc.record({ name: text, description: text }, { requiredKeys: ['name'] }), { maxLength: 3 }),
      eligibility,
      eligibility_description: text,
      schedules: fc.array(schedule, { maxLength: 2 }),
      contactRoute: fc.constantFrom(...CONTACT_ROUTES),
      capacity: fc.record({ people: fc.integer({ min: 0, max: 500 }), per: fc.constantFrom('week' as const, 'month' as const, 'year' as const) }),
      assurance: fc.constant(fullAssurance('2025-01-01')),
      availability: availabilityArb,
    },
    { requiredKeys: ['id', 'name', 'organization', 'needs'] },
  )
  .map((s) => ServiceSchema.parse(s));

/** What HSDS 3.0 can hold of a service. */
function hsdsView(s: Service) {
  return {
    id: s.id,
    name: s.name,
    organization: s.organization,
    description: s.description,
    status: s.status ?? 'active',
    email: s.email,
    url: s.url,
    needs: s.needs,
    service_areas: s.service_areas,
    ages: s.eligibility === undefined ? { min: null, max: null } : ageLimits(s.eligibility.criteria),
    eligibility_description: s.eligibility_description,
    schedules: s.schedules,
    contactRoute: s.contactRoute,
    availability: s.availability,
  };
}

describe('toHsds / fromHsds', () => {
  test.prop([serviceArb])('fromHsds(toHsds(s)) keeps every field HSDS can hold', (s) => {
    const back = fromHsds(toHsds(s));
    expect(hsdsView(back)).toEqual(hsdsView(s));
    expect(toHsds(back)).toEqual(toHsds(s));
  });

  test.prop([serviceArb])('toHsds gives JSON with the HSDS required fields', (s) => {
    const hsds = toHsds(s);
    expect(JSON.parse(JSON.stringify(hsds))).toEqual(hsds);
    expect(typeof hsds.id).toBe('string');
    expect(typeof hsds.name).toBe('string');
    expect(SERVICE_STATUSES).toContain(hsds.status);
  });

  it('maps the documented fields', () => {
    const s: Service = {
      id: 'debt',
      name: 'Debt advice',
      organization: { id: 'advice', name: 'Advice Centre' },
      description: 'Free debt advice.',
      email: 'help@example.org',
      url: 'https://example.org/debt',
      needs: ['money-and-debt', 'welfare-benefits'],
      service_areas: [{ name: 'Northbrook', description: 'the whole borough' }],
      eligibility_description: 'Adults living in Northbrook',
      eligibility: {
        id: 'adults',
        name: 'Adults',
        criteria: { kind: 'all', of: [{ kind: 'age', min: 18 }, { kind: 'residentIn', areaType: 'borough', anyOf: ['Northbrook'] }] },
      },
      schedules: [{ freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: '12:00' }],
      contactRoute: 'referral',
      capacity: { people: 10, per: 'week' },
      assurance: fullAssurance('2025-01-01'),
    };
    const debt = hsdsUuid('debt', 'service');
    const advice = hsdsUuid('advice', 'organization');
    expect(toHsds(s)).toEqual({
      id: debt,
      name: 'Debt advice',
      description: 'Free debt advice.',
      status: 'active',
      organization_id: advice,
      organization: { id: advice, name: 'Advice Centre', description: '' },
      email: 'help@example.org',
      url: 'https://example.org/debt',
      application_process: 'By referral only, for example from a social prescribing link worker.',
      eligibility_description: 'Adults living in Northbrook',
      minimum_age: 18,
      service_areas: [{ id: childUuid(debt, 'service_areas', 0), service_id: debt, name: 'Northbrook', description: 'the whole borough' }],
      schedules: [{ id: childUuid(debt, 'schedules', 0), service_id: debt, freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: '12:00' }],
      attributes: [
        needAttribute(debt, 'money-and-debt'),
        needAttribute(debt, 'welfare-benefits'),
        idAttribute(debt, 'service', 'debt'),
        idAttribute(debt, 'organization', 'advice'),
      ],
    });
    expect(needAttribute(debt, 'housing').taxonomy_term).toEqual({
      id: uuidV5('taxonomy_term/social-prescribing-need/housing', HSDS_ID_NAMESPACE),
      code: 'housing',
      name: 'housing',
      description: "The need category 'housing' of the social-prescribing library",
      taxonomy: HSDS_NEED_TAXONOMY,
    });
    const back = fromHsds(toHsds(s));
    // Lost: capacity, assurance, the non-age rules of the scheme.
    expect(back.capacity).toBeUndefined();
    expect(back.assurance).toBeUndefined();
    expect(back.eligibility).toEqual({ id: 'debt-age', name: 'Debt advice: age limits', criteria: { kind: 'age', min: 18 } });
  });

  it('reads a third-party HSDS record leniently', () => {
    const back = fromHsds({
      id: 'x',
      name: 'Food bank',
      description: null,
      organization_id: 'org',
      status: 'temporarily closed',
      application_process: 'Call us on weekdays',
      maximum_age: 99,
      service_areas: [{ id: 'a1', name: null, extent: '{}' }, { id: 'a2', name: 'Eastfield', description: null }],
      attributes: [{ id: 't', taxonomy_term: { code: 'food', taxonomy: 'openeligibility' } }],
      schedules: [{ id: 's', freq: 'WEEKLY', byday: 'MO', notes: 'kept', opens_at: null }],
      phones: [{ number: '0000' }],
    }, { needs: ['money-and-debt', 'money-and-debt'] });
    expect(back).toEqual({
      id: 'x',
      name: 'Food bank',
      organization: { id: 'org' },
      status: 'temporarily closed',
      needs: ['money-and-debt'],
      eligibility: { id: 'x-age', name: 'Food bank: age limits', criteria: { kind: 'age', max: 99 } },
      service_areas: [{ hsds: { id: 'a1', name: null, extent: '{}' } }, { name: 'Eastfield', hsds: { id: 'a2', description: null } }],
      schedules: [{ freq: 'WEEKLY', byday: 'MO', hsds: { id: 's', notes: 'kept', opens_at: null } }],
      hsds: {
        fields: { description: null, application_process: 'Call us on weekdays', phones: [{ number: '0000' }] },
        attributes: [{ id: 't', taxonomy_term: { code: 'food', taxonomy: 'openeligibility' } }],
      },
    });
    expect(fromHsds({ id: 'y', name: 'Y', organization: { id: 'o', name: '' }, service_areas: [{ id: 'z' }] })).toEqual({
      id: 'y',
      name: 'Y',
      organization: { id: 'o', hsds: { name: '' } },
      needs: [],
      service_areas: [{ hsds: { id: 'z' } }],
      hsds: { absent: ['organization_id'] },
    });
  });

  it('rejects what it cannot hold, with directory/invalid-hsds', () => {
    expect(codeOf(() => fromHsds(null))).toBe('directory/invalid-hsds');
    expect(codeOf(() => fromHsds({ id: 'x', name: 'X' }))).toBe('directory/invalid-hsds');
    expect(codeOf(() => fromHsds({ id: 'x', name: 'X', organization_id: '' }))).toBe('directory/invalid-hsds');
    expect(codeOf(() => fromHsds({ id: 'x', name: 'X', organization_id: 'o', status: 'open' }))).toBe('directory/invalid-hsds');
    expect(codeOf(() => fromHsds({ id: 'x', name: 'X', organization_id: 'o', minimum_age: 17.5 }))).toBe('directory/invalid-hsds');
    expect(codeOf(() => fromHsds({ id: 'x', name: 'X', organization_id: 'o', maximum_age: 200 }))).toBe('directory/invalid-hsds');
    expect(codeOf(() => fromHsds({ id: 'x', name: 'X', organization_id: 'o', minimum_age: 60, maximum_age: 20 }))).toBe('directory/invalid-hsds');
    expect(codeOf(() => fromHsds({ id: 'x', name: 'X', organization_id: 'o', schedules: [{ byday: 'Mondays' }] }))).toBe('directory/invalid-hsds');
    expect(
      codeOf(() => fromHsds({ id: 'x', name: 'X', organization_id: 'o', attributes: [{ taxonomy_term: { code: 'gardening', taxonomy: HSDS_NEED_TAXONOMY } }] })),
    ).toBe('directory/invalid-hsds');
    expect(codeOf(() => fromHsds({ id: 'x', name: 'X', organization_id: 'o' }, { needs: ['gardening'] as never }))).toBe('directory/invalid-options');
    expect(codeOf(() => fromHsds({ id: 'x', name: 'X', organization_id: 'o' }, { needs: 'housing' as never }))).toBe('directory/invalid-options');
    expect(codeOf(() => fromHsds({ id: 'x', name: 'X', organization_id: 'o' }, null as never))).toBe('directory/invalid-options');
    expect(codeOf(() => toHsds({ id: 'x' } as Service))).toBe('directory/invalid-service');
  });

  it('reads age limits only where they bind everyone', () => {
    expect(ageLimits({ kind: 'flag', name: 'carer' })).toEqual({ min: null, max: null });
    expect(ageLimits({ kind: 'not', criterion: { kind: 'age', min: 65 } })).toEqual({ min: null, max: null });
    expect(
      ageLimits({ kind: 'all', of: [{ kind: 'age', min: 18, max: 90 }, { kind: 'all', of: [{ kind: 'age', min: 40, max: 74 }] }, { kind: 'age', min: 20 }] }),
    ).toEqual({ min: 40, max: 74 });
  });
});
