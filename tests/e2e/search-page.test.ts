/**
 * The search page in Chromium, served with the site's own Content-Security-Policy header (no
 * inline script or style; same-origin files and WebAssembly only): Japanese labels, filters and
 * sort, the state in the URL (shareable, Back works), accessibility with results and an open
 * filter list, and the message and links shown without JavaScript.
 */
import * as cheerio from 'cheerio';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ja } from '../../src/i18n/ja.ts';
import { headerPolicy } from '../../src/lib/security/headers.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/serve.ts';
import { axeFindings } from '../helpers/axe.ts';

const dist = inject('distDir');
const csp = headerPolicy();
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDist(dist);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Watched {
  page: Page;
  problems: string[];
}

/** A page whose documents carry the CSP; collects CSP violations, page errors and off-origin requests. */
async function openPage(javaScriptEnabled = true): Promise<Watched> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const problems: string[] = [];
  await page.route('**/*', async (route) => {
    if (!route.request().url().startsWith(server.origin)) {
      problems.push(`off-origin request ${route.request().url()}`);
      return route.abort();
    }
    try {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      // On every response, as a server would send it.
      headers['content-security-policy'] = csp;
      await route.fulfill({ response, headers });
    } catch (error) {
      // A test that is done closes its context while a late request (a favicon, a chunk) may be
      // in flight; Playwright then rejects that request's handler. Anything else is a failure.
      if (!/disposed|has been closed/.test(String(error))) throw error;
    }
  });
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { page, problems };
}

// Searches run after a debounce: wait for the page to settle, however slow the machine.
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000 });
const resultTitles = (page: Page) => page.locator('#search-results .search-result-link').allTextContents();
const searchParams = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

