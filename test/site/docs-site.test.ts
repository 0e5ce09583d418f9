/**
 * Opens the built TypeDoc site in headless Chromium: every guide loads without
 * console errors and the search box finds `planCaseload`. Runs only where
 * /usr/bin/chromium exists and `npm run docs` has built docs-site/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const chromium = '/usr/bin/chromium';
const site = resolve(import.meta.dirname, '../../docs-site');
const reason = !existsSync(chromium)
  ? `skipped: ${chromium} is not installed (apt-get install chromium to run it)`
  : !existsSync(join(site, 'index.html'))
    ? 'skipped: docs-site/ is not built (npm run docs)'
    : null;
if (reason !== null) console.log(`docs-site browser test ${reason}`);

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

  const guides = reason === null ? readdirSync(join(site, 'documents')).filter((f) => f.endsWith('.html')) : [];

  it('has guide pages', () => {
    expect(guides.length).toBeGreaterThan(0);
  });

  it.each(guides)('%s loads without console errors', async (guide) => {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    // The site has no favicon; the browser's automatic request for one is not the site's error.
    await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
    const response = await page.goto(url(`documents/${guide}`));
    expect(response?.ok() ?? true).toBe(true);
    await page.waitForLoadState('load');
    expect(await page.locator('h1').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the search box finds planCaseload', async () => {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url('index.html'));
    await page.click('#tsd-search-trigger');
    await page.fill('#tsd-search-input', 'planCaseload');
    const result = page.locator('#tsd-search-results li', { hasText: 'planCaseload' });
    await result.first().waitFor({ timeout: 15_000 });
    expect(await result.count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
