/**
 * HSDS 3.0 as published: every toHsds result validates against Open Referral's compiled
 * HSDS 3.0 service schema (draft 2020-12, checked with ajv's Ajv2020 and ajv-formats), and the
 * official examples (service_full.json, each service of organization_full.json) read and write
 * back exactly. The Open Referral UK profile's compiled schema checks `profile: 'oruk'` output.
 *
 * Sources: Open Referral HSDS 3.0 (openreferral/specification, tag v3.0, commit c457a0e), the
 * copy kept beside the work trees in standards/hsds-3.0; the Open Referral UK profile
 * (OpenReferralUK/uk-profile, commit 822a58c), see ./standards/README.md.
 */
import { standardsPath } from '../support/standards.js';
import { fc, test } from '@fast-check/vitest';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CONTACT_ROUTES,
  fromHsds,
  SERVICE_STATUSES,
  ServiceSchema,
  toHsds,
  type Service,
} from '../../src/directory/index.js';
import { isHsdsEmail, isHsdsUri } from '../../src/directory/hsdsMapping.js';
import { NEED_CATEGORIES } from '../../src/referrals/index.js';
import { codeOf } from '../support/errorOf.js';
import { availabilityArb } from './availabilityArb.js';

const HSDS = standardsPath('hsds-3.0');
const json = (path: string): any => JSON.parse(readFileSync(path, 'utf8'));
const serviceFull = (): any => json(`${HSDS}/examples/service_full.json`);
const organizationFull = (): any => json(`${HSDS}/examples/organization_full.json`);

// ajv-formats is CommonJS: its default export is the function under ESM interop.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

/** A validator for a compiled HSDS schema. `strict: false`: the schemas carry HSDS's own keywords (`core`, `constraints`, `example`, ...). */
function compile(schema: unknown): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema as object);
}

let hsds: ValidateFunction;
let oruk: ValidateFunction;

beforeAll(() => {
  // About 6 s here: the compiled service schema is 2.3 MB.
  hsds = compile(json(`${HSDS}/schema/service.json`));
  oruk = compile(json(resolve(import.meta.dirname, 'standards/oruk-service.schema.json')));
}, 60_000);

