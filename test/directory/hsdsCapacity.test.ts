/**
 * A service's availability in HSDS: `toHsds` writes it as HSDS 3.1 `capacities`, each of which
 * validates against the official 3.1 `service_capacity` schema (the whole record still validates
 * against HSDS 3.0: test/directory/hsdsStandard.test.ts generates services with availability), and
 * `fromHsds` reads 3.1 capacities back without loss, refusing figures it cannot hold with a path
 * for each.
 *
 * Source: Open Referral HSDS 3.1 (openreferral/specification, branch 3.1-dev, commit abc731c,
 * 10 October 2024), kept in ./standards/hsds-3.1 (see its README).
 */
import { fc, test } from '@fast-check/vitest';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHsds, ServiceSchema, toHsds, type Service } from '../../src/directory/index.js';
import { errorOf } from '../support/errorOf.js';
import { availabilityArb } from './availabilityArb.js';

const DIR = resolve(import.meta.dirname, 'standards/hsds-3.1');
const json = (name: string): any => JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8'));
const serviceFull = (): any => json('service_full.json');
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

let capacity: ValidateFunction;

beforeAll(() => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const name of ['unit', 'attribute', 'metadata', 'taxonomy_term', 'taxonomy']) ajv.addSchema(json(`${name}.json`), `${name}.json`);
  capacity = ajv.compile(json('service_capacity.json'));
});

