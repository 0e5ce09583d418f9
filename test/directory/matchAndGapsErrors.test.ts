/**
 * Matching, the index and the gap table, pinned: exact errors (code, paths, messages),
 * ranking by name then id, the needs each service addresses, the call stamps of an index,
 * and gap-table figures worked out by hand from small directories.
 */
import { describe, expect, it } from 'vitest';
import { indexInternals } from '../../src/directory/createDirectoryIndex.js';
import { createDirectoryIndex, matchServices, provisionGaps, type Service } from '../../src/directory/index.js';
import { NEED_CATEGORIES, type NeedCategory } from '../../src/referrals/index.js';
import { service } from './fixtures.js';
import { errorOf } from '../support/errorOf.js';

// The fixtures' services are fully assured, reviewed 2025-01-15: current on this date under the Sefton policy.
const asOf = '2025-06-01';
const referral = { referredOn: asOf };
const ids = (list: readonly { readonly service: Service }[]): string[] => list.map((m) => m.service.id);

describe('createDirectoryIndex, pinned', () => {
  it('marks the index and pins its option errors', () => {
    const index = createDirectoryIndex([service({ id: 'walk' })], { asOf });
    expect(index.kind).toBe('directory-index');
    expect(index.asOf).toBe(asOf);
    expect(errorOf(() => createDirectoryIndex([], null as never))).toEqual({
      code: 'directory/invalid-options',
      issues: [{ path: [], message: 'createDirectoryIndex takes an options object' }],
    });
    expect(errorOf(() => createDirectoryIndex([], { asOf: '2025-02-30' }))).toEqual({
      code: 'directory/invalid-date',
      issues: [{ path: ['asOf'], message: 'must be a real calendar date written YYYY-MM-DD' }],
    });
  });

  it('rejects an object that is not an index built by createDirectoryIndex', () => {
    const index = createDirectoryIndex([service({ id: 'walk' })], { asOf });
    const notIndex = {
      code: 'directory/invalid-directory',
      issues: [{ path: ['directory'], message: 'must be an array of services or an index from createDirectoryIndex' }],
    };
    const request = { person: {}, referral, needs: ['social-isolation'] as NeedCategory[] };
    expect(errorOf(() => matchServices({ ...index }, request))).toEqual(notIndex);
    expect(errorOf(() => provisionGaps({ ...index }, {}))).toEqual(notIndex);
  });
});

describe('matchServices ranking, by name then id', () => {
  const request = { person: {}, referral, needs: ['social-isolation'] as NeedCategory[] };

  it('lists services already in name order in that order', () => {
    const directory = [
      service({ id: 'a', name: 'Allotment Group' }),
      service({ id: 'b', name: 'Book Club' }),
      service({ id: 'c', name: 'Craft Circle' }),
    ];
    expect(ids(matchServices(directory, request).matches)).toEqual(['a', 'b', 'c']);
  });

  it('orders services of the same name by id', () => {
    const directory = [
      service({ id: 'm', name: 'Coffee Morning' }),
      service({ id: 'k', name: 'Coffee Morning' }),
      service({ id: 'z', name: 'Coffee Morning' }),
    ];
    expect(ids(matchServices(directory, request).matches)).toEqual(['k', 'm', 'z']);
  });

  it('orders by name before id, even when the ids run the other way', () => {
    const directory = [service({ id: 'z', name: 'Allotment Group' }), service({ id: 'a', name: 'Book Club' })];
    expect(ids(matchServices(directory, request).matches)).toEqual(['z', 'a']);
  });
});