function errors(validate: ValidateFunction, value: unknown): unknown[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

const text = fc.string({ minLength: 1, maxLength: 12 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const age = fc.integer({ min: 0, max: 150 });
const id = fc.oneof(text, fc.uuid({ version: [4, 5] }));

const serviceArb: fc.Arbitrary<Service> = fc
  .record(
    {
      id,
      name: text,
      organization: fc.record({ id, name: text }, { requiredKeys: ['id'] }),
      description: fc.string({ maxLength: 20 }),
      status: fc.constantFrom(...SERVICE_STATUSES),
      email: fc.emailAddress(),
      url: fc.webUrl({ withQueryParameters: true, withFragments: true }),
      needs: fc.uniqueArray(fc.constantFrom(...NEED_CATEGORIES), { maxLength: 4 }),
      service_areas: fc.array(fc.record({ name: text, description: text }, { requiredKeys: [] }), { maxLength: 3 }),
      eligibility: fc
        .tuple(optional(age), optional(age))
        .filter(([min, max]) => min !== undefined || max !== undefined)
        .map(([a, b]) => (a !== undefined && b !== undefined && a > b ? [b, a] : [a, b]))
        .map(([min, max]) => ({ id: 'age', name: 'Age', criteria: { kind: 'age' as const, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) } })),
      eligibility_description: text,
      schedules: fc.array(
        fc.record(
          {
            description: text,
            freq: fc.constantFrom('WEEKLY' as const, 'MONTHLY' as const),
            interval: fc.integer({ min: 1, max: 4 }),
            byday: fc.constantFrom('MO', 'TU,TH', '2WE', '-1FR'),
            bymonthday: fc.constantFrom('1', '15,-1'),
            opens_at: fc.constantFrom('09:00', '10:30:00', '13:00Z'),
            closes_at: fc.constantFrom('12:00', '17:00'),
            valid_from: fc.constantFrom('2025-01-01', '2024-02-29'),
            valid_to: fc.constantFrom('2026-03-31'),
            attending_type: text,
          },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
      contactRoute: fc.constantFrom(...CONTACT_ROUTES),
      availability: availabilityArb,
    },
    { requiredKeys: ['id', 'name', 'organization', 'needs'] },
  )
  .map((s) => ServiceSchema.parse(s));

describe('toHsds output validates against the official HSDS 3.0 schema', () => {
  it('the validator accepts the official example and rejects a broken copy', () => {
    expect(errors(hsds, serviceFull())).toEqual([]);
    expect(errors(hsds, { ...serviceFull(), id: 'not-a-uuid' })).toEqual(['/id must match format "uuid"']);
    expect(errors(hsds, { ...serviceFull(), organization: { id: serviceFull().organization.id, name: 'No description' } })).toEqual([
      "/organization must have required property 'description'",
    ]);
  });

  test.prop([serviceArb], { numRuns: 60 })('for generated services, in both profiles', (service) => {
    const written = toHsds(service);
    expect(errors(hsds, written)).toEqual([]);
    const uk = toHsds(service, { profile: 'oruk' });
    expect(errors(oruk, uk)).toEqual([]);
    expect(uk).not.toHaveProperty('eligibility_description');
    expect(uk).not.toHaveProperty('application_process');
    // Reading it back gives the service's HSDS view and writes the same record again.
    const back = fromHsds(written);
    expect(back.id).toBe(service.id);
    expect(back.organization.id).toBe(service.organization.id);
    expect(back.hsds).toBeUndefined();
    expect(toHsds(back)).toEqual(written);
  });

  it('a minimal service, and one whose ids are already UUIDs', () => {
    const minimal = toHsds({ id: 'walk', name: 'Walk', organization: { id: 'trust' }, needs: [] });
    expect(errors(hsds, minimal)).toEqual([]);
    const uuids = toHsds({ id: 'ac148810-d857-441c-9679-408f346de14b', name: 'Walk', organization: { id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610', name: 'Trust' }, needs: ['housing'] });
    expect(errors(hsds, uuids)).toEqual([]);
    expect(uuids.id).toBe('ac148810-d857-441c-9679-408f346de14b');
    expect(uuids.attributes).toHaveLength(1);
  });

  it('rejects an email or url HSDS would reject, rather than write an invalid record', () => {
    const base: Service = { id: 'walk', name: 'Walk', organization: { id: 'trust' }, needs: [] };
    expect(codeOf(() => toHsds({ ...base, email: 'help at example.org' }))).toBe('directory/invalid-service');
    expect(codeOf(() => toHsds({ ...base, url: 'example.org' }))).toBe('directory/invalid-service');
  });

  test.prop([fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ maxLength: 30 }))], { numRuns: 200 })(
    'the url check never lets through what the schema rejects',
    (url) => {
      const record = { ...serviceFull(), url };
      if (isHsdsUri(url)) expect(errors(hsds, record)).toEqual([]);
    },
  );

  test.prop([fc.oneof(fc.emailAddress(), fc.string({ maxLength: 30 }))], { numRuns: 200 })('the email check never lets through what the schema rejects', (email) => {
    const record = { ...serviceFull(), email };
    if (isHsdsEmail(email)) expect(errors(hsds, record)).toEqual([]);
  });
});

describe('the official HSDS 3.0 examples round-trip exactly', () => {
  it('service_full.json', () => {
    const x = serviceFull();
    const service = fromHsds(x);
    expect(toHsds(service)).toEqual(x);
    // What is modelled is read, not only carried.
    expect(service.organization.name).toBe('Example Organization Inc.');
    expect(service.eligibility?.criteria).toEqual({ kind: 'age', min: 12, max: 100 });
    expect(service.schedules?.[0]).toMatchObject({ freq: 'WEEKLY', byday: 'TH,FR', opens_at: '10:00:00' });
    expect(Object.keys(service.hsds?.fields ?? {}).sort()).toEqual([
      'accreditations',
      'alert',
      'alternate_name',
      'application_process',
      'assured_date',
      'assurer_email',
      'contacts',
      'cost_options',
      'fees',
      'fees_description',
      'funding',
      'interpretation_services',
      'languages',
      'last_modified',
      'licenses',
      'metadata',
      'phones',
      'program',
      'required_documents',
      'service_at_locations',
      'wait_time',
    ]);
  });

  it('each service inside organization_full.json', () => {
    const organization = organizationFull();
    expect(organization.services.length).toBeGreaterThan(0);
    for (const x of organization.services) {
      const service = fromHsds(x, { organization: { id: organization.id, name: organization.name } });
      expect(service.organization).toEqual({ id: organization.id, name: organization.name });
      expect(toHsds(service)).toEqual(x);
    }
  });

  it('stays exact after the service is changed where HSDS has no field, and reflects a change where it has one', () => {
    const x = serviceFull();
    const service = fromHsds(x);
    expect(toHsds({ ...service, capacity: { people: 10, per: 'week' } })).toEqual(x);
    const renamed = toHsds({ ...service, name: 'Counselling', needs: ['low-level-mental-health'] });
    expect(renamed.name).toBe('Counselling');
    expect(renamed.attributes?.map((a) => a.taxonomy_term?.code)).toEqual(['code', 'low-level-mental-health']);
    expect(errors(hsds, renamed)).toEqual([]);
  });

  it('service_full.json written in the UK profile validates against it, and a location without location_type is refused', () => {
    const service = fromHsds(serviceFull());
    expect(errors(oruk, toHsds(service, { profile: 'oruk' }))).toEqual([]);
    const fields = structuredClone(service.hsds?.fields) as any;
    delete fields.service_at_locations[0].location.location_type;
    const without = { ...service, hsds: { ...service.hsds, fields } };
    // HSDS 3.0 requires location_type too (schema/location.json); under hsds-3.0 carried fields are written as read.
    expect(errors(hsds, toHsds(without))).toEqual(["/service_at_locations/0/location must have required property 'location_type'"]);
    expect(() => toHsds(without, { profile: 'oruk' })).toThrow(
      expect.objectContaining({
        code: 'directory/invalid-service',
        issues: [{ path: ['service', 'hsds', 'fields', 'service_at_locations', 0, 'location', 'location_type'], message: 'is required by the Open Referral UK profile' }],
      }),
    );
  });

  it('reads an Open Referral UK record, which has no eligibility_description', () => {
    const uk = serviceFull();
    delete uk.eligibility_description;
    delete uk.application_process;
    const service = fromHsds(uk);
    expect(service.eligibility_description).toBeUndefined();
    expect(toHsds(service, { profile: 'oruk' })).toEqual(uk);
    expect(errors(oruk, uk)).toEqual([]);
  });
});
