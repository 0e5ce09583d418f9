/**
 * Places (a service's `availability`, HSDS 3.1's service_capacity): what `matchServices` does
 * with full services and services with places, and the places columns of `provisionGaps`.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createDirectoryIndex, matchServices, provisionGaps, ServiceAvailabilitySchema, ServiceSchema, type Service } from '../../src/directory/index.js';
import { errorOf } from '../support/errorOf.js';
import { fullAssurance, service } from './fixtures.js';

const referral = { referredOn: '2025-06-01' };
const asOf = '2025-06-01';
const places = (available: number, maximum?: number, unit = 'place', updatedOn = '2025-05-30') => [
  { unit, available, ...(maximum === undefined ? {} : { maximum }), updatedOn },
];

describe('ServiceAvailabilitySchema', () => {
  it('takes whole numbers from 0, available at most maximum, a real date and a named unit', () => {
    const ok = { unit: 'place', available: 12, maximum: 12, updatedOn: '2025-06-02' };
    expect(ServiceAvailabilitySchema.parse(ok)).toEqual(ok);
    const bad = (value: object) => ServiceAvailabilitySchema.safeParse({ ...ok, ...value }).error?.issues.map((i) => [i.path, i.message]);
    expect(bad({ available: 13 })).toEqual([[['available'], 'must not be above maximum']]);
    expect(bad({ available: -1 })?.[0]?.[0]).toEqual(['available']);
    expect(bad({ maximum: 2.5 })?.[0]?.[0]).toEqual(['maximum']);
    expect(bad({ updatedOn: '2025-02-30' })?.[0]?.[0]).toEqual(['updatedOn']);
    expect(bad({ unit: ' ' })).toEqual([[['unit'], 'must name a unit']]);
    expect(ServiceAvailabilitySchema.safeParse({ unit: 'place', available: Number.MAX_SAFE_INTEGER + 1, updatedOn: '2025-06-02' }).success).toBe(false);
  });

  it('reports a service repeating a unit (ignoring case and spaces) as invalid-service with the path', () => {
    const s = service({ id: 'a', availability: [...places(1), ...places(2, undefined, ' Place ')] });
    expect(ServiceSchema.safeParse(s).error?.issues.map((i) => [i.path, i.message])).toEqual([[['availability'], 'must not repeat a unit']]);
    expect(errorOf(() => createDirectoryIndex([s], { asOf }))).toEqual({
      code: 'directory/invalid-service',
      issues: [{ path: ['directory', 0, 'availability'], message: 'must not repeat a unit' }],
    });
  });
});

describe('matchServices and places', () => {
  const directory: Service[] = [
    service({ id: 'full', name: 'A Full Club', needs: ['social-isolation'], availability: places(0, 10) }),
    service({ id: 'unknown', name: 'B Unknown Club', needs: ['social-isolation'] }),
    service({ id: 'open', name: 'C Open Club', needs: ['social-isolation'], availability: places(2, 10) }),
    service({ id: 'both', name: 'D Walk and Lunch', needs: ['social-isolation', 'physical-activity'] }),
    service({ id: 'full-unassured', name: 'E Full Choir', needs: ['social-isolation'], availability: places(0), assurance: fullAssurance('2023-01-01') }),
    service({ id: 'hours', name: 'F Advice', needs: ['social-isolation'], availability: [...places(0), ...places(3, 20, 'hour')] }),
  ];

  it('skips full services with the reason, and ranks places before unknown within the same needs count', () => {
    const found = matchServices(directory, { person: {}, referral, needs: ['social-isolation', 'physical-activity'] });
    // 'both' addresses two needs, so it leads though its places are unknown; then places, then unknown.
    expect(found.matches.map((m) => [m.service.id, m.places])).toEqual([
      ['both', 'unknown'],
      ['open', 'available'],
      ['hours', 'available'],
      ['unknown', 'unknown'],
    ]);
    expect(found.excluded.map((e) => [e.service.id, e.reasons, e.places])).toEqual([
      ['full', ['full'], 'full'],
      ['full-unassured', ['unassured', 'full'], 'full'],
    ]);
    expect(found.excluded[0]?.service.availability).toEqual(places(0, 10));
    expect(found.unmetNeeds).toEqual([]);
  });

  it('leaves a need unmet when its only service is full, and says so', () => {
    const found = matchServices([service({ id: 'full', needs: ['housing'], availability: places(0) })], { person: {}, referral, needs: ['housing'] });
    expect(found.matches).toEqual([]);
    expect(found.excluded.map((e) => [e.service.id, e.reasons, e.decision])).toEqual([['full', ['full'], 'eligible']]);
    expect(found.unmetNeeds).toEqual(['housing']);
  });

  it('gives the same result from an index', () => {
    const index = createDirectoryIndex(directory, { asOf: referral.referredOn });
    const request = { person: {}, referral, needs: ['social-isolation' as const] };
    expect(matchServices(index, request)).toEqual(matchServices(directory, request));
  });

  const figureArb = fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined });
  test.prop([fc.array(fc.tuple(figureArb, fc.boolean()), { minLength: 1, maxLength: 8 })])(
    'never matches a full service nor drops one; services with places come before unknown ones addressing as many needs',
    (specs) => {
      const services = specs.map(([available, two], i) =>
        service({
          id: `s${String(i)}`,
          name: `Service ${String(i)}`,
          needs: two ? ['housing', 'money-and-debt'] : ['housing'],
          ...(available === undefined ? {} : { availability: places(available) }),
        }),
      );
      const found = matchServices(services, { person: {}, referral, needs: ['housing', 'money-and-debt'] });
      const fullIds = services.filter((s) => s.availability?.[0]?.available === 0).map((s) => s.id);
      expect(found.matches.some((m) => m.places === 'full')).toBe(false);
      expect(found.excluded.map((e) => e.service.id).sort()).toEqual([...fullIds].sort());
      expect(found.excluded.every((e) => e.reasons.includes('full'))).toBe(true);
      expect(found.matches.length + found.excluded.length).toBe(services.length);
      const ranks = found.matches.map((m) => (2 - m.needs.length) * 2 + (m.places === 'available' ? 0 : 1));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    },
  );
});

describe('provisionGaps and places', () => {
  const directory: Service[] = [
    service({ id: 'a', needs: ['housing'], availability: places(3, 10, 'place', '2025-05-20') }),
    service({ id: 'b', needs: ['housing', 'money-and-debt'], availability: places(0, 8, 'Place', '2025-05-28') }),
    service({ id: 'c', needs: ['housing'] }),
    service({ id: 'd', needs: ['housing'], availability: places(5, 5, 'bed') }),
    service({ id: 'e', needs: ['money-and-debt'], availability: places(4, undefined, 'place', '2025-04-30'), status: 'inactive' }),
  ];

  it('sums places free in the unit, counts full services and those without a figure, and keeps the gap as it was', () => {
    const gaps = provisionGaps(directory, { housing: 40, 'money-and-debt': 10 }, { asOf });
    const row = (need: string) => gaps.rows.find((r) => r.need === need);
    // housing: a 3 + b 0 places = 3; b is full; c states nothing and d states beds, so 2 without a figure in places.
    expect(row('housing')).toMatchObject({ services: 4, placesAvailable: 3, servicesFull: 1, servicesWithoutAvailability: 2, availabilityUpdatedFrom: '2025-05-20', gap: 40 });
    // money-and-debt: only b counts (e is inactive): 0 places, full.
    expect(row('money-and-debt')).toMatchObject({ services: 1, placesAvailable: 0, servicesFull: 1, servicesWithoutAvailability: 0, availabilityUpdatedFrom: '2025-05-28' });
    expect(row('bereavement')).toMatchObject({ placesAvailable: 0, servicesFull: 0, servicesWithoutAvailability: 0, availabilityUpdatedFrom: null });
    expect(gaps.unit).toBe('place');
  });

  it('counts another unit when asked, and refuses a unit that is not a non-empty string', () => {
    const beds = provisionGaps(directory, { housing: 40 }, { asOf, unit: ' BED ' }).rows.find((r) => r.need === 'housing');
    expect(beds).toMatchObject({ placesAvailable: 5, servicesFull: 0, servicesWithoutAvailability: 3 });
    for (const unit of ['', '  ', 3]) {
      expect(errorOf(() => provisionGaps(directory, {}, { asOf, unit: unit as string }))).toEqual({
        code: 'directory/invalid-options',
        issues: [{ path: ['unit'], message: 'must be a non-empty string' }],
      });
    }
  });

  test.prop([fc.array(fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }), { maxLength: 8 })])(
    'places free are the sum of the figures; full and unknown services are among the counted ones',
    (figures) => {
      const services = figures.map((available, i) =>
        service({ id: `s${String(i)}`, needs: ['housing'], ...(available === undefined ? {} : { availability: places(available) }) }),
      );
      const row = provisionGaps(services, { housing: 1 }, { asOf }).rows.find((r) => r.need === 'housing');
      const known = figures.filter((f): f is number => f !== undefined);
      expect(row?.placesAvailable).toBe(known.reduce((a, b) => a + b, 0));
      expect(row?.servicesFull).toBe(known.filter((f) => f === 0).length);
      expect(row?.servicesWithoutAvailability).toBe(figures.length - known.length);
      expect(row?.availabilityUpdatedFrom).toBe(known.length === 0 ? null : '2025-05-30');
    },
  );
});