describe('matchServices, needs addressed', () => {
  it('gives each service the requested needs it addresses, in the order asked for', () => {
    const directory = [
      service({ id: 'walk', name: 'Walk and Talk', needs: ['social-isolation', 'physical-activity'] }),
      service({ id: 'home', name: 'Home Help', needs: ['housing'], status: 'active' }),
      service({ id: 'all', name: 'Active Community', needs: ['social-isolation', 'housing', 'physical-activity'] }),
      service({ id: 'debt', name: 'Debt Advice', needs: ['money-and-debt'] }),
    ];
    const needs: NeedCategory[] = ['physical-activity', 'housing', 'social-isolation'];
    const found = matchServices(directory, { person: {}, referral, needs });
    // all: 3 of 3 needs; walk: 2 of 3; home: 1 of 3 (explicitly active, so offered); debt addresses none.
    expect(found.matches.map((m) => [m.service.id, m.needs])).toEqual([
      ['all', ['physical-activity', 'housing', 'social-isolation']],
      ['walk', ['physical-activity', 'social-isolation']],
      ['home', ['housing']],
    ]);
    expect(found.excluded).toEqual([]);
    expect(found.unmetNeeds).toEqual([]);
  });

  it('leaves a need unmet when only an ineligible or unassured service addresses it', () => {
    const over65 = { id: 'over-65', name: 'Over 65', criteria: { kind: 'age' as const, min: 65 } };
    const directory = [
      service({ id: 'lunch', name: 'Lunch Club', needs: ['social-isolation'], eligibility: over65 }),
      service({ id: 'walk', name: 'Walk and Talk', needs: ['physical-activity'] }),
    ];
    for (const detail of ['full', 'decision'] as const) {
      const found = matchServices(directory, { person: { age: 40 }, referral, needs: ['social-isolation', 'physical-activity'], detail });
      expect(ids(found.matches)).toEqual(['walk']);
      expect(found.excluded.map((e) => [e.service.id, e.decision, e.reasons])).toEqual([['lunch', 'ineligible', ['ineligible']]]);
      expect(found.unmetNeeds).toEqual(['social-isolation']);
    }
  });
});

describe('matchServices on an index: call stamps', () => {
  it('numbers each call, restarts after 2,000,000,000 and gives the same answer every time', () => {
    const directory = [
      service({ id: 'walk', name: 'Walk and Talk', needs: ['social-isolation', 'physical-activity'] }),
      service({ id: 'gym', name: 'Active Lives', needs: ['physical-activity'] }),
    ];
    const index = createDirectoryIndex(directory, { asOf });
    const internals = indexInternals(index);
    const request = { person: {}, referral, needs: ['social-isolation', 'physical-activity'] as NeedCategory[] };
    const expected = [
      ['walk', ['social-isolation', 'physical-activity']],
      ['gym', ['physical-activity']],
    ];
    expect(internals.call).toBe(0);
    for (const call of [1, 2, 3]) {
      expect(matchServices(index, request).matches.map((m) => [m.service.id, m.needs])).toEqual(expected);
      expect(internals.call).toBe(call);
    }
    internals.call = 2_000_000_000;
    expect(matchServices(index, request).matches.map((m) => [m.service.id, m.needs])).toEqual(expected);
    expect(internals.call).toBe(1);
  });

  it('does not take a stamp left by an earlier call 1 for the current call after the restart', () => {
    const directory = [
      service({ id: 'debt', name: 'Debt Advice', needs: ['money-and-debt'] }),
      service({ id: 'walk', name: 'Walk and Talk', needs: ['social-isolation'] }),
    ];
    const index = createDirectoryIndex(directory, { asOf });
    const internals = indexInternals(index);
    // Call 1 stamps the debt service; the next 1,999,999,999 calls (skipped here) never ask for debt.
    expect(ids(matchServices(index, { person: {}, referral, needs: ['money-and-debt'] }).matches)).toEqual(['debt']);
    internals.call = 1_999_999_999;
    expect(ids(matchServices(index, { person: {}, referral, needs: ['social-isolation'] }).matches)).toEqual(['walk']);
    expect(internals.call).toBe(2_000_000_000);
    // Numbering restarts at 1: debt must still be found, with its one need.
    const again = matchServices(index, { person: {}, referral, needs: ['money-and-debt'] });
    expect(again.matches.map((m) => [m.service.id, m.needs])).toEqual([['debt', ['money-and-debt']]]);
    expect(again.unmetNeeds).toEqual([]);
  });
});

