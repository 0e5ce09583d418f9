/** Generated `availability` figures for the HSDS property tests: units unique, `available` never above `maximum`. */
import { fc } from '@fast-check/vitest';
import { fromDayNumber, toDayNumber } from '../../src/core/index.js';
import type { ServiceAvailability } from '../../src/directory/index.js';

const day = fc.integer({ min: 0, max: 3000 }).map((n) => fromDayNumber(toDayNumber('2020-01-01') + n));

const figure: fc.Arbitrary<ServiceAvailability> = fc
  .record({
    unit: fc.constantFrom('place', 'bed', 'hour', 'Place on the course'),
    available: fc.integer({ min: 0, max: 40 }),
    extra: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    updatedOn: day,
  })
  .map(({ extra, ...rest }) => (extra === undefined ? rest : { ...rest, maximum: rest.available + extra }));

export const availabilityArb: fc.Arbitrary<ServiceAvailability[]> = fc.uniqueArray(figure, {
  maxLength: 3,
  selector: (entry) => entry.unit.toLowerCase(),
});
