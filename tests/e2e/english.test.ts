/**
 * The English edition in Chromium: every English page type at both widths has one h1, lang="en",
 * its canonical URL, no axe violation and no request to another origin; the language switcher
 * leads to the Japanese counterpart; and the English search page, through its own Pagefind
 * bundle, puts the English Kamaishi release first for "Kamaishi workation".
 */
import { describe, expect, it } from 'vitest';
import { checkedEnglishPages, viewports, type ViewportName } from '../../src/lib/a11y-checks.ts';
import { servedSite } from '../helpers/served-site.ts';
import { axeFindings } from '../helpers/axe.ts';

const siteUrl = process.env.SITE_URL || 'https://pressroom.example.jp';
const foreign: string[] = [];

const site = servedSite();

const pages = Object.entries(checkedEnglishPages);

describe.each(Object.keys(viewports) as ViewportName[])(
  'English page types at the %s width',
  (viewportName) => {
    // Side by side, as in pages.test.ts; `expect` is the test's own, as Vitest requires of concurrent tests.
    it.concurrent.for(pages)(
      '%s (%s): lang="en", one h1, canonical, no axe violation',
      async ([, urlPath], { expect }) => {
        const context = await site.browser.newContext({ viewport: viewports[viewportName] });
        const page = await context.newPage();
        page.on('request', (r) => {
          if (!r.url().startsWith(`${site.server.origin}/`) && !r.url().startsWith('data:'))
            foreign.push(r.url());
        });
        const response = await page.goto(`${site.server.origin}${urlPath}`);
        expect(response?.status()).toBe(200);
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
        expect(await page.locator('h1').count()).toBe(1);
        expect((await page.title()).endsWith('Regional Press Room')).toBe(true);
        expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(
          new URL(urlPath, siteUrl).href,
        );
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);

        const found = await axeFindings(page);
        expect(found.violations).toEqual([]);
        expect(found.passes).toBeGreaterThan(10);
        await context.close();
      },
    );
  },
);

describe('the language switcher', () => {
  it('leads from an English release to its Japanese page and back', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}${checkedEnglishPages.release}`);
    await page.locator('.language-switch a').click();
    expect(new URL(page.url()).pathname).toBe('/releases/2026/soma-three-declarations/');
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await page.locator('.language-switch a').click();
    expect(new URL(page.url()).pathname).toBe(checkedEnglishPages.release);
    await page.close();
  });
});

describe('English search', () => {
  it('finds the English Kamaishi release first for "Kamaishi workation", on the search page itself', async () => {
    const page = await site.browser.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(`${site.server.origin}/`) && !r.url().startsWith('data:'))
        foreign.push(r.url());
    });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${site.server.origin}/en/search/?q=${encodeURIComponent('Kamaishi workation')}`);
    const first = page.locator('.pf-result-link').first();
    await first.waitFor({ timeout: 20_000 });
    expect(await first.getAttribute('href')).toBe('/en/releases/2020/kamaishi-jmam-workation-agreement/');
    expect(await first.textContent()).toBe('Kamaishi and JMAM sign a partnership agreement on workations');
    // Every result is an English page, from the English bundle; the Japanese index is not loaded.
    const hrefs = await page
      .locator('.pf-result-link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const h of hrefs) expect(h).toMatch(/^\/en\//);
    expect(requested.some((p) => p.startsWith('/en/pagefind/pagefind.en_'))).toBe(true);
    expect(requested.some((p) => p.startsWith('/pagefind/'))).toBe(false);
    await page.close();
  });

  it('keeps the query in the address as the reader types', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/en/search/`);
    await page.locator('pagefind-input input').fill('Soma');
    await page.waitForFunction(() => location.search === '?q=Soma', undefined, { timeout: 20_000 });
    await page.locator('.pf-result-link').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('.pf-result-link').first().getAttribute('href')).toBe(
      '/en/releases/2026/soma-three-declarations/',
    );
    await page.close();
  });
});

describe('requests', () => {
  it('never leave the origin on English pages', () => {
    expect(foreign).toEqual([]);
  });
});
