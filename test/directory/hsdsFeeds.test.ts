/**
 * Whole HSDS feeds: an organization with its services (organization_full.json), and the
 * paginated `GET /services` list of the HSDS 3.0 API (`contents` plus the `Page` header:
 * total_items, total_pages, page_number, size, first_page, last_page, empty; schema/openapi.json,
 * openreferral/specification tag v3.0), read page by page from a caller's fetch function.
 * Bad records are reported (index, id, code, issues) and counted, never dropped.
 */
import { standardsPath } from '../support/standards.js';
import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromHsdsOrganization, fromHsdsServicePage, readHsdsServicePages, toHsds, type HsdsServicePageRead } from '../../src/directory/index.js';
import { codeOf, errorOf } from '../support/errorOf.js';

const HSDS = standardsPath('hsds-3.0');
const organizationFull = (): any => JSON.parse(readFileSync(`${HSDS}/examples/organization_full.json`, 'utf8'));
const ORG = 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610';
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const service = (n: number) => ({ id: uuid(n), name: `Service ${String(n)}`, status: 'active', organization_id: ORG });

/** An HSDS `/services` page of `contents`, with the header as the HSDS 3.0 API defines it. */
function page(contents: unknown[], pageNumber: number, totalPages: number, totalItems: number, size = contents.length) {
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: pageNumber,
    size,
    first_page: pageNumber === 1,
    last_page: pageNumber === totalPages,
    empty: totalItems === 0,
    contents,
  };
}

async function readAll(pages: AsyncIterable<HsdsServicePageRead>): Promise<HsdsServicePageRead[]> {
  const out: HsdsServicePageRead[] = [];
  for await (const p of pages) out.push(p);
  return out;
}

describe('fromHsdsOrganization', () => {
  it('reads organization_full.json: the organisation, its fields and its services, each writing back exactly', () => {
    const organization = organizationFull();
    const read = fromHsdsOrganization(organization);
    expect(read.excluded).toBe(0);
    expect(read.invalid).toEqual([]);
    expect(read.organization.id).toBe(organization.id);
    expect(read.organization.name).toBe(organization.name);
    const rest = Object.fromEntries(Object.entries(organization).filter(([key]) => !['id', 'name', 'services'].includes(key)));
    expect(read.organization.hsds).toEqual(rest);
    expect(read.services.map((s) => toHsds(s))).toEqual(organization.services);
  });

  it('reports and counts each bad service, and a repeated id, never dropping one silently', () => {
    const read = fromHsdsOrganization(
      {
        id: ORG,
        name: 'Advice Centre',
        description: 'Advice',
        services: [service(1), { ...service(2), name: '' }, service(1), 'not a service', { ...service(3), status: 'open' }, service(4)],
      },
      { needs: ['money-and-debt'] },
    );
    expect(read.services.map((s) => [s.id, s.organization.id, s.needs])).toEqual([
      [uuid(1), ORG, ['money-and-debt']],
      [uuid(4), ORG, ['money-and-debt']],
    ]);
    expect(read.excluded).toBe(4);
    expect(read.invalid).toEqual([
      { index: 1, id: uuid(2), code: 'directory/invalid-hsds', issues: [{ path: ['name'], message: 'must not be empty' }] },
      { index: 2, id: uuid(1), code: 'directory/duplicate-service-id', issues: [{ path: ['id'], message: 'repeats the id of an earlier service' }] },
      { index: 3, id: null, code: 'directory/invalid-hsds', issues: [{ path: [], message: 'must be an object' }] },
      { index: 4, id: uuid(3), code: 'directory/invalid-hsds', issues: [{ path: ['status'], message: 'must be one of active, inactive, defunct, temporarily closed' }] },
    ]);
  });

  it('reads an organisation without services, and refuses what is not an organisation', () => {
    expect(fromHsdsOrganization({ id: ORG, name: 'Advice Centre' })).toEqual({ organization: { id: ORG, name: 'Advice Centre', hsds: {} }, services: [], invalid: [], excluded: 0 });
    expect(codeOf(() => fromHsdsOrganization({ id: ORG }))).toBe('directory/invalid-hsds');
    expect(codeOf(() => fromHsdsOrganization({ id: ORG, name: 'A', year_incorporated: Number.NaN }))).toBe('directory/invalid-hsds');
    expect(codeOf(() => fromHsdsOrganization({ id: ORG, name: 'A' }, { needs: ['gardening'] as never }))).toBe('directory/invalid-options');
    expect(codeOf(() => fromHsdsOrganization({ id: ORG, name: 'A' }, null as never))).toBe('directory/invalid-options');
  });
});

