import { issuesFromZod, SocialPrescribingError } from '../core/index.js';
import type { NeedCategory } from '../referrals/index.js';
import { readFeedNeeds, readHsdsServices, type HsdsFeedOptions, type HsdsFeedServices } from './hsdsFeed.js';
import { HsdsServicePageSchema } from './hsdsSchema.js';
import { readOptions } from './validate.js';

/**
 * One page of an HSDS service list, read.
 *
 * @category HSDS
 */
export interface HsdsServicePageRead extends HsdsFeedServices {
  /** The page's `page_number`, or `null` when it gives none. */
  readonly pageNumber: number | null;
  /** The page's `total_pages`, or `null` when it gives none. */
  readonly totalPages: number | null;
  /** The page's `total_items`, or `null` when it gives none. */
  readonly totalItems: number | null;
  /** Whether the page says it is the last (`last_page`), or `null` when it does not say. */
  readonly lastPage: boolean | null;
  /** Whether the page says the result set is empty (`empty`), or `null` when it does not say. */
  readonly empty: boolean | null;
}

/** A header count, or `null` when absent; JSON has one zero, so -0 is read as 0. */
function count(value: number | undefined): number | null {
  return value === undefined ? null : value + 0;
}

/**
 * Reads one page with the ids seen on earlier pages of the same feed.
 *
 * @example
 * ```ts
 * import { readServicePage } from './fromHsdsServicePage.js';
 *
 * const seen = new Set(['ac148810-d857-441c-9679-408f346de14b']);
 * readServicePage({ contents: [{ id: 'ac148810-d857-441c-9679-408f346de14b', name: 'A', organization_id: 'o1' }] }, seen, undefined).invalid[0]?.code;
 * //=> 'directory/duplicate-service-id'
 * ```
 */
export function readServicePage(page: unknown, seen: Set<string>, needs: readonly NeedCategory[] | undefined): HsdsServicePageRead {
  const parsed = HsdsServicePageSchema.safeParse(page);
  if (!parsed.success) throw new SocialPrescribingError('directory/invalid-hsds', issuesFromZod(parsed.error.issues));
  const p = parsed.data;
  const read = readHsdsServices(p.contents, needs === undefined ? {} : { needs }, seen);
  return {
    pageNumber: count(p.page_number),
    totalPages: count(p.total_pages),
    totalItems: count(p.total_items),
    lastPage: p.last_page ?? null,
    empty: p.empty ?? null,
    ...read,
  };
}


/**
 * Reads one page of an HSDS 3.0 API list of services (`GET /services`): the page
 * header and each service in `contents`, read with {@link fromHsds}. A bad service
 * is reported (its index in `contents`, its id, the error code and issues) and
 * counted, never dropped silently; a repeated id is reported as
 * `directory/duplicate-service-id`.
 *
 * @param page - The page (parsed JSON): `contents` and the `Page` header fields.
 * @param options - Need categories to add to every service.
 * @returns The page numbers, the services read and the records left out.
 * @throws {@link core!SocialPrescribingError} `directory/invalid-hsds` when the page has no `contents` array or a
 * header field of the wrong type; `directory/invalid-options` for bad options.
 * @see Open Referral HSDS 3.0 API reference, "Lists", and schema/openapi.json (`Page`, `/services`) (openreferral/specification, tag v3.0)
 * @category HSDS
 * @example
 * ```ts
 * import { fromHsdsServicePage } from 'social-prescribing/directory';
 *
 * const page = fromHsdsServicePage({
 *   total_items: 2, total_pages: 1, page_number: 1, size: 2, first_page: true, last_page: true, empty: false,
 *   contents: [
 *     { id: 'ac148810-d857-441c-9679-408f346de14b', name: 'Money Matters', status: 'active', organization_id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610' },
 *     { id: '5b2a4c1e-0c6f-4a53-9e34-2f3b0e4d9a10', name: 'No organisation', status: 'active' },
 *   ],
 * });
 * [page.pageNumber, page.lastPage, page.services.length, page.excluded, page.invalid[0]?.issues];
 * //=> [1, true, 1, 1, [{ path: ['organization_id'], message: 'needs organization_id or organization.id' }]]
 * fromHsdsServicePage({ page_number: 1 });
 * //=> throws 'directory/invalid-hsds'
 * ```
 */
export function fromHsdsServicePage(page: unknown, options: HsdsFeedOptions = {}): HsdsServicePageRead {
  const opts = readOptions(options, 'fromHsdsServicePage');
  return readServicePage(page, new Set(), readFeedNeeds(opts.needs));
}
