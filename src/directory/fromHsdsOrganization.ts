import { issuesFromZod, SocialPrescribingError } from '../core/index.js';
import { NEED_CATEGORIES, type NeedCategory } from '../referrals/index.js';
import { fromHsds } from './fromHsds.js';
import { copyHsdsJson, type HsdsJson } from './hsdsJson.js';
import { HsdsOrganizationSchema } from './hsdsSchema.js';
import type { Service, ServiceOrganization } from './schemas.js';
import type { InvalidServiceRecord } from './validateDirectory.js';
import { readOptions } from './validate.js';

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

/**
 * The result of {@link fromHsdsOrganization}.
 *
 * @category HSDS
 */
export interface HsdsOrganizationRead extends HsdsFeedServices {
  /** The organisation: `id`, `name`, and its other HSDS fields (except `services`) in `hsds`. */
  readonly organization: ServiceOrganization;
}

const NEEDS: ReadonlySet<unknown> = /* @__PURE__ */ new Set(NEED_CATEGORIES);

/**
 * Checks the `needs` option of the feed readers once, before any record is read
 * (an empty feed would otherwise never check it).
 *
 * @example
 * ```ts
 * import { readFeedNeeds } from './fromHsdsOrganization.js';
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
 * import { readHsdsServices } from './fromHsdsOrganization.js';
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
  const services: Service[] = [];
  const invalid: InvalidServiceRecord[] = [];
  list.forEach((raw, index) => {
    const rawId = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
    const id = typeof rawId === 'string' && rawId !== '' ? rawId : null;
    try {
      const service = fromHsds(raw, options);
      if (seen.has(service.id)) {
        invalid.push({ index, id, code: 'directory/duplicate-service-id', issues: [{ path: ['id'], message: 'repeats the id of an earlier service' }] });
        return;
      }
      seen.add(service.id);
      services.push(service);
    } catch (error) {
      // Bad options are the caller's mistake, not a bad record: they stop the read.
      if (!(error instanceof SocialPrescribingError) || error.code === 'directory/invalid-options') throw error;
      invalid.push({ index, id, code: error.code, issues: error.issues });
    }
  });
  return { services, invalid, excluded: invalid.length };
}

/**
 * Reads an Open Referral HSDS 3.0 `organization` with its `services` (as the
 * `/organizations/{id}` endpoint and `organization_full.json` give them): each
 * service is read with {@link fromHsds}, provided by this organisation unless it
 * names its own. A bad service is reported (its index in `services`, its id, the
 * error code and issues) and counted, never dropped silently; a repeated service id
 * is reported as `directory/duplicate-service-id`.
 *
 * @param organization - An HSDS `organization` object (parsed JSON).
 * @param options - Need categories to add to every service.
 * @returns The organisation, the services read and the records left out.
 * @throws {@link core!SocialPrescribingError} `directory/invalid-hsds` when the organisation lacks `id` or `name`,
 * its `services` is not an array, or one of its fields is not JSON data; `directory/invalid-options` for bad options.
 * @see Open Referral HSDS 3.0 (openreferral/specification, tag v3.0, schema/organization.json, examples/organization_full.json)
 * @category HSDS
 * @example
 * ```ts
 * import { fromHsdsOrganization } from 'social-prescribing/directory';
 *
 * const read = fromHsdsOrganization({
 *   id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
 *   name: 'Advice Centre',
 *   description: 'Free advice',
 *   services: [
 *     { id: 'ac148810-d857-441c-9679-408f346de14b', name: 'Money Matters', status: 'active' },
 *     { id: '5b2a4c1e-0c6f-4a53-9e34-2f3b0e4d9a10', status: 'active' },
 *   ],
 * });
 * [read.organization.name, read.services.map((service) => service.organization.id), read.excluded];
 * //=> ['Advice Centre', ['d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610'], 1]
 * read.invalid[0]?.issues;
 * //=> [{ path: ['name'], message: 'Invalid input: expected string, received undefined' }]
 * fromHsdsOrganization({ id: 'o1', name: 'Advice Centre', services: 'none' });
 * //=> throws 'directory/invalid-hsds'
 * ```
 */
export function fromHsdsOrganization(organization: unknown, options: HsdsFeedOptions = {}): HsdsOrganizationRead {
  const opts = readOptions(options, 'fromHsdsOrganization');
  const parsed = HsdsOrganizationSchema.safeParse(organization);
  if (!parsed.success) throw new SocialPrescribingError('directory/invalid-hsds', issuesFromZod(parsed.error.issues));
  const { id, name, services = [], ...rest } = parsed.data;
  const fields = copyHsdsJson(rest) as Record<string, HsdsJson> | undefined;
  if (fields === undefined) {
    throw new SocialPrescribingError('directory/invalid-hsds', [{ path: [], message: 'has a field that is not JSON data (finite numbers, nested at most 64 deep)' }]);
  }
  const needs = readFeedNeeds(opts.needs);
  const read = readHsdsServices(services ?? [], { ...(needs === undefined ? {} : { needs }), organization: { id, name } }, new Set());
  return { organization: { id, name, hsds: fields }, ...read };
}