describe('fromHsdsServicePage', () => {
  it('reads the page header and each service', () => {
    const read = fromHsdsServicePage(page([service(1), { id: uuid(2) }], 2, 3, 5, 2));
    expect(read).toMatchObject({ pageNumber: 2, totalPages: 3, totalItems: 5, lastPage: false, empty: false, excluded: 1 });
    expect(read.services.map((s) => s.id)).toEqual([uuid(1)]);
    expect(read.invalid.map((r) => [r.index, r.id, r.code])).toEqual([[1, uuid(2), 'directory/invalid-hsds']]);
  });

  it('reads a page with no header, and refuses one without contents or with a bad header', () => {
    expect(fromHsdsServicePage({ contents: [] })).toEqual({ pageNumber: null, totalPages: null, totalItems: null, lastPage: null, empty: null, services: [], invalid: [], excluded: 0 });
    expect(codeOf(() => fromHsdsServicePage({ page_number: 1 }))).toBe('directory/invalid-hsds');
    expect(codeOf(() => fromHsdsServicePage({ contents: [], total_pages: -1 }))).toBe('directory/invalid-hsds');
    expect(codeOf(() => fromHsdsServicePage({ contents: [], last_page: 'yes' }))).toBe('directory/invalid-hsds');
    expect(codeOf(() => fromHsdsServicePage(null))).toBe('directory/invalid-hsds');
  });
});

