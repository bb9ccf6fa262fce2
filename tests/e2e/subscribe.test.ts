/**
 * Subscribing and adding to a calendar, in Chromium, behind the real nginx with the site's headers
 * (CSP, nosniff): a journalist subscribes to exactly one city's feed in one step from the city's
 * page; a reader adds one event in one step from its release; a feed opened in a browser is a
 * Japanese page on how to subscribe, with no CSP violation of the site's own making.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { startNginx, type NginxServer } from '../helpers/nginx.ts';
import { axeFindings } from '../helpers/axe.ts';

const dist = inject('distDir');
const sohmaRelease = '/releases/2026/soma-three-declarations/';

let server: NginxServer;
let browser: Browser;

beforeAll(async () => {
  server = await startNginx(dist);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Violation {
  directive: string;
  /** The element the violation is reported on (Chromium's XSLT warning banner is not ours). */
  target: string;
}

/** Opens a page at 360 px (a phone) recording CSP violations with the element they concern. */
async function open(urlPath: string): Promise<{ page: Page; violations: () => Promise<Violation[]> }> {
  // A context of its own per page: axe-core's Playwright driver needs one.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: { directive: string; target: string }[] };
    w.__violations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        w.__violations.push({
          directive: e.violatedDirective,
          target: e.target instanceof Element ? e.target.localName : String(e.target),
        }),
      true,
    );
  });
  const res = await page.goto(`${server.origin}${urlPath}`);
  expect(res?.status(), urlPath).toBe(200);
  return {
    page,
    violations: () => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations),
  };
}

/**
 * Chromium 156 marks XSLT as deprecated by inserting its own <xslt-warning-banner>, whose inline
 * style and handler the site's CSP blocks. Those violations are the browser's, not the page's;
 * any other is a failure.
 */
const ours = (v: Violation[]) => v.filter((x) => x.target !== 'xslt-warning-banner');

describe('a feed opened in a browser', () => {
  it('is a Japanese page that says how to subscribe, styled by the site, under the CSP', async () => {
    const { page, violations } = await open('/feeds/cities/soma.xml');
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await page.locator('h1').textContent()).toBe('相馬市に関する報道発表｜地域プレスルーム');
    expect(await page.locator('#how').textContent()).toBe('このフィードを購読するには');
    // The address to copy is the feed's own.
    expect(await page.locator('.address code').textContent()).toBe(
      'https://pressroom.example.jp/feeds/cities/soma.xml',
    );
    // The newest releases, linked, dated with the weekday like every page of the site.
    const item = page.locator('.items li').first();
    expect(await item.locator('a').getAttribute('href')).toBe(`https://pressroom.example.jp${sohmaRelease}`);
    expect(await item.locator('time').textContent()).toBe('2026年6月16日（火）');
    // /feeds/feed.css applied: the subscribe box has its grey background.
    expect(await page.locator('.subscribe').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(242, 242, 242)',
    );
    // No script, no inline style of ours.
    expect(await page.locator('main script, main [style]').count()).toBe(0);
    expect(ours(await violations())).toEqual([]);
    // As accessible as the site's pages; Chromium's own deprecation banner is not the page's.
    const found = await axeFindings(page, { exclude: 'xslt-warning-banner' });
    expect(found.violations).toEqual([]);
    expect(found.passes).toBeGreaterThan(10);
    // Nothing wider than a phone's screen: a long feed address wraps.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('says so when a feed has no release yet', async () => {
    const { page, violations } = await open('/feeds/cities/myoko.xml');
    expect(await page.locator('.items').count()).toBe(0);
    expect(await page.locator('#items').locator('xpath=..').textContent()).toContain(
      'この範囲の報道発表はまだありません。',
    );
    expect(ours(await violations())).toEqual([]);
    await page.context().close();
  });
});

describe('journeys in one step', () => {
  it('journalist: subscribes to exactly one city’s feed from the city page', async () => {
    const { page } = await open('/cities/soma/');
    // The link is right under the heading: within the first screen of a phone.
    const link = page.locator('.feeds-top a[type="application/rss+xml"]');
    expect(await link.count()).toBe(1);
    const box = await link.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(740);
    await Promise.all([page.waitForURL(/\/feeds\/cities\/soma\.xml$/), link.click()]);
    expect(await page.locator('h1').textContent()).toBe('相馬市に関する報道発表｜地域プレスルーム');
    // What a feed reader gets at that address: the Soma city feed, and only Soma's releases.
    const feed = parseFeed(await (await fetch(page.url())).text());
    expect(feed.self).toBe('https://pressroom.example.jp/feeds/cities/soma.xml');
    expect(feed.items.map((i) => i.url)).toEqual([`https://pressroom.example.jp${sohmaRelease}`]);
    await page.context().close();
  });

  it('reader: adds the 24 June lecture alone to a calendar from its release', async () => {
    const { page } = await open(sohmaRelease);
    const event = page.locator('#event-2');
    expect(await event.locator('h3').textContent()).toContain('キックオフ講演会');
    // The page says what it does not know, in place of a guessed time or venue.
    expect(await event.locator('.event-notice').textContent()).toBe('時間・会場は発表元でご確認ください');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      event.getByRole('link', { name: 'カレンダーアプリに追加（.ics）' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(events.length).toBe(1);
    expect(events[0]?.summary).toMatch(/^キックオフ講演会・パネルディスカッション/);
    expect(events[0]?.startDate.toString()).toBe('2026-06-24');
    expect(events[0]?.uid).toBe('2026/soma-three-declarations/events/2026-06-24@pressroom.example.jp');
    // The other two ways to add it, as plain links: webcal: and Google Calendar's template.
    expect(
      await event.getByRole('link', { name: 'カレンダーアプリで開く（webcal）' }).getAttribute('href'),
    ).toBe('webcal://pressroom.example.jp/calendar/events/2026/soma-three-declarations/2026-06-24.ics');
    const google = new URL(
      (await event.getByRole('link', { name: /^Googleカレンダーに追加/ }).getAttribute('href'))!,
    );
    expect(google.searchParams.get('dates')).toBe('20260624/20260625');
    await page.context().close();
  });
});