describe('matchServices errors, pinned', () => {
  const directory = [service({ id: 'walk' })];
  const ok = { person: { age: 70 }, referral, needs: ['housing'] as NeedCategory[] };

  it('pins the needs errors', () => {
    const notArray = { code: 'directory/invalid-needs', issues: [{ path: ['needs'], message: 'must be a non-empty array of need categories' }] };
    expect(errorOf(() => matchServices(directory, { ...ok, needs: [] }))).toEqual(notArray);
    expect(errorOf(() => matchServices(directory, { ...ok, needs: 'housing' as never }))).toEqual(notArray);
    const unknownAt1 = { code: 'directory/invalid-needs', issues: [{ path: ['needs', 1], message: 'is not a need category' }] };
    expect(errorOf(() => matchServices(directory, { ...ok, needs: ['housing', 'gardening'] as never }))).toEqual(unknownAt1);
    expect(errorOf(() => matchServices(directory, { ...ok, needs: ['housing', 7] as never }))).toEqual(unknownAt1);
    expect(errorOf(() => matchServices(directory, { ...ok, needs: ['housing', 'social-isolation', 'housing'] }))).toEqual({
      code: 'directory/invalid-needs',
      issues: [{ path: ['needs', 2], message: 'repeats a need category' }],
    });
  });

  it('puts person and referral issues under their own paths', () => {
    const badReferral = errorOf(() => matchServices(directory, { ...ok, referral: { referredOn: '2025-02-30' } }));
    expect(badReferral.code).toBe('directory/invalid-referral');
    expect(badReferral.issues.map((issue) => (issue as { path: unknown }).path)).toEqual([['referral', 'referredOn']]);
    const badPerson = errorOf(() => matchServices(directory, { ...ok, person: { age: -3 } }));
    expect(badPerson.code).toBe('directory/invalid-person');
    expect(badPerson.issues.map((issue) => (issue as { path: unknown }).path)).toEqual([['person', 'age']]);
  });

  it('pins the option errors', () => {
    expect(errorOf(() => matchServices(directory, null as never))).toEqual({
      code: 'directory/invalid-options',
      issues: [{ path: [], message: 'matchServices takes an options object' }],
    });
    expect(errorOf(() => matchServices(directory, { ...ok, detail: 'some' as never }))).toEqual({
      code: 'directory/invalid-options',
      issues: [{ path: ['detail'], message: "must be 'full' or 'decision'" }],
    });
    const index = createDirectoryIndex(directory, { asOf });
    const setByIndex = (path: string) => ({
      code: 'directory/invalid-options',
      issues: [{ path: [path], message: 'is set by the index; leave it out when passing an index' }],
    });
    expect(errorOf(() => matchServices(index, { ...ok, asOf }))).toEqual(setByIndex('asOf'));
    expect(errorOf(() => matchServices(index, { ...ok, policy: {} as never }))).toEqual(setByIndex('policy'));
    expect(errorOf(() => matchServices(index, { ...ok, asOf, policy: {} as never }))).toEqual(setByIndex('asOf'));
  });
});