describe('readHsdsServicePages', () => {
  it('fetches page after page until the last, asking for each by number', async () => {
    const asked: number[] = [];
    const pages = [page([service(1), service(2)], 1, 3, 5), page([service(3), service(4)], 2, 3, 5), page([service(5)], 3, 3, 5, 2)];
    const read = await readAll(
      readHsdsServicePages((n) => {
        asked.push(n);
        return Promise.resolve(pages[n - 1]);
      }),
    );
    expect(asked).toEqual([1, 2, 3]);
    expect(read.map((p) => [p.pageNumber, p.services.length, p.excluded])).toEqual([
      [1, 2, 0],
      [2, 2, 0],
      [3, 1, 0],
    ]);
  });

  it('stops at total_pages, at an empty result, at a page with no contents, or at last_page', async () => {
    const headerless = (contents: unknown[]) => ({ contents });
    const calls = async (fetch: (n: number) => unknown) => (await readAll(readHsdsServicePages(fetch))).length;
    expect(await calls((n) => ({ ...page([service(n)], n, 2, 2), last_page: false }))).toBe(2);
    expect(await calls(() => page([], 1, 0, 0))).toBe(1);
    expect(await calls((n) => headerless(n < 3 ? [service(n)] : []))).toBe(3);
    expect(await calls((n) => ({ contents: [service(n)], page_number: n, last_page: n === 4 }))).toBe(4);
  });

  it('counts from page 0 when asked, and reports a repeated id on a later page', async () => {
    const pages = [page([service(1)], 0, 2, 2), page([service(1)], 1, 2, 2)];
    const read = await readAll(readHsdsServicePages((n) => ({ ...pages[n], first_page: n === 0, last_page: n === 1 }), { firstPage: 0 }));
    expect(read.map((p) => [p.pageNumber, p.services.length, p.invalid.map((r) => [r.index, r.code])])).toEqual([
      [0, 1, []],
      [1, 0, [[0, 'directory/duplicate-service-id']]],
    ]);
  });

  it('refuses a page that is not the one asked for, a feed that does not end, and bad arguments', async () => {
    await expect(readAll(readHsdsServicePages(() => page([service(1)], 1, 3, 3)))).rejects.toMatchObject({
      code: 'directory/invalid-hsds',
      issues: [{ path: ['page_number'], message: 'must be the number of the page asked for' }],
    });
    await expect(readAll(readHsdsServicePages((n) => ({ contents: [service(n)] }), { maxPages: 3 }))).rejects.toMatchObject({
      code: 'directory/too-many-pages',
      issues: [{ path: ['maxPages'], message: 'the feed had not ended after 3 pages' }],
    });
    await expect(readAll(readHsdsServicePages(() => Promise.reject(new Error('offline'))))).rejects.toThrow('offline');
    await expect(
      readAll(
        readHsdsServicePages(() => {
          throw new Error('offline');
        }),
      ),
    ).rejects.toThrow('offline');
    expect(codeOf(() => readHsdsServicePages(null as never))).toBe('directory/invalid-options');
    expect(codeOf(() => readHsdsServicePages(() => ({ contents: [] }), { firstPage: 2 }))).toBe('directory/invalid-options');
    expect(codeOf(() => readHsdsServicePages(() => ({ contents: [] }), { maxPages: 0 }))).toBe('directory/invalid-options');
    expect(codeOf(() => readHsdsServicePages(() => ({ contents: [] }), { needs: ['gardening'] as never }))).toBe('directory/invalid-options');
  });

  it('pins the option errors and their boundaries', async () => {
    const none = () => ({ contents: [] });
    expect(errorOf(() => readHsdsServicePages(none, { firstPage: -1 }))).toEqual({ code: 'directory/invalid-options', issues: [{ path: ['firstPage'], message: 'must be a whole number from 0 to 1' }] });
    expect(errorOf(() => readHsdsServicePages(none, { firstPage: 0.5 }))).toEqual({ code: 'directory/invalid-options', issues: [{ path: ['firstPage'], message: 'must be a whole number from 0 to 1' }] });
    expect(errorOf(() => readHsdsServicePages(none, { maxPages: 1.5 }))).toEqual({
      code: 'directory/invalid-options',
      issues: [{ path: ['maxPages'], message: 'must be a whole number from 1 to 9007199254740991' }],
    });
    expect(errorOf(() => readHsdsServicePages(none, { needs: 'housing' as never }))).toEqual({ code: 'directory/invalid-options', issues: [{ path: ['needs'], message: 'must be an array of need categories' }] });
    expect(errorOf(() => readHsdsServicePages(none, { needs: ['housing', 'gardening'] as never }))).toEqual({ code: 'directory/invalid-options', issues: [{ path: ['needs', 1], message: 'must be a need category id' }] });
    expect(errorOf(() => readHsdsServicePages(none, 'all' as never))).toEqual({ code: 'directory/invalid-options', issues: [{ path: [], message: 'readHsdsServicePages takes an options object' }] });
    expect(errorOf(() => readHsdsServicePages('https://example.org' as never))).toEqual({
      code: 'directory/invalid-options',
      issues: [{ path: ['fetchPage'], message: 'must be a function that fetches a page by number' }],
    });
    expect(errorOf(() => fromHsdsServicePage({ contents: [] }, [] as never))).toEqual({ code: 'directory/invalid-options', issues: [{ path: [], message: 'fromHsdsServicePage takes an options object' }] });
    expect(errorOf(() => fromHsdsOrganization({ id: ORG, name: 'A' }, 1 as never))).toEqual({ code: 'directory/invalid-options', issues: [{ path: [], message: 'fromHsdsOrganization takes an options object' }] });
    // maxPages: 1 reads one page; a feed that goes on is then refused.
    expect((await readAll(readHsdsServicePages(() => page([service(1)], 1, 1, 1), { maxPages: 1 }))).length).toBe(1);
    await expect(readAll(readHsdsServicePages((n) => ({ contents: [service(n)], page_number: n }), { maxPages: 1 }))).rejects.toMatchObject({ code: 'directory/too-many-pages' });
    // Counting from 0, total_pages alone ends the feed after that many pages.
    const zeroBased = await readAll(readHsdsServicePages((n) => ({ contents: [service(n + 1)], page_number: n, total_pages: 3 }), { firstPage: 0 }));
    expect(zeroBased.map((p) => p.pageNumber)).toEqual([0, 1, 2]);
    // Needs given to the feed reach every service.
    const withNeeds = await readAll(readHsdsServicePages(() => page([service(1)], 1, 1, 1), { needs: ['housing'] }));
    expect(withNeeds[0]?.services[0]?.needs).toEqual(['housing']);
  });

  test.prop([fc.array(fc.boolean(), { maxLength: 25 }), fc.integer({ min: 1, max: 6 })], { numRuns: 40 })(
    'every record is either read or reported, exactly once, whatever the page size',
    async (good, size) => {
      const records = good.map((ok, i) => (ok ? service(i + 1) : { id: uuid(i + 1), status: 'active' }));
      const totalPages = Math.max(1, Math.ceil(records.length / size));
      const pages = Array.from({ length: totalPages }, (_, i) => page(records.slice(i * size, (i + 1) * size), i + 1, totalPages, records.length, size));
      const read = await readAll(readHsdsServicePages((n) => pages[n - 1]));
      const seen = read.flatMap((p, i) => [...p.services.map((s) => s.id), ...p.invalid.map((r) => (r.index + i * size === Number.parseInt((r.id ?? '').slice(-12), 16) - 1 ? r.id : 'misplaced'))]);
      expect(seen.sort()).toEqual(records.map((r) => r.id).sort());
      expect(read.reduce((sum, p) => sum + p.excluded, 0)).toBe(good.filter((ok) => !ok).length);
    },
  );
});
