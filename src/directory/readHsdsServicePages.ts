import { issuesFromZod, SocialPrescribingError } from '../core/index.js';
import type { NeedCategory } from '../referrals/index.js';
import { readFeedNeeds, readHsdsServices, type HsdsFeedOptions, type HsdsFeedServices } from './fromHsdsOrganization.js';
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

/**
 * Options of {@link readHsdsServicePages}.
 *
 * @category HSDS
 */
export interface ReadHsdsServicePagesOptions extends HsdsFeedOptions {
  /** The number of the first page to fetch: 1 (the default, as the HSDS examples number pages) or 0. */
  readonly firstPage?: number;
  /** The most pages to fetch (10 000 unless set): a feed that has not ended by then throws `directory/too-many-pages`. */
  readonly maxPages?: number;
}

/**
 * A function that fetches page `pageNumber` of an HSDS `/services` list and returns
 * its parsed JSON (or a promise of it). The library does no network I/O itself.
 *
 * @category HSDS
 */
export type FetchHsdsPage = (pageNumber: number) => unknown;

/** A header count, or `null` when absent; JSON has one zero, so -0 is read as 0. */
function count(value: number | undefined): number | null {
  return value === undefined ? null : value + 0;
}

function pageOf(page: unknown, seen: Set<string>, needs: readonly NeedCategory[] | undefined): HsdsServicePageRead {
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
  return pageOf(page, new Set(), readFeedNeeds(opts.needs));
}

function readCount(value: unknown, fallback: number, min: number, max: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new SocialPrescribingError('directory/invalid-options', [{ path: [name], message: `must be a whole number from ${String(min)} to ${String(max)}` }]);
  }
  return value;
}

/**
 * Reads a paginated HSDS 3.0 API list of services (`GET /services?page=N`), page
 * by page, as an async iterable: it calls `fetchPage(n)` for each page number in
 * turn (the library does no network I/O) and yields each page read as
 * {@link fromHsdsServicePage} reads it, reporting and counting every bad record.
 * A service id repeated on a later page is reported as `directory/duplicate-service-id`.
 *
 * It stops after a page that says `last_page: true` or `empty: true`, whose
 * `page_number` reaches `total_pages`, or that has no `contents`. A page whose
 * `page_number` is not the one asked for throws (a server ignoring the `page`
 * parameter would otherwise repeat page 1 for ever).
 *
 * @param fetchPage - Fetches page `n` and returns its parsed JSON, or a promise of it.
 * @param options - Need categories to add to every service; the first page number; the most pages to fetch.
 * @returns An async iterable of pages read.
 * @throws {@link core!SocialPrescribingError} (when iterated) `directory/invalid-hsds` for a page without a
 * `contents` array, with a header field of the wrong type or another page's `page_number`;
 * `directory/too-many-pages` when the feed has not ended after `maxPages` pages; `directory/invalid-options`
 * (at the call) for a `fetchPage` that is not a function or bad options. An error `fetchPage` throws is passed on.
 * @see Open Referral HSDS 3.0 API reference, "Lists", and schema/openapi.json (`Page`, `/services`) (openreferral/specification, tag v3.0)
 * @category HSDS
 * @example
 * ```ts
 * import { readHsdsServicePages } from 'social-prescribing/directory';
 *
 * const service = (id: string) => ({ id, name: 'Money Matters', status: 'active', organization_id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610' });
 * const pages = [
 *   { total_items: 2, total_pages: 2, page_number: 1, size: 1, first_page: true, last_page: false, empty: false, contents: [service('ac148810-d857-441c-9679-408f346de14b')] },
 *   { total_items: 2, total_pages: 2, page_number: 2, size: 1, first_page: false, last_page: true, empty: false, contents: [service('5b2a4c1e-0c6f-4a53-9e34-2f3b0e4d9a10')] },
 * ];
 * const read = [];
 * for await (const page of readHsdsServicePages((n) => pages[n - 1])) read.push([page.pageNumber, page.services.length, page.excluded]);
 * read;
 * //=> [[1, 1, 0], [2, 1, 0]]
 * readHsdsServicePages('https://example.org/services' as never);
 * //=> throws 'directory/invalid-options'
 * ```
 */
export function readHsdsServicePages(fetchPage: FetchHsdsPage, options: ReadHsdsServicePagesOptions = {}): AsyncIterable<HsdsServicePageRead> {
  if (typeof fetchPage !== 'function') {
    throw new SocialPrescribingError('directory/invalid-options', [{ path: ['fetchPage'], message: 'must be a function that fetches a page by number' }]);
  }
  const opts = readOptions(options, 'readHsdsServicePages');
  const first = readCount(opts.firstPage, 1, 0, 1, 'firstPage');
  const maxPages = readCount(opts.maxPages, 10_000, 1, Number.MAX_SAFE_INTEGER, 'maxPages');
  const needs = readFeedNeeds(opts.needs);
  return {
    async *[Symbol.asyncIterator]() {
      const seen = new Set<string>();
      for (let n = first; n < first + maxPages; n++) {
        const page = pageOf(await fetchPage(n), seen, needs);
        if (page.pageNumber !== null && page.pageNumber !== n) {
          throw new SocialPrescribingError('directory/invalid-hsds', [{ path: ['page_number'], message: 'must be the number of the page asked for' }]);
        }
        yield page;
        const ended =
          page.lastPage === true ||
          (page.totalPages !== null && n - first + 1 >= page.totalPages) ||
          page.services.length + page.excluded === 0 ||
          page.empty === true;
        if (ended) return;
      }
      throw new SocialPrescribingError('directory/too-many-pages', [{ path: ['maxPages'], message: `the feed had not ended after ${String(maxPages)} pages` }]);
    },
  };
}