describe('provisionGaps figures', () => {
  it('sums capacities per year and divides demand among the counted services', () => {
    const directory = [
      service({ id: 'h1', needs: ['housing'], capacity: { people: 2, per: 'month' } }),
      service({ id: 'h2', needs: ['housing', 'money-and-debt'] }),
      service({ id: 'h3', needs: ['housing'], capacity: { people: 1, per: 'week' } }),
    ];
    const gaps = provisionGaps(directory, { housing: 100, 'money-and-debt': 4 }, { asOf });
    // housing: 2 * 12 + 1 * 365.25 / 7 = 24 + 52.1786 = 76.18 places; 100 - 76.18 = 23.82; 100 / 3 services = 33.33.
    expect(gaps.rows.slice(0, 2)).toEqual([
      {
        need: 'housing',
        demand: 100,
        services: 3,
        serviceIds: ['h1', 'h2', 'h3'],
        capacity: 76.18,
        servicesWithoutCapacity: 1,
        gap: 23.82,
        peoplePerService: 33.33,
        placesAvailable: 0,
        servicesFull: 0,
        servicesWithoutAvailability: 3,
        availabilityUpdatedFrom: null,
      },
      {
        need: 'money-and-debt',
        demand: 4,
        services: 1,
        serviceIds: ['h2'],
        capacity: 0,
        servicesWithoutCapacity: 1,
        gap: 4,
        peoplePerService: 4,
        placesAvailable: 0,
        servicesFull: 0,
        servicesWithoutAvailability: 1,
        availabilityUpdatedFrom: null,
      },
    ]);
  });

  it('writes a gap that rounds to nothing as 0, not -0', () => {
    const directory = [service({ id: 'club', needs: ['housing'], capacity: { people: 1, per: 'month' } })];
    // 11.999 people against 12 places: a gap of -0.001, which is 0.00 to 2 places.
    const row = provisionGaps(directory, { housing: 11.999 }, { asOf }).rows.find((r) => r.need === 'housing');
    expect(row).toEqual({
      need: 'housing',
      demand: 11.999,
      services: 1,
      serviceIds: ['club'],
      capacity: 12,
      servicesWithoutCapacity: 0,
      gap: 0,
      peoplePerService: 12,
      placesAvailable: 0,
      servicesFull: 0,
      servicesWithoutAvailability: 1,
      availabilityUpdatedFrom: null,
    });
    expect(Object.is(row?.gap, 0)).toBe(true);
  });

  it('reads a demand of -0 as 0 and accepts the largest safe count', () => {
    const zero = provisionGaps([], { housing: -0 }, { asOf }).rows.find((r) => r.need === 'housing');
    expect(Object.is(zero?.demand, 0)).toBe(true);
    const most = provisionGaps([], { housing: Number.MAX_SAFE_INTEGER }, { asOf }).rows[0];
    expect([most?.need, most?.demand]).toEqual(['housing', 9007199254740991]);
  });

  it('puts the larger demand first among equal gaps', () => {
    // 'other' (last of NEED_CATEGORIES): 12 people, 12 places a year, gap 0; every other row: gap 0, demand 0.
    const directory = [service({ id: 'club', needs: ['other'], capacity: { people: 1, per: 'month' } })];
    const gaps = provisionGaps(directory, { other: 12 }, { asOf });
    expect(gaps.rows.map((r) => r.need)).toEqual(['other', ...NEED_CATEGORIES.filter((need) => need !== 'other')]);
    expect(gaps.rows[0]).toMatchObject({ demand: 12, capacity: 12, gap: 0 });
  });

  it('counts a service when any of its areas is the one asked for', () => {
    const directory = [
      service({ id: 'both', needs: ['housing'], service_areas: [{ name: 'Northbrook' }, { name: 'Eastfield' }] }),
      service({ id: 'north', needs: ['housing'], service_areas: [{ name: 'Northbrook' }] }),
    ];
    const gaps = provisionGaps(directory, { housing: 5 }, { asOf, area: 'eastfield' });
    expect(gaps.rows[0]).toMatchObject({ need: 'housing', services: 1, serviceIds: ['both'] });
    expect(gaps.excluded.map((e) => [e.serviceId, e.reasons])).toEqual([['north', ['outside-area']]]);
  });
});

