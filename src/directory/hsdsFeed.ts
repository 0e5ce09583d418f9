import { SocialPrescribingError } from '../core/index.js';
import { NEED_CATEGORIES, type NeedCategory } from '../referrals/index.js';
import { fromHsds } from './fromHsds.js';
import type { Service } from './schemas.js';
import { partitionServices, type InvalidServiceRecord } from './validateDirectory.js';

/**
 * Options of {@link fromHsdsOrganization}, {@link fromHsdsServicePage} and {@link readHsdsServicePages}.
 *
 * @category HSDS
 */
export interface HsdsFeedOptions {
  /** Need categories to add to every service (for directories that do not tag them). */
  readonly needs?: readonly NeedCategory[];
}

/**
 * The services read from an HSDS feed, and the records left out.
 *
 * @category HSDS
 */
export interface HsdsFeedServices {
  /** The services read, in feed order. */
  readonly services: readonly Service[];
  /** Every record left out, in feed order: its index in the feed's list, its id when it has one, the error code and issues. */
  readonly invalid: readonly InvalidServiceRecord[];
  /** How many records were left out (`invalid.length`). */
  readonly excluded: number;
}

const NEEDS: ReadonlySet<unknown> = /* @__PURE__ */ new Set(NEED_CATEGORIES);

/**
 * Checks the `needs` option of the feed readers once, before any record is read
 * (an empty feed would otherwise never check it).
 *
 * @example
 * ```ts
 * import { readFeedNeeds } from './hsdsFeed.js';
 *
 * readFeedNeeds(['housing']);
 * //=> ['housing']
 * readFeedNeeds(undefined);
 * //=> undefined
 * readFeedNeeds(['gardening']);
 * //=> throws 'directory/invalid-options'
 * ```
 */
export function readFeedNeeds(value: unknown): readonly NeedCategory[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    throw new SocialPrescribingError('directory/invalid-options', [{ path: ['needs'], message: 'must be an array of need categories' }]);
  }
  (value as readonly unknown[]).forEach((need, index) => {
    if (!NEEDS.has(need)) throw new SocialPrescribingError('directory/invalid-options', [{ path: ['needs', index], message: 'must be a need category id' }]);
  });
  return [...(value as readonly NeedCategory[])];
}

/**
 * Reads a list of HSDS services with {@link fromHsds}, keeping the good ones and
 * reporting each bad one (index, id, code, issues); `seen` holds the ids read so
 * far, so a repeated id is reported as `directory/duplicate-service-id`.
 *
 * @example
 * ```ts
 * import { readHsdsServices } from './hsdsFeed.js';
 *
 * const read = readHsdsServices(
 *   [{ id: 's1', name: 'A', organization_id: 'o1' }, { id: 's1', name: 'B', organization_id: 'o1' }, { id: 's2' }],
 *   {},
 *   new Set(),
 * );
 * [read.services.length, read.invalid.map((record) => [record.index, record.code])];
 * //=> [1, [[1, 'directory/duplicate-service-id'], [2, 'directory/invalid-hsds']]]
 * ```
 */
export function readHsdsServices(
  list: readonly unknown[],
  options: Parameters<typeof fromHsds>[1],
  seen: Set<string>,
): HsdsFeedServices {
  return partitionServices(list, (raw) => fromHsds(raw, options), seen);
}
