import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createDirectoryIndex, provisionGaps, type Service } from '../../src/directory/index.js';
import { NEED_CATEGORIES } from '../../src/referrals/index.js';
import { fullAssurance, service } from './fixtures.js';
import { codeOf } from '../support/errorOf.js';

const asOf = '2025-06-01';
const directory: Service[] = [
  service({ id: 'debt', needs: ['money-and-debt', 'welfare-benefits'], capacity: { people: 2, per: 'week' }, service_areas: [{ name: 'Northbrook' }] }),
  service({ id: 'housing', needs: ['housing'], capacity: { people: 10, per: 'month' }, service_areas: [{ name: 'Eastfield' }] }),
  service({ id: 'walk', needs: ['social-isolation', 'physical-activity'] }),
  service({ id: 'old', needs: ['housing'], assurance: fullAssurance('2023-01-01') }),
  service({ id: 'shut', needs: ['housing'], status: 'defunct', capacity: { people: 100, per: 'year' } }),
];

describe('provisionGaps', () => {
  it('builds a row per need category, largest gap first', () => {
    const gaps = provisionGaps(directory, { housing: 130, 'money-and-debt': 130, 'social-isolation': 160 }, { asOf });
    expect(gaps.rows).toHaveLength(NEED_CATEGORIES.length);
    expect(gaps.rows.slice(0, 3)).toEqual([
      {
        need: 'social-isolation',
        demand: 160,
        services: 1,
        serviceIds: ['walk'],
        capacity: 0,
        servicesWithoutCapacity: 1,
        gap: 160,
        peoplePerService: 160,
        placesAvailable: 0,
        servicesFull: 0,
        servicesWithoutAvailability: 1,
        availabilityUpdatedFrom: null,
      },
      {
        need: 'money-and-debt',
        demand: 130,
        services: 1,
        serviceIds: ['debt'],
        capacity: 104.36,
        servicesWithoutCapacity: 0,
        gap: 25.64,
        peoplePerService: 130,
        placesAvailable: 0,
        servicesFull: 0,
        servicesWithoutAvailability: 1,
        availabilityUpdatedFrom: null,
      },
      {
        need: 'housing',
        demand: 130,
        services: 1,
        serviceIds: ['housing'],
        capacity: 120,
        servicesWithoutCapacity: 0,
        gap: 10,
        peoplePerService: 130,
        placesAvailable: 0,
        servicesFull: 0,
        servicesWithoutAvailability: 1,
        availabilityUpdatedFrom: null,
      },
    ]);
    // Zero-demand rows follow in NEED_CATEGORIES order; spare capacity gives a negative gap, last.
    expect(gaps.rows.at(-1)).toMatchObject({ need: 'welfare-benefits', demand: 0, gap: -104.36 });
    expect(gaps.rows.find((r) => r.need === 'bereavement')).toMatchObject({ services: 0, peoplePerService: null, gap: 0 });
    expect(gaps.excluded).toEqual([
      { serviceId: 'old', name: 'Service old', reasons: ['unassured'], assuranceProblems: expect.any(Array) },
      { serviceId: 'shut', name: 'Service shut', reasons: ['inactive'], assuranceProblems: [] },
    ]);
    expect([gaps.asOf, gaps.policyId, gaps.area, gaps.per]).toEqual([asOf, 'sefton-expression-of-interest', null, 'year']);
  });

  it('accepts a list, an outcome summary row and a whole summary', () => {
    const counts = { housing: 13, 'social-isolation': 16 };
    const fromCounts = provisionGaps(directory, counts, { asOf });
    const fromList = provisionGaps(directory, [{ need: 'housing', people: 13 }, { need: 'social-isolation', people: 16 }], { asOf });
    const row = { referrals: 100, needs: { housing: { count: 13, share: null }, 'social-isolation': { count: 16, share: null } } };
    expect(fromList).toEqual(fromCounts);
    expect(provisionGaps(directory, row, { asOf })).toEqual(fromCounts);
    const summary = { total: row, groups: [] };
    expect(provisionGaps(directory, summary, { asOf })).toEqual(fromCounts);
  });

  it('filters by area and converts capacity to the period asked for', () => {
    const gaps = provisionGaps(directory, { 'money-and-debt': 10 }, { asOf, area: ' northbrook ', per: 'month' });
    expect(gaps.rows[0]).toMatchObject({ need: 'money-and-debt', capacity: 8.7, gap: 1.3 });
    expect(gaps.area).toBe(' northbrook ');
    expect(gaps.excluded.map((e) => [e.serviceId, e.reasons])).toEqual([
      ['housing', ['outside-area']],
      ['walk', ['no-area-recorded']],
      ['old', ['unassured', 'no-area-recorded']],
      ['shut', ['inactive', 'no-area-recorded']],
    ]);
    const weekly = provisionGaps(directory, { housing: 1 }, { asOf, area: 'Eastfield', per: 'week' });
    expect(weekly.rows.find((r) => r.need === 'housing')).toMatchObject({ capacity: 2.3 });
  });

  it('works from an index', () => {
    const index = createDirectoryIndex(directory, { asOf });
    expect(provisionGaps(index, { housing: 5 })).toEqual(provisionGaps(directory, { housing: 5 }, { asOf }));
    expect(codeOf(() => provisionGaps(index, { housing: 5 }, { asOf }))).toBe('directory/invalid-options');
    expect(codeOf(() => provisionGaps(index, { housing: 5 }, { policy: {} as never }))).toBe('directory/invalid-options');
  });

  it('rejects bad demand and options', () => {
    expect(codeOf(() => provisionGaps(directory, { gardening: 3 } as never, { asOf }))).toBe('directory/invalid-demand');
    expect(codeOf(() => provisionGaps(directory, { housing: -1 }, { asOf }))).toBe('directory/invalid-demand');
    expect(codeOf(() => provisionGaps(directory, { housing: Number.NaN }, { asOf }))).toBe('directory/invalid-demand');
    expect(codeOf(() => provisionGaps(directory, [{ need: 'housing', people: 1 }, { need: 'housing', people: 2 }], { asOf }))).toBe(
      'directory/invalid-demand',
    );
    expect(codeOf(() => provisionGaps(directory, [3] as never, { asOf }))).toBe('directory/invalid-demand');
    expect(codeOf(() => provisionGaps(directory, 'lots' as never, { asOf }))).toBe('directory/invalid-demand');
    expect(codeOf(() => provisionGaps(directory, { needs: { housing: 4 } } as never, { asOf }))).toBe('directory/invalid-demand');
    expect(codeOf(() => provisionGaps(directory, { housing: 1 }))).toBe('directory/invalid-date');
    expect(codeOf(() => provisionGaps(directory, { housing: 1 }, { asOf, area: ' ' }))).toBe('directory/invalid-options');
    expect(codeOf(() => provisionGaps(directory, { housing: 1 }, { asOf, per: 'day' as never }))).toBe('directory/invalid-options');
    expect(codeOf(() => provisionGaps(directory, { housing: 1 }, null as never))).toBe('directory/invalid-options');
  });

  const spec = fc.record({
    needs: fc.uniqueArray(fc.constantFrom(...NEED_CATEGORIES), { minLength: 1, maxLength: 3 }),
    capacity: fc.option(fc.record({ people: fc.integer({ min: 0, max: 300 }), per: fc.constantFrom('week' as const, 'month' as const, 'year' as const) }), {
      nil: undefined,
    }),
    assured: fc.boolean(),
    area: fc.option(fc.constantFrom('Northbrook', 'Eastfield'), { nil: undefined }),
  });
  const toService = (s: any, id: string): Service =>
    service({
      id,
      needs: s.needs,
      assurance: fullAssurance(s.assured ? '2025-01-01' : '2020-01-01'),
      ...(s.capacity === undefined ? {} : { capacity: s.capacity }),
      ...(s.area === undefined ? {} : { service_areas: [{ name: s.area }] }),
    });
  const demand = fc.dictionary(fc.constantFrom(...NEED_CATEGORIES), fc.integer({ min: 0, max: 1000 }));

  test.prop([fc.array(spec, { maxLength: 12 }), spec, demand, fc.option(fc.constantFrom('Northbrook', 'Eastfield'), { nil: undefined })])(
    'adding a service never widens a gap',
    (specs, extra, needs, area) => {
      const before = specs.map((s, i) => toService(s, `s${i}`));
      const after = [...before, toService(extra, 'extra')];
      const options = area === undefined ? { asOf } : { asOf, area };
      const gapOf = (services: Service[]) =>
        new Map(provisionGaps(services, needs as never, options).rows.map((r) => [r.need, r.gap]));
      const a = gapOf(before);
      const b = gapOf(after);
      for (const need of NEED_CATEGORIES) expect(b.get(need)!).toBeLessThanOrEqual(a.get(need)!);
    },
  );

  test.prop([fc.array(spec, { maxLength: 12 }), demand])('rows are sorted by gap, and every service is counted or excluded', (specs, needs) => {
    const services = specs.map((s, i) => toService(s, `s${i}`));
    const gaps = provisionGaps(services, needs, { asOf });
    for (let i = 1; i < gaps.rows.length; i++) expect(gaps.rows[i - 1]!.gap).toBeGreaterThanOrEqual(gaps.rows[i]!.gap);
    const counted = new Set(gaps.rows.flatMap((r) => r.serviceIds));
    expect(counted.size + gaps.excluded.length).toBe(services.filter((s) => s.needs.length > 0).length);
    expect(JSON.stringify(gaps)).not.toMatch(/NaN|Infinity|null,"excluded"/);
  });
});
