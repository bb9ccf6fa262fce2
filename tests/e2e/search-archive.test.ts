/**
 * Older releases searched on demand (issue 11), in Chromium on the real search page of the
 * generated 1,000-release archive (tests/helpers/scale-site.ts), whose index has a recent part
 * (2023–2026) and three archive parts: the first search loads only the recent part; a word found
 * only in a 2014 release is found once the reader asks for older releases (by the box or from the
 * empty state), and the choice is kept in the URL; 新しい順 over the merged parts is in date order;
 * the filter counts follow; axe finds nothing, under the site's CSP.
 */
import * as cheerio from 'cheerio';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { jaSearch } from '../../src/i18n/ja-search.ts';
import { dayInJapan } from '../../src/lib/japan-time.ts';
import { headerPolicy } from '../../src/lib/security/headers.ts';
import type { BuildResult } from '../helpers/astro-build.ts';
import { launchChromium } from '../helpers/browser.ts';
import { probeIds, probeWords, scaleContent, scaleSite } from '../helpers/scale-site.ts';
import { serveDist, type StaticServer } from '../helpers/serve.ts';
import { axeFindings } from '../helpers/axe.ts';

const ui = jaSearch.ui;
const content = scaleContent();
const csp = headerPolicy();
let build: BuildResult;
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  build = scaleSite(content);
  if (build.status !== 0) throw new Error(`build failed:\n${build.output.slice(-3000)}`);
  server = await serveDist(build.outDir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The probe releases' URLs and published days, from their files. */
const probes = probeIds.map((id) => {
  const text = readFileSync(path.join(content, 'releases', `${id}.md`), 'utf8');
  const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { published: string };
  return {
    url: `/releases/${id}/`,
    day: dayInJapan(data.published.length > 10 ? new Date(data.published) : data.published),
  };
});
const oldOnly = probes.at(-1)!;
const spread = probes.slice(0, -1);

interface Watched {
  page: Page;
  /** Paths the page requested, in order. */
  requests: string[];
  problems: string[];
}

/** A page served with the site's CSP header; records requests, CSP reports and page errors. */
async function openPage(): Promise<Watched> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(server.origin)) {
      problems.push(`off-origin request ${url}`);
      return route.abort();
    }
    requests.push(new URL(url).pathname);
    try {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    } catch (error) {
      if (!/disposed|has been closed/.test(String(error))) throw error;
    }
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { page, requests, problems };
}

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 60_000 });
const status = (page: Page) => page.locator('#search-status').textContent();
const resultUrls = (page: Page) =>
  page
    .locator('#search-results .search-result-link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);
const archiveRequests = (requests: string[]) => requests.filter((r) => r.startsWith('/pagefind-archive-'));

/** The archive's parts and newest year, as the built page hands them to its script. */
function offered() {
  const $ = cheerio.load(readFileSync(path.join(build.outDir, 'search/index.html'), 'utf8'));
  const box = $('#search-archive');
  return {
    parts: JSON.parse(box.attr('data-parts') ?? '[]') as { path: string; from: number; to: number }[],
    year: Number(box.attr('data-year')),
    label: $('label[for="search-archive"]').text(),
  };
}

async function typeQuery(page: Page, q: string) {
  const input = page.getByRole('searchbox', { name: ui.searchLabel });
  await input.click();
  await input.pressSequentially(q, { delay: 20 });
}

describe('the search page of an archive with older parts', () => {
  it('offers the older releases by the parts the build wrote, and the real site offers none', () => {
    const { parts, year, label } = offered();
    const written = readdirSync(build.outDir)
      .filter((d) => d.startsWith('pagefind-archive-'))
      .map((d) => `/${d}/`)
      .sort();
    expect(parts.map((p) => p.path).sort()).toEqual(written);
    expect(written.length).toBeGreaterThanOrEqual(2);
    for (const p of parts)
      expect(existsSync(path.join(build.outDir, p.path, 'pagefind.js')), p.path).toBe(true);
    // The recent part starts with 2023 (300 releases at most: 2023–2026 of the generated archive).
    expect(year).toBe(2022);
    expect(parts[0]!.to).toBe(2022);
    expect(label).toBe('2022年以前の報道発表も検索する');
    // The real site's two releases fit the recent part: no control, no archive folder.
    const real = inject('distDir');
    expect(readFileSync(path.join(real, 'search/index.html'), 'utf8')).not.toContain('search-archive');
    expect(readdirSync(real).filter((d) => d.startsWith('pagefind-archive-'))).toEqual([]);
  });

  it('searches the recent part only at first: a word of a 2014 release is not found, and the page says where else to look', async () => {
    const { page, requests, problems } = await openPage();
    await page.goto(`${server.origin}/search/`);
    expect(await page.getByRole('checkbox', { name: ui.archiveLabel(2022) }).isChecked()).toBe(false);
    await typeQuery(page, probeWords.oldOnly);
    await poll(() => status(page)).toBe(ui.zero(probeWords.oldOnly));
    // The recent part was searched, and nothing else was loaded.
    expect(requests.some((r) => r.startsWith('/pagefind/') && r.endsWith('.pf_index'))).toBe(true);
    expect(archiveRequests(requests)).toEqual([]);
    const hint = page.locator('#search-empty .search-try-archive');
    expect(await hint.textContent()).toContain(ui.tryArchive(2022));
    expect(await hint.getByRole('button', { name: ui.archiveLabel(2022) }).isVisible()).toBe(true);
    expect(params(page)).toEqual({ q: probeWords.oldOnly });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('finds it once the box is ticked from the keyboard, keeps archive=1 in the URL, and a reload or Back restores the choice', async () => {
    const { page, requests, problems } = await openPage();
    await page.goto(`${server.origin}/search/`);
    await typeQuery(page, probeWords.oldOnly);
    await poll(() => status(page)).toBe(ui.zero(probeWords.oldOnly));
    await page.locator('#search-archive').focus();
    await page.keyboard.press('Space');
    await poll(() => status(page)).toBe(
      `「${probeWords.oldOnly}」の検索結果 1 件${ui.archiveIncluded(2022)}`,
    );
    expect(await resultUrls(page)).toEqual([oldOnly.url]);
    expect(params(page)).toEqual({ q: probeWords.oldOnly, archive: '1' });
    // Every archive part was merged, each once.
    for (const p of offered().parts)
      expect(
        requests.filter((r) => r === `${p.path}pagefind-entry.json`),
        p.path,
      ).toHaveLength(1);
    expect(await page.locator('#search-empty').textContent()).toBe('');

    await page.reload();
    await poll(() => resultUrls(page)).toEqual([oldOnly.url]);
    expect(await page.locator('#search-archive').isChecked()).toBe(true);
    expect(await status(page)).toContain(ui.archiveIncluded(2022));

    // Ticking it was a step of its own: Back returns to the search without older releases.
    await page.goBack();
    await poll(() => status(page)).toBe(ui.zero(probeWords.oldOnly));
    expect(await page.locator('#search-archive').isChecked()).toBe(false);
    expect(params(page)).toEqual({ q: probeWords.oldOnly });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('turns the older releases on from the empty state’s button, and focus goes to the box', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(probeWords.oldOnly)}`);
    const button = page.locator('#search-empty').getByRole('button', { name: ui.archiveLabel(2022) });
    await button.click();
    await poll(() => resultUrls(page)).toEqual([oldOnly.url]);
    expect(await page.locator('#search-archive').isChecked()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-archive');
    expect(params(page)).toEqual({ q: probeWords.oldOnly, archive: '1' });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('lists merged results newest first by date, across the parts, when sorted 新しい順', async () => {
    const { page, problems } = await openPage();
    const newestFirst = spread.toSorted((a, b) => b.day.localeCompare(a.day)).map((p) => p.url);
    // The probes are one per part, in different years.
    expect(new Set(spread.map((p) => p.day.slice(0, 4))).size).toBe(spread.length);
    await page.goto(
      `${server.origin}/search/?q=${encodeURIComponent(probeWords.spread)}&sort=newest&archive=1`,
    );
    await poll(() => resultUrls(page)).toEqual(newestFirst);
    // Without the archive (the box unticked after it was merged): the recent part's one.
    await page.locator('#search-archive').uncheck();
    await poll(() => resultUrls(page)).toEqual([spread[0]!.url]);
    await page.locator('#search-archive').check();
    await poll(() => resultUrls(page)).toEqual(newestFirst);
    // Relevance: the same results, in Pagefind's order.
    await page.locator('#search-sort').selectOption('relevance');
    await poll(async () => (await resultUrls(page)).toSorted()).toEqual(newestFirst.toSorted());
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps 新しい順 in date order over every part and the undated entries, page after page (さらに表示)', async () => {
    const { page, problems } = await openPage();
    // Everything about the smallest town: its releases and events of every year, and undated
    // entries (the town, its organizations).
    const town = '緑川町';
    await page.goto(`${server.origin}/search/?city=${encodeURIComponent(town)}&sort=newest&archive=1`);
    await poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(0);
    const more = page.locator('#search-more');
    while (await more.isVisible()) {
      const before = await page.locator('#search-results > li').count();
      await more.click();
      await poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(before);
    }
    const shown = await page.locator('#search-results > li').count();
    expect(await status(page)).toBe(`絞り込みの結果 ${shown} 件${ui.archiveIncluded(2022)}`);
    const metas = await page.locator('#search-results .search-result-meta').allTextContents();
    const days = metas.map((d) => {
      const m = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(d);
      return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : '';
    });
    // From the recent part and the oldest archive part, and undated entries at the end.
    expect(days.some((d) => d >= '2023')).toBe(true);
    expect(days.some((d) => d !== '' && d < '2015')).toBe(true);
    expect(days.at(-1)).toBe('');
    // Dated entries never after an undated one, and never newer than the one before.
    const outOfOrder = days.flatMap((d, i) =>
      i > 0 && (days[i - 1] === '' ? d !== '' : d !== '' && d > days[i - 1]!)
        ? [`${i}: ${days[i - 1]} → ${d}`]
        : [],
    );
    expect(outOfOrder).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('counts the filter values of the parts searched: the archive’s releases count with it', async () => {
    const { page, problems } = await openPage();
    // Public releases of 2014, all in the oldest archive part.
    const releases2014 = readdirSync(path.join(content, 'releases/2014')).filter(
      (f) => !/^(draft: true|embargo:)/m.test(readFileSync(path.join(content, 'releases/2014', f), 'utf8')),
    ).length;
    expect(releases2014).toBeGreaterThan(20);
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(probeWords.spread)}`);
    await poll(() => resultUrls(page)).toEqual([spread[0]!.url]);
    await page.locator('#search-filters summary').click();
    const years = page.getByRole('group', { name: jaSearch.filters.year, exact: true });
    await poll(() => years.getByRole('checkbox').count()).toBeGreaterThan(0);
    /** The count shown for a year, 「2014（64件）」; 0 when the year is not listed. */
    const count = async (year: string) => {
      const labels = await years.locator('label').allTextContents();
      const label = labels.find((l) => l.startsWith(`${year}（`));
      return label ? Number(/（(\d+)件）/.exec(label)![1]) : 0;
    };
    const recentOnly = await count('2014');
    expect(await count('2026')).toBeGreaterThan(20);
    await page.locator('#search-archive').check();
    await poll(() => count('2014')).toBeGreaterThanOrEqual(recentOnly + releases2014);
    await page.locator('#search-archive').uncheck();
    await poll(() => count('2014')).toBe(recentOnly);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('passes axe with the control, the empty state’s hint, and merged results', async () => {
    const { page, problems } = await openPage();
    const check = async () => {
      const found = await axeFindings(page);
      expect(found.violations).toEqual([]);
      expect(found.passes).toBeGreaterThan(10);
    };
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(probeWords.oldOnly)}`);
    await poll(() => status(page)).toBe(ui.zero(probeWords.oldOnly));
    await check();
    await page.locator('#search-empty').getByRole('button').click();
    await poll(() => resultUrls(page)).toEqual([oldOnly.url]);
    await check();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
