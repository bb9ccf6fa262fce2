/**
 * Every page type in Chromium, at desktop and phone widths: it loads with one h1, its title and
 * canonical URL; axe-core finds no WCAG A/AA violation; nothing is requested from another
 * origin. Screenshots go to test-results/screenshots/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkedPages, viewports, type ViewportName } from '../../src/lib/a11y-checks.ts';
import { projectRoot } from '../helpers/astro-build.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/serve.ts';
import { axeFindings } from '../helpers/axe.ts';

const siteUrl = process.env.SITE_URL || 'https://pressroom.example.jp';
const screenshots = path.join(projectRoot, 'test-results/screenshots');

let browser: Browser;
let server: StaticServer;
const foreign: string[] = [];
let sameOrigin = 0;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  server = await serveDist(inject('distDir'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pages = Object.entries(checkedPages);

// The pages of one width are checked side by side (three at a time: `maxConcurrency` in
// vitest.config.ts), each in a browser context of its own: axe takes about two seconds of CPU a
// page, and checked one after the other this file was the last of the suite to end. `expect` is
// the test's own, as Vitest requires of concurrent tests.
describe.each(Object.keys(viewports) as ViewportName[])('every page type at the %s width', (viewportName) => {
  it.concurrent.for(pages)(
    '%s (%s): one h1, title, canonical, no axe violation',
    async ([type, urlPath], { expect }) => {
      const context = await browser.newContext({ viewport: viewports[viewportName] });
      const page = await context.newPage();
      page.on('request', (r) => {
        if (r.url().startsWith(`${server.origin}/`)) sameOrigin++;
        else if (!r.url().startsWith('data:')) foreign.push(`${urlPath}: ${r.url()}`);
      });
      const response = await page.goto(`${server.origin}${urlPath}`);
      expect(response?.status()).toBe(200);

      const h1 = page.locator('h1');
      expect(await h1.count()).toBe(1);
      const heading = (await h1.textContent())?.trim() ?? '';
      const title = await page.title();
      expect(title.endsWith('地域プレスルーム'), title).toBe(true);
      expect(title.startsWith(heading), `${title} should start with ${heading}`).toBe(true);
      // count() does not wait; getAttribute() would wait 30 s for an element the 404 page lacks.
      const canonical = page.locator('link[rel=canonical]');
      if (type === 'notFound') expect(await canonical.count()).toBe(0);
      else expect(await canonical.getAttribute('href')).toBe(new URL(urlPath, siteUrl).href);

      // Responsive: nothing but a table's own scroll box is wider than the screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      const found = await axeFindings(page);
      expect(found.violations).toEqual([]);
      // axe ran its rules: a silent no-op would also report no violations.
      expect(found.passes).toBeGreaterThan(10);

      await page.screenshot({ path: path.join(screenshots, `${type}-${viewportName}.png`), fullPage: true });
      await context.close();
    },
  );
});

describe('print', () => {
  it('prints a release without site navigation, with its contact block and link addresses', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${checkedPages.release}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header nav').isVisible()).toBe(false);
    expect(await page.locator('nav.breadcrumbs').isVisible()).toBe(false);
    expect(await page.locator('section.contacts').isVisible()).toBe(true);
    const after = await page
      .locator('dt:text-is("元の報道発表") + dd a')
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('https://work-life-b.co.jp/');
    await page.close();
  });
});

describe('requests', () => {
  it('never leave the origin on any page type', () => {
    expect(foreign).toEqual([]);
    // The listener saw the pages and their stylesheet.
    expect(sameOrigin).toBeGreaterThanOrEqual(pages.length * 2 * 2);
  });
});

describe('the axe check itself', () => {
  it('finds what a page gets wrong: a field without a label, an image without a text', async () => {
    const page = await browser.newPage();
    await page.setContent('<html lang="ja"><title>t</title><main><input><img src="data:,"></main></html>');
    const { violations } = await axeFindings(page);
    expect(violations.map((v) => v.id)).toEqual(expect.arrayContaining(['label', 'image-alt']));
    await page.close();
  });
});