function errors(value: unknown): string[] {
  return capacity(value) ? [] : (capacity.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

const base: Service = { id: 'shed', name: 'Men’s Shed', organization: { id: 'trust', name: 'Trust' }, needs: ['social-isolation'] };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The official example with its contradictory figure put right (`maximum` 10 -> 12). */
function consistentExample(): any {
  const x = serviceFull();
  x.capacities[0].maximum = 12;
  return x;
}

describe('the HSDS 3.1 service_capacity schema', () => {
  it('accepts the official example’s capacity and rejects a broken copy', () => {
    const [example] = serviceFull().capacities;
    expect(errors(example)).toEqual([]);
    const noUnit = { ...example };
    delete noUnit.unit;
    expect(errors(noUnit)).toEqual([" must have required property 'unit'"]);
    expect(errors({ ...example, updated: '25/09/2024' })).toEqual(['/updated must match format "date-time"']);
  });
});

describe('toHsds writes availability as HSDS 3.1 capacities', () => {
  test.prop([availabilityArb], { numRuns: 80 })('each capacity validates against the 3.1 schema and reads back as it was', (availability) => {
    const service = ServiceSchema.parse({ ...base, availability });
    const written = toHsds(service);
    const capacities = written.capacities as unknown[];
    expect(capacities).toHaveLength(availability.length);
    for (const c of capacities) expect(errors(c)).toEqual([]);
    const back = fromHsds(written);
    expect(back.availability).toEqual(availability);
    expect(toHsds(back)).toEqual(written);
  });

  it('writes the figures, a derived id for the capacity and its unit, and midnight UTC of updatedOn', () => {
    const written = toHsds({ ...base, availability: [{ unit: 'place', available: 0, maximum: 12, updatedOn: '2025-06-02' }] });
    const [c] = written.capacities as any[];
    expect(c).toEqual({ id: expect.stringMatching(UUID), unit: { id: expect.stringMatching(UUID), name: 'place' }, available: 0, maximum: 12, updated: '2025-06-02T00:00:00Z' });
    // A unit has one id wherever it is used; a capacity's id is the service's own.
    const other = toHsds({ ...base, id: 'choir', availability: [{ unit: 'place', available: 3, updatedOn: '2025-06-02' }] });
    const [d] = other.capacities as any[];
    expect(d.unit.id).toBe(c.unit.id);
    expect(d.id).not.toBe(c.id);
    expect(d).not.toHaveProperty('maximum');
  });

  it('writes no capacities for a service without availability, and an empty list for an empty one', () => {
    expect(toHsds(base)).not.toHaveProperty('capacities');
    expect(toHsds({ ...base, availability: [] }).capacities).toEqual([]);
  });

  it('keeps an updated date-time read from HSDS while it falls on updatedOn, and writes a new one when the date changes', () => {
    const read = fromHsds(consistentExample());
    expect(read.availability?.[0]?.updatedOn).toBe('2024-09-25');
    expect((toHsds(read).capacities as any[])[0].updated).toBe('2024-09-25T14:23:06.5+01:00');
    const figure = read.availability?.[0] as NonNullable<Service['availability']>[number];
    const moved = toHsds({ ...read, availability: [{ ...figure, available: 4, updatedOn: '2024-10-01' }] });
    expect((moved.capacities as any[])[0]).toMatchObject({ available: 4, updated: '2024-10-01T00:00:00Z', description: 'Beds available for people experiencing homelessness.' });
  });
});

describe('fromHsds reads HSDS 3.1 capacities', () => {
  it('reads the official example (its figure put right) and writes it back exactly', () => {
    const x = consistentExample();
    const service = fromHsds(x);
    expect(service.availability).toEqual([
      {
        unit: 'Kilogram',
        available: 12,
        maximum: 12,
        updatedOn: '2024-09-25',
        hsds: {
          id: '8896b788-7b3e-11ef-8db9-7f3d040352b3',
          description: 'Beds available for people experiencing homelessness.',
          updated: '2024-09-25T14:23:06.5+01:00',
          unit: { id: '8896b788-7b3e-11ef-8db9-7f3d040352b3', scheme: 'SI', identifier: 'kgm', uri: 'https://not-a-real-url.org/standard-international-units/kgm' },
        },
      },
    ]);
    expect(service.hsds?.fields).not.toHaveProperty('capacities');
    expect(toHsds(service)).toEqual(x);
  });

  it('refuses the official example as published: 12 available against a maximum of 10', () => {
    expect(errorOf(() => fromHsds(serviceFull()))).toEqual({
      code: 'directory/invalid-hsds',
      issues: [{ path: ['capacities', 0, 'available'], message: 'must not be above maximum' }],
    });
  });

  it('takes the date of updated as written (the writer’s own day), whatever its offset', () => {
    const read = (updated: string) => fromHsds({ ...consistentExample(), capacities: [{ ...consistentExample().capacities[0], updated }] }).availability?.[0]?.updatedOn;
    expect(read('2024-09-25T23:30:00-05:00')).toBe('2024-09-25');
    expect(read('2024-09-26T00:30:00+14:00')).toBe('2024-09-26');
    // A date alone (not a date-time, but unambiguous) is read, and written back as it was.
    expect(read('2024-09-25')).toBe('2024-09-25');
  });

  it('writes back a capacity without an id, a unit with its id only, and a null maximum as read, adding only what HSDS requires', () => {
    const capacities = [
      { unit: { name: 'place' }, available: 2, updated: '2025-06-02T00:00:00Z' },
      { id: 'c2e0f7a4-3b7f-4a51-9f43-2f2f3d6a1b10', unit: { id: '0c0f8d3e-0a44-4a4a-8f1b-7c0a7b8a9d11', name: 'bed' }, available: 0, maximum: null, updated: '2025-06-01T09:15:00Z' },
    ];
    const x = { ...consistentExample(), capacities };
    const service = fromHsds(x);
    expect(service.availability?.map((a) => [a.unit, a.available, a.maximum ?? null, a.updatedOn])).toEqual([
      ['place', 2, null, '2025-06-02'],
      ['bed', 0, null, '2025-06-01'],
    ]);
    const written = toHsds(service).capacities as any[];
    expect(written[1]).toEqual(capacities[1]);
    // The first had no ids: HSDS requires them, so they are derived; nothing else is added.
    expect(written[0]).toEqual({ ...capacities[0], id: expect.stringMatching(UUID), unit: { name: 'place', id: expect.stringMatching(UUID) } });
  });

  it('reports every figure it cannot hold, by path, never by value', () => {
    const capacities = [
      { id: 'a', unit: { id: 'u' }, available: -1, maximum: 2.5, updated: 'yesterday' },
      { id: 'b', unit: 'place', available: 3, maximum: 2, updated: '2025-02-30T10:00:00Z' },
    ];
    expect(errorOf(() => fromHsds({ ...consistentExample(), capacities }))).toEqual({
      code: 'directory/invalid-hsds',
      issues: [
        { path: ['capacities', 0, 'unit', 'name'], message: 'must name the unit' },
        { path: ['capacities', 0, 'available'], message: 'must be a whole number, 0 or more' },
        { path: ['capacities', 0, 'maximum'], message: 'must be a whole number, 0 or more' },
        { path: ['capacities', 0, 'updated'], message: 'must be a date-time (or a date) beginning with a real YYYY-MM-DD date' },
      ],
    });
    expect(errorOf(() => fromHsds({ ...consistentExample(), capacities: [capacities[1]] }))).toEqual({
      code: 'directory/invalid-hsds',
      issues: [
        { path: ['capacities', 0, 'unit', 'name'], message: 'must name the unit' },
        { path: ['capacities', 0, 'available'], message: 'must not be above maximum' },
        { path: ['capacities', 0, 'updated'], message: 'must be a date-time (or a date) beginning with a real YYYY-MM-DD date' },
      ],
    });
    expect(errorOf(() => fromHsds({ ...consistentExample(), capacities: "full" })).code).toBe('directory/invalid-hsds');
  });

  it('reads capacities given as null as carried, and a service without them has no availability', () => {
    const none = fromHsds({ ...consistentExample(), capacities: null });
    expect(none.availability).toBeUndefined();
    expect(toHsds(none).capacities).toBeNull();
    const without = consistentExample();
    delete without.capacities;
    expect(fromHsds(without).availability).toBeUndefined();
  });

  test.prop([fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })])('accepts a figure exactly when available is not above maximum', (available, maximum) => {
    const x = { ...consistentExample(), capacities: [{ ...consistentExample().capacities[0], available, maximum }] };
    if (available <= maximum) expect(fromHsds(x).availability?.[0]).toMatchObject({ available, maximum });
    else expect(errorOf(() => fromHsds(x)).code).toBe('directory/invalid-hsds');
  });
});