describe('search page', () => {
  it('loads only same-origin script files: no inline script to allow', () => {
    const $ = cheerio.load(readFileSync(path.join(dist, 'search/index.html'), 'utf8'));
    const scripts = $('script').toArray();
    const executable = scripts.filter((s) =>
      ['', 'module', 'text/javascript'].includes($(s).attr('type') ?? ''),
    );
    // One: the page's bundle, which imports /pagefind/pagefind.js when the reader searches.
    expect(executable.length).toBe(1);
    for (const s of executable) expect($(s).attr('src'), $.html(s)).toMatch(/^\/_astro\//);
    expect(readFileSync(path.join(dist, $(executable[0]).attr('src')!), 'utf8')).toContain('/pagefind/pagefind.js');
  });

  it('restores a shared search from the URL and ranks with the site’s weights, under the CSP', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.origin}/search/?q=JMAM&type=${encodeURIComponent('組織')}`);
    await poll(() => resultTitles(page)).toContain('株式会社日本能率協会マネジメントセンター');
    expect((await resultTitles(page))[0]).toBe('株式会社日本能率協会マネジメントセンター');
    // Only organizations: the release and the agreement that mention JMAM are filtered out.
    expect(await page.locator('#search-results .search-result-meta').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('組織')]),
    );
    expect(await page.locator('#search-results').textContent()).not.toContain('報道発表　');
    expect(await page.locator('#search-q').inputValue()).toBe('JMAM');
    expect(await page.locator('#search-q').getAttribute('placeholder')).toBe(ja.search.ui.placeholder);
    expect(await page.locator('#search-status').textContent()).toContain('「JMAM」の検索結果');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('lists nothing before the reader asks, and lists a filter’s pages without a query', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.origin}/search/`);
    // Loaded and ready: the filter lists have their values.
    await page.locator('#search-filters summary').click();
    await poll(() => page.getByRole('checkbox', { name: /報道発表/ }).count()).toBeGreaterThan(0);
    // An empty search would list every indexed page, right after loading; none is shown, and
    // none comes later.
    await page.waitForTimeout(2000);
    expect(await page.locator('#search-results li').count()).toBe(0);

    await page.goto(`${server.origin}/search/?city=${encodeURIComponent('相馬市')}`);
    await poll(() => resultTitles(page)).toContain(
      '相馬市がワーク・ライフバランスの3宣言に賛同　働き方改革で「選ばれる地域」を目指す',
    );
    await poll(() => resultTitles(page)).not.toContain(
      '釜石市とJMAM、ワーケーション事業で包括連携協定を締結',
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps query, filters and sort in the URL, and Back returns to the previous search', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.origin}/search/`);
    await page.locator('#search-q').fill('働き方改革');
    await poll(() => searchParams(page)).toEqual({ q: '働き方改革' });
    await poll(() => resultTitles(page)).toContain('働き方改革加速宣言');

    await page.locator('#search-filters summary').click();
    await page
      .getByRole('group', { name: ja.search.filters.kind })
      .getByRole('checkbox', { name: /報道発表/ })
      .check();
    await poll(() => searchParams(page)).toEqual({ q: '働き方改革', type: '報道発表' });
    await poll(() => resultTitles(page)).not.toContain('働き方改革加速宣言');

    await page.locator('#search-sort').selectOption('newest');
    await poll(() => searchParams(page)).toEqual({ q: '働き方改革', type: '報道発表', sort: 'newest' });
    await poll(() => resultTitles(page)).toEqual([
      '相馬市がワーク・ライフバランスの3宣言に賛同　働き方改革で「選ばれる地域」を目指す',
      '釜石市とJMAM、ワーケーション事業で包括連携協定を締結',
    ]);

    await page.goBack();
    await poll(() => searchParams(page)).toEqual({ q: '働き方改革', type: '報道発表' });
    expect(await page.locator('#search-sort').inputValue()).toBe('relevance');
    await page.goBack();
    await poll(() => searchParams(page)).toEqual({ q: '働き方改革' });
    await poll(() => resultTitles(page)).toContain('働き方改革加速宣言');
    expect(await page.locator('#search-q').inputValue()).toBe('働き方改革');
    // The filter shown matches the URL again.
    expect(
      await page
        .getByRole('group', { name: ja.search.filters.kind })
        .getByRole('checkbox', { name: /報道発表/ })
        .isChecked(),
    ).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('passes axe with results shown and a filter list open, and the list works from the keyboard', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('働き方改革')}`);
    await poll(() => resultTitles(page)).toContain('働き方改革加速宣言');
    // From the keyboard alone: Tab from the search box to the sort, then to 絞り込み, open it,
    // Tab to the first 市区町村 and tick it with Space.
    await page.locator('#search-q').focus();
    await page.keyboard.press('Tab'); // the search button
    await page.keyboard.press('Tab'); // the sort
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-filters-summary');
    await page.keyboard.press('Enter');
    const city = page.getByRole('group', { name: ja.search.filters.city, exact: true });
    await poll(() => city.getByRole('checkbox').count()).toBeGreaterThan(1);
    await city.getByRole('checkbox').first().focus();
    await page.keyboard.press('Space');
    await poll(() => Object.keys(searchParams(page))).toEqual(['q', 'city']);
    // The summary says how many are chosen, in Japanese, and the live region the new count.
    await poll(() => page.locator('#search-filters summary').textContent()).toBe(
      ja.search.ui.filtersSelected(1),
    );
    await poll(() => page.locator('#search-status').textContent()).toMatch(/^「働き方改革」の検索結果 \d+ 件$/);
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
    const found = await axeFindings(page);
    expect(found.violations).toEqual([]);
    expect(found.passes).toBeGreaterThan(10);
    // Enter on 絞り込み closes it again.
    await page.locator('#search-filters summary').focus();
    await page.keyboard.press('Enter');
    await poll(() => city.isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript says so and links to the browsable indexes', async () => {
    const { page } = await openPage(false);
    await page.goto(`${server.origin}/search/`);
    await poll(() => page.locator('main').innerText()).toContain(ja.search.noScript);
    for (const c of ['releases', 'cities', 'agreements', 'declarations', 'organizations', 'topics'] as const)
      expect(await page.locator(`main a[href="/${c}/"]`).count(), c).toBe(1);
    expect(await page.locator('#search-sort-control').isVisible()).toBe(false);
    await page.context().close();
  });
});
