import { SocialPrescribingError } from '../core/index.js';
import { readServicePage, type HsdsServicePageRead } from './fromHsdsServicePage.js';
import { readFeedNeeds, type HsdsFeedOptions } from './hsdsFeed.js';
import { readOptions } from './validate.js';

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
        const page = readServicePage(await fetchPage(n), seen, needs);
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
