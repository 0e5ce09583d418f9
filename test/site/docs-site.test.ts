/**
 * The built documentation site, as a reader gets it.
 *
 * Without a browser (wherever `npm run docs` has built docs-site/): no link points to a host made
 * from a word such as a file name (`http://DOMAIN.md`, `http://GOV.UK`), and no link shows raw
 * reference text (`referrals!Referral`) instead of the symbol's name.
 *
 * In headless Chromium at 1,400 px (only where /usr/bin/chromium exists: `apt-get install -y
 * chromium`): every guide loads without console errors; the guides that answer a question open
 * with its picture (before their first section) and every picture loads, with no raw Mermaid
 * left; the sidebar lists the guides in reading order; the content column is wide and nothing
 * overflows the page; the search box finds API names and guide text ("spreadsheet",
 * "bank holiday"). With SITE_SCREENSHOTS=1, a screenshot of the top of each guide goes to
 * .cache/site-screenshots/ (git-ignored) for review.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const chromium = '/usr/bin/chromium';
const root = resolve(import.meta.dirname, '../..');
const site = join(root, 'docs-site');
const screenshots = join(root, '.cache/site-screenshots');
const built = existsSync(join(site, 'index.html'));
/** Screenshots are for a person to review, not a check: SITE_SCREENSHOTS=1 takes them. */
const SCREENSHOTS = process.env['SITE_SCREENSHOTS'] === '1';
const reason = !existsSync(chromium)
  ? `skipped: ${chromium} is not installed (apt-get install -y chromium to run it)`
  : !built
    ? 'skipped: docs-site/ is not built (npm run docs)'
    : null;
if (reason !== null) console.log(`docs-site browser test ${reason}`);

/** The pictures each guide opens with (files in docs/images/, copied to docs-site/media/). */
const OPENING_PICTURES: Readonly<Record<string, readonly string[]>> = {
  'Caseload_planning.html': ['caseload-icb-plan.svg'],
  'Eligibility.html': ['eligibility-decision-tree.svg', 'eligibility-screening.svg'],
  'Referrals_and_contacts.html': ['referrals-lifecycle.svg'],
  'Supervision.html': ['supervision-year.svg'],
  'Community_service_directory.html': ['directory-gaps.svg'],
  'Outcomes_and_synthetic_data.html': ['outcomes-engagement.svg'],
  'Charts_for_slides.html': ['charts-engagement.png'],
  'Using_it_from_a_notebook_or_tsx.html': ['outcomes-engagement.svg'],
  'Working_calendar.html': ['calendar-working-days.svg'],
};

/** A link whose host is a word that only looks like a domain: a file name, or capitals such as GOV.UK. */
const BOGUS_HOST = /^https?:\/\/(?:[^/?#]*[A-Z][^/?#]*|[^/?#]+\.(?:md|ts|mts|js|mjs|json|csv))(?:[/?#]|$)/;
/** Link text that is a raw declaration reference (`referrals!Referral`, `core!SocialPrescribingError`). */
const RAW_REFERENCE = /^[\w@/.-]+![\w.#]+$/;

/** Every HTML file of the site. */
function pages(dir = site): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? pages(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

/** The titles of the guides in the order of typedoc.config.mjs, from their front matter. */
async function guideTitlesInOrder(): Promise<string[]> {
  const configFile = join(root, 'typedoc.config.mjs');
  const { default: config } = (await import(configFile)) as { default: { projectDocuments: string[] } };
  return config.projectDocuments.map((path) => /^title: (.+)$/m.exec(readFileSync(join(root, path), 'utf8'))?.[1]?.trim() ?? path);
}

describe.skipIf(!built)('the built site, read as files', () => {
  const all = built ? pages() : [];

  it('has no link to a host made from a file name or a capitalised word', () => {
    const bad = all.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<a [^>]*href="([^"]*)"/g)].flatMap((m) => (BOGUS_HOST.test(m[1]!) ? [`${relative(site, file)}: ${m[1]}`] : [])),
    );
    expect(bad).toEqual([]);
  });

  it('shows no raw reference text such as referrals!Referral as link text', () => {
    const bad = all.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<a [^>]*>([^<]*)<\/a>/g)].flatMap((m) => (RAW_REFERENCE.test(m[1]!.trim()) ? [`${relative(site, file)}: ${m[1]}`] : [])),
    );
    expect(bad).toEqual([]);
  });

  it('catches both mistakes when they are there', () => {
    expect(['http://DOMAIN.md', 'http://GOV.UK', 'http://DESIGN.md/', 'https://www.gov.uk/bank-holidays'].map((href) => BOGUS_HOST.test(href))).toEqual([true, true, true, false]);
    expect(['referrals!Referral', 'core!SocialPrescribingError', 'Referral', 'Wow!'].map((text) => RAW_REFERENCE.test(text))).toEqual([true, true, false, false]);
  });
});

/** What a guide page shows, measured in the browser by {@link MEASURE}. */
interface Measured {
  readonly images: readonly { file: string; loaded: boolean; beforeFirstSection: boolean }[];
  readonly mermaid: number;
  readonly column: number;
  readonly overflow: number;
}

