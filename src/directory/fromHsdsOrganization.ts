import { issuesFromZod, SocialPrescribingError } from '../core/index.js';
import { copyHsdsJson, type HsdsJson } from './hsdsJson.js';
import { readFeedNeeds, readHsdsServices, type HsdsFeedOptions, type HsdsFeedServices } from './hsdsFeed.js';
import { HsdsOrganizationSchema } from './hsdsSchema.js';
import type { ServiceOrganization } from './schemas.js';
import { readOptions } from './validate.js';

/**
 * The result of {@link fromHsdsOrganization}.
 *
 * @category HSDS
 */
export interface HsdsOrganizationRead extends HsdsFeedServices {
  /** The organisation: `id`, `name`, and its other HSDS fields (except `services`) in `hsds`. */
  readonly organization: ServiceOrganization;
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
 * //=> [{ path: ['name'], message: 'is required' }]
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
