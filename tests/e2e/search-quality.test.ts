/**
 * The Japanese query suite (search-queries.ts) against the built Pagefind index, in Chromium, with
 * the ranking the search page uses. Queries are segmented by the browser's Intl.Segmenter, as on
 * the real page, so a mismatch with the index-time segmentation (pagefind#1237) shows here.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { searchRanking } from '../../src/lib/search-state.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/serve.ts';
import { searchCases } from './search-queries.ts';

let browser: Browser;
let server: StaticServer;
let page: Page;

// Written as source text: Vitest would rewrite a dynamic import() inside a function passed to evaluate.
const inPageSearch = `async ({ queries, ranking }) => {
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.options({ ranking });
  await pagefind.init();
  const out = [];
  for (const { q, options } of queries) {
    const r = await pagefind.search(q, options ?? {});
    out.push(await Promise.all(r.results.map(async (x) => (await x.data()).url)));
  }
  return out;
}`;

/** Runs searches in the page through Pagefind's own JS API; returns result URLs, best first. */
async function runSearches(queries: { q: string | null; options?: object }[]): Promise<string[][]> {
  const args = JSON.stringify({ queries, ranking: searchRanking });
  return page.evaluate(`(${inPageSearch})(${args})`) as Promise<string[][]>;
}

const results = new Map<string, string[]>();

beforeAll(async () => {
  server = await serveDist(inject('distDir'));
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${server.origin}/`);
  const found = await runSearches(searchCases.map((c) => ({ q: c.query })));
  searchCases.forEach((c, i) => results.set(c.query, found[i] ?? []));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Japanese search quality', () => {
  it('has at least 20 queries, each with an expectation', () => {
    expect(searchCases.length).toBeGreaterThanOrEqual(20);
    for (const c of searchCases) expect(c.first ?? c.top3?.[0], c.query).toBeDefined();
  });

  for (const c of searchCases)
    it(`「${c.query}」: ${c.why}`, () => {
      const urls = results.get(c.query) ?? [];
      const top3 = urls.slice(0, 3);
      if (c.first) expect(urls[0], `first result for ${c.query}: ${urls.join(' ')}`).toBe(c.first);
      for (const u of c.top3 ?? [])
        expect(top3, `${u} in the top 3 for ${c.query}: ${urls.join(' ')}`).toContain(u);
      for (const u of c.notFirst ?? [])
        expect(urls[0], `${u} must not come first for ${c.query}`).not.toBe(u);
      for (const u of c.none ?? []) expect(urls, `${u} must not match ${c.query}`).not.toContain(u);
    });

  it('finds only entry pages (releases, agreements, cities, declarations, organizations) and events', () => {
    for (const [q, urls] of results)
      for (const u of urls)
        expect(u, q).toMatch(
          /^\/(releases|agreements|cities|declarations|organizations)\/.+\/$|^\/releases\/.+\/#event-\d+$/,
        );
  });

  it('filters by 種別, 市区町村 and 年, and sorts by date', async () => {
    const [releasesOnly, somaOnly, year2020, newest] = await runSearches([
      { q: '働き方改革', options: { filters: { 種別: ['報道発表'] } } },
      { q: '宣言', options: { filters: { 市区町村: ['相馬市'], 種別: ['宣言'] } } },
      { q: null, options: { filters: { 年: ['2020'] } } },
      { q: null, options: { filters: { 種別: ['報道発表'] }, sort: { date: 'desc' } } },
    ]);
    expect(releasesOnly?.every((u) => u.startsWith('/releases/'))).toBe(true);
    expect(releasesOnly).toContain('/releases/2026/soma-three-declarations/');
    expect(somaOnly?.sort()).toEqual([
      '/declarations/paternity-leave-100/',
      '/declarations/womens-reemployment/',
      '/declarations/work-style-reform-acceleration/',
    ]);
    expect(year2020?.sort()).toEqual([
      '/agreements/kamaishi-jmam-workation/',
      '/releases/2020/kamaishi-jmam-workation-agreement/',
      // The signing ceremony, an event of 2020.
      '/releases/2020/kamaishi-jmam-workation-agreement/#event-1',
    ]);
    expect(newest).toEqual([
      '/releases/2026/soma-three-declarations/',
      '/releases/2020/kamaishi-jmam-workation-agreement/',
    ]);
  });
});