/**
 * Runs in the page (a string: the tests are type-checked without the DOM's types): each picture
 * of the content with whether it loaded and comes before the first section, raw Mermaid left,
 * the content column's width and how far the page overflows the window sideways.
 */
const MEASURE = `(() => {
  const content = document.querySelector('.col-content');
  const images = [...content.querySelectorAll('img')];
  const firstSection = content.querySelector('.tsd-typography h2');
  return {
    images: images.map((img) => ({
      file: (img.getAttribute('src') || '').split('/').pop() || '',
      loaded: img.complete && img.naturalWidth > 0,
      beforeFirstSection: firstSection === null || (img.compareDocumentPosition(firstSection) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    })),
    mermaid: content.querySelectorAll('code.mermaid').length + (/stateDiagram|flowchart (TD|LR)|graph (TD|LR)/.test(content.textContent || '') ? 1 : 0),
    column: content.getBoundingClientRect().width,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
  };
})()`;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Serves docs-site/ over http on loopback: file: URLs are opaque origins, which block the site's SVG icons. */
function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(site) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

describe.skipIf(reason !== null)('the documentation site in a real browser', () => {
  let browser: import('playwright-core').Browser | undefined;
  let server: Server | undefined;
  const url = (path: string) => `http://127.0.0.1:${(server!.address() as AddressInfo).port}/${path}`;

  beforeAll(async () => {
    server = await serve();
    if (SCREENSHOTS) mkdirSync(screenshots, { recursive: true });
    const { chromium: launcher } = await import('playwright-core');
    // Playwright gives the browser a fresh, empty profile of its own.
    browser = await launcher.launch({
      headless: true,
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  let shared: import('playwright-core').Page | undefined;
  let errors: string[] = [];

  /**
   * Opens `path` in one page 1,400 px wide, reused from test to test (a new page costs more than a
   * navigation), and starts a new list of its console errors. The site has no favicon: the
   * browser's request for one is not the site's error.
   */
  async function open(path: string): Promise<import('playwright-core').Page> {
    if (shared === undefined) {
      shared = await browser!.newPage({ viewport: { width: 1400, height: 1000 } });
      shared.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      shared.on('pageerror', (error) => errors.push(error.message));
      await shared.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
    }
    errors = [];
    const response = await shared.goto(url(path));
    expect(response?.ok() ?? true).toBe(true);
    await shared.waitForLoadState('load');
    return shared;
  }

  const guides = reason === null ? readdirSync(join(site, 'documents')).filter((f) => f.endsWith('.html')) : [];

  it('has guide pages, every picture guide among them', () => {
    expect(guides).toEqual(expect.arrayContaining(Object.keys(OPENING_PICTURES)));
  });

  it.each(guides)('%s loads, its pictures render, no raw Mermaid is left, the column is wide and nothing overflows', async (guide) => {
    const page = await open(`documents/${guide}`);
    expect(await page.locator('h1').count()).toBeGreaterThan(0);
    const seen = await page.evaluate<Measured>(MEASURE);
    if (SCREENSHOTS) await page.screenshot({ path: join(screenshots, guide.replace(/\.html$/, '.png')) });
    expect(seen.images.filter((image) => !image.loaded)).toEqual([]);
    const opening = seen.images.filter((image) => image.beforeFirstSection).map((image) => image.file);
    expect(opening).toEqual(expect.arrayContaining([...(OPENING_PICTURES[guide] ?? [])]));
    expect(seen.mermaid).toBe(0);
    // The theme gave the content about 640 px of a 1,400 px window; docs/site.css widens it.
    expect(seen.column).toBeGreaterThanOrEqual(850);
    expect(seen.overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  it('lists the guides in the sidebar in reading order, Getting started first', async () => {
    const page = await open('index.html');
    await page.locator('.site-menu a[href*="documents/"]').first().waitFor({ timeout: 15_000 });
    const listed = (await page.locator('.site-menu a[href*="documents/"]').allTextContents()).map((text) => text.trim());
    expect(listed).toEqual(await guideTitlesInOrder());
    expect(errors).toEqual([]);
  });

  it.each([
    ['planCaseload', 'functions/caseload.planCaseload.html'],
    ['spreadsheet', 'documents/'],
    ['bank holiday', 'documents/'],
  ])('the search box finds %s', async (query, target) => {
    // The home page is already open (the sidebar test): a new query in the same box needs no reload.
    const page = shared?.url().endsWith('/index.html') === true ? shared : await open('index.html');
    errors = [];
    if (!(await page.locator('#tsd-search-input').isVisible())) await page.click('#tsd-search-trigger');
    // An empty box empties the results, so none of the last query's results can pass for this one's.
    await page.fill('#tsd-search-input', '');
    await page.locator('#tsd-search-results li a').first().waitFor({ state: 'detached', timeout: 15_000 });
    await page.fill('#tsd-search-input', query);
    const result = page.locator(`#tsd-search-results li a[href*="${target}"]`);
    await result.first().waitFor({ timeout: 15_000 });
    expect(await result.count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