describe('provisionGaps errors, pinned', () => {
  const demandError = (path: (string | number)[], message: string) => ({ code: 'directory/invalid-demand', issues: [{ path, message }] });

  it('pins the option errors', () => {
    const options = (issues: unknown[]) => ({ code: 'directory/invalid-options', issues });
    expect(errorOf(() => provisionGaps([], {}, null as never))).toEqual(options([{ path: [], message: 'provisionGaps takes an options object' }]));
    const index = createDirectoryIndex([], { asOf });
    const setByIndex = (path: string) => options([{ path: [path], message: 'is set by the index; leave it out when passing an index' }]);
    expect(errorOf(() => provisionGaps(index, {}, { asOf }))).toEqual(setByIndex('asOf'));
    expect(errorOf(() => provisionGaps(index, {}, { policy: {} as never }))).toEqual(setByIndex('policy'));
    expect(errorOf(() => provisionGaps(index, {}, { asOf, policy: {} as never }))).toEqual(setByIndex('asOf'));
    const badArea = options([{ path: ['area'], message: 'must be a non-empty string' }]);
    expect(errorOf(() => provisionGaps([], {}, { asOf, area: ' ' }))).toEqual(badArea);
    expect(errorOf(() => provisionGaps([], {}, { asOf, area: 5 as never }))).toEqual(badArea);
    expect(errorOf(() => provisionGaps([], {}, { asOf, per: 'day' as never }))).toEqual(
      options([{ path: ['per'], message: 'must be one of week, month, year' }]),
    );
  });

  it('pins errors in counts per need', () => {
    const shape = demandError(['needs'], 'must be counts per need, a list or an outcome summary');
    expect(errorOf(() => provisionGaps([], null as never, { asOf }))).toEqual(shape);
    expect(errorOf(() => provisionGaps([], 'lots' as never, { asOf }))).toEqual(shape);
    expect(errorOf(() => provisionGaps([], { gardening: 3 } as never, { asOf }))).toEqual(demandError(['needs', '<key 0>'], 'is not a need category'));
    expect(errorOf(() => provisionGaps([], { housing: -1 }, { asOf }))).toEqual(demandError(['needs', 'housing'], 'must be a number of people, 0 or more'));
    expect(errorOf(() => provisionGaps([], { housing: '3' } as never, { asOf }))).toEqual(
      demandError(['needs', 'housing'], 'must be a number of people, 0 or more'),
    );
    expect(errorOf(() => provisionGaps([], { housing: Number.MAX_SAFE_INTEGER + 1 }, { asOf }))).toEqual(
      demandError(['needs', 'housing'], 'must be at most 9007199254740991 people'),
    );
  });

  it('pins errors in a list', () => {
    expect(errorOf(() => provisionGaps([], [3] as never, { asOf }))).toEqual(demandError(['needs', 0], 'must be { need, people }'));
    expect(errorOf(() => provisionGaps([], [{ need: 'housing', people: 1 }, null] as never, { asOf }))).toEqual(
      demandError(['needs', 1], 'must be { need, people }'),
    );
    expect(errorOf(() => provisionGaps([], [{ need: 'gardening', people: 1 }] as never, { asOf }))).toEqual(
      demandError(['needs', 0, 'need'], 'is not a need category'),
    );
    expect(errorOf(() => provisionGaps([], [{ need: 'housing', people: -1 }], { asOf }))).toEqual(
      demandError(['needs', 0, 'people'], 'must be a number of people, 0 or more'),
    );
    expect(errorOf(() => provisionGaps([], [{ need: 'housing', people: 1 }, { need: 'housing', people: 2 }], { asOf }))).toEqual(
      demandError(['needs', 1, 'need'], 'repeats a need category'),
    );
  });

  it('pins errors in an outcome summary row and a whole summary', () => {
    expect(errorOf(() => provisionGaps([], { needs: { housing: 4 } } as never, { asOf }))).toEqual(
      demandError(['needs', 'needs', 'housing'], 'must be { count }'),
    );
    expect(errorOf(() => provisionGaps([], { needs: { housing: { count: -2 } } }, { asOf }))).toEqual(
      demandError(['needs', 'needs', 'housing', 'count'], 'must be a number of people, 0 or more'),
    );
    expect(errorOf(() => provisionGaps([], { needs: { gardening: { count: 2 } } } as never, { asOf }))).toEqual(
      demandError(['needs', 'needs', '<key 0>'], 'is not a need category'),
    );
    expect(errorOf(() => provisionGaps([], { total: { needs: { housing: { count: 'x' } } } } as never, { asOf }))).toEqual(
      demandError(['needs', 'total', 'needs', 'housing', 'count'], 'must be a number of people, 0 or more'),
    );
  });
});
