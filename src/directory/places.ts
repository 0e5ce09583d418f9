import type { Service, ServiceAvailability } from './schemas.js';

/**
 * Whether a service has places: `'available'` when one of its
 * {@link ServiceAvailability} figures has a unit free, `'full'` when it states
 * figures and every one is 0, `'unknown'` when it states none.
 *
 * @category Matching
 */
export type PlacesStatus = 'available' | 'full' | 'unknown';

/**
 * How a unit name is compared: ignoring case, surrounding spaces and runs of inner spaces.
 *
 * @example
 * ```ts
 * import { unitKey } from './places.js';
 *
 * unitKey(' Place ') === unitKey('place');
 * //=> true
 * unitKey('places') === unitKey('place');
 * //=> false
 * ```
 */
export function unitKey(unit: string): string {
  return unit.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A validated service's {@link PlacesStatus}.
 *
 * @example
 * ```ts
 * import { placesOf } from './places.js';
 *
 * const service = { id: 's', name: 'S', organization: { id: 'o' }, needs: [] };
 * placesOf(service);
 * //=> 'unknown'
 * placesOf({ ...service, availability: [{ unit: 'place', available: 0, maximum: 8, updatedOn: '2025-06-02' }] });
 * //=> 'full'
 * placesOf({ ...service, availability: [{ unit: 'place', available: 0, updatedOn: '2025-06-02' }, { unit: 'hour', available: 3, updatedOn: '2025-06-02' }] });
 * //=> 'available'
 * ```
 */
export function placesOf(service: Service): PlacesStatus {
  const entries = service.availability;
  if (entries === undefined || entries.length === 0) return 'unknown';
  return entries.some((entry) => entry.available > 0) ? 'available' : 'full';
}

/**
 * The entry of a validated service's availability in a unit (compared with {@link unitKey}), or `null`.
 *
 * @example
 * ```ts
 * import { availabilityIn } from './places.js';
 *
 * const service = { id: 's', name: 'S', organization: { id: 'o' }, needs: [], availability: [{ unit: 'Place', available: 2, updatedOn: '2025-06-02' }] };
 * availabilityIn(service, 'place')?.available;
 * //=> 2
 * availabilityIn(service, 'bed');
 * //=> null
 * ```
 */
export function availabilityIn(service: Service, unit: string): ServiceAvailability | null {
  const key = unitKey(unit);
  return service.availability?.find((entry) => unitKey(entry.unit) === key) ?? null;
}
