/**
 * The site at scale. The shared test build has two releases, so it cannot see lists that grow with
 * the archive. This file uses the generated archive of 1,000 releases built once per test run
 * (tests/helpers/scale-site.ts, shared with tests/e2e/search-archive.test.ts) and, over that build:
 *
 * - holds every page but search to the reader budgets (14 KiB of HTML + CSS gzip, no JavaScript),
 *   and the first search to 150 KiB gzip (measured in Chromium, scripts/bench/first-search.ts),
 *   which loads the index's recent part only;
 * - reads every paginated list from its first page by its "next" links, as a reader would, and
 *   checks that nothing is lost: each release is on exactly one page of /releases/ and of each of
 *   its topics', cities', organizations', agreements' and declarations' lists, in order; each
 *   event, employer and entry on exactly one page of its list;
 * - checks each page's navigation (previous/next, page numbers, aria-current, the page number in
 *   the title and h1), and that list pages and release pages never take each other's address;
 * - runs axe-core in Chromium over the paginated page types.
 */
import * as cheerio from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIRST_SEARCH_BUDGET_BYTES,
  htmlPages,
  isSearchPage,
  PAGE_BUDGET_BYTES,
  pageWeight,
  scriptFindings,
} from '../../scripts/bench/budgets.ts';
import { FIRST_SEARCH_QUERY, measureFirstSearch } from '../../scripts/bench/first-search.ts';
import { BENCH_BUILD_TIME } from '../../scripts/bench/corpus.ts';
import { checkedListPages, viewports, type ViewportName } from '../../src/lib/a11y-checks.ts';
import { CITY_PAGE_EMPLOYERS } from '../../src/lib/employers.ts';
import { momentMs } from '../../src/lib/japan-time.ts';
import { listPageUrl, pageSizes } from '../../src/lib/urls.ts';
import type { ReleaseEvent } from '../../src/schemas/index.ts';
import type { BuildResult } from '../helpers/astro-build.ts';
import { launchChromium } from '../helpers/browser.ts';
import { expected } from '../helpers/expected.ts';
import { itemLinks, loadPage, navigationProblems, pageFile, walkList } from '../helpers/pagination.ts';
import { scaleContent, scaleSite } from '../helpers/scale-site.ts';
import { serveDist } from '../helpers/serve.ts';
import { axeFindings } from '../helpers/axe.ts';

const content = scaleContent();
const now = new Date(BENCH_BUILD_TIME);
const x = expected(now, content);
const releaseUrl = (id: string) => `/releases/${id}/`;

let build: BuildResult;
let dist: string;
beforeAll(() => {
  build = scaleSite(content);
  dist = build.outDir;
});

describe('reader budgets in a 1,000-release archive', () => {
  it('builds', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
  });

  it('keeps every page but search within 14 KiB (HTML + CSS, gzip) and free of JavaScript', () => {
    const cssCache = new Map<string, number>();
    const pages = htmlPages(dist).filter((p) => !isSearchPage(p));
    expect(pages.length).toBeGreaterThan(1000);
    const weights = pages
      .map((p) => pageWeight(dist, p, { cssCache }))
      .sort((a, b) => b.totalGzip - a.totalGzip);
    // The heaviest pages, for the record (bench/RESULTS.md tracks the same figure).
    console.info(
      `heaviest pages (HTML + CSS, gzip):\n${weights
        .slice(0, 8)
        .map((w) => `  ${w.totalGzip} B  ${w.page}`)
        .join('\n')}`,
    );
    const over = weights
      .filter((w) => w.totalGzip > PAGE_BUDGET_BYTES)
      .map((w) => `${w.page}: ${w.totalGzip} B`);
    expect(over).toEqual([]);
    const scripts = pages.flatMap((p) => scriptFindings(readFileSync(path.join(dist, p), 'utf8')));
    expect(scripts).toEqual([]);
  });

  it(`transfers at most 150 KiB (gzip) for the first search, “${FIRST_SEARCH_QUERY}”`, async () => {
    const search = await measureFirstSearch(dist);
    if (!search) throw new Error('search page missing: dist/search/index.html');
    const listing = search.responses.map((r) => `${r.url} ${r.gzip} B`).join('\n');
    // A real query ran: index chunk and result fragments, no filter chunk (loaded on demand).
    expect(search.responses.some((r) => r.url.endsWith('.pf_index')), listing).toBe(true);
    expect(search.responses.some((r) => r.url.endsWith('.pf_fragment')), listing).toBe(true);
    expect(search.responses.filter((r) => r.url.endsWith('.pf_filter')), listing).toEqual([]);
    // Only the index's recent part: the archive parts are merged when the reader asks for them.
    expect(search.responses.some((r) => r.url.includes('/pagefind/')), listing).toBe(true);
    expect(search.responses.filter((r) => r.url.includes('/pagefind-archive-')), listing).toEqual([]);
    expect(search.gzipBytes, listing).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET_BYTES);
  });
});

describe('/releases/ in pages', () => {
  it('has every public release on exactly one page, newest first, 20 to a page', () => {
    const pages = walkList(dist, '/releases/');
    expect(navigationProblems(dist, '/releases/', pages)).toEqual([]);
    expect(pages.length).toBe(Math.ceil(x.releases.length / pageSizes.releases));
    expect(x.releases.length).toBeGreaterThan(900);
    const links = itemLinks(pages, 'main section[aria-labelledby^="y"] h3 a');
    expect(links).toEqual(x.releases.map((r) => releaseUrl(r.id)));
    for (const { url, $ } of pages)
      expect($('main section[aria-labelledby^="y"] h3 a').length, url).toBeLessThanOrEqual(
        pageSizes.releases,
      );
  });

  it('links each year to the page where that year begins', () => {
    const $ = loadPage(dist, '/releases/');
    const years = $('nav[aria-labelledby="years"] a')
      .map((_, a) => $(a).attr('href'))
      .get();
    const firstOfYear = new Map<string, number>();
    x.releases.forEach((r, i) => {
      const year = r.id.slice(0, 4);
      if (!firstOfYear.has(year)) firstOfYear.set(year, i);
    });
    expect(years).toEqual(
      [...firstOfYear].map(
        ([year, i]) => `${listPageUrl('/releases/', Math.floor(i / pageSizes.releases) + 1)}#y${year}`,
      ),
    );
    for (const href of years) {
      const [url = '', id = ''] = href.split('#');
      expect(loadPage(dist, url)(`#${id}`).length, href).toBe(1);
    }
  });

  it('and the release pages keep their own addresses: a static `page` segment never meets a year', () => {
    for (const r of x.releases) expect(existsSync(pageFile(dist, releaseUrl(r.id))), r.id).toBe(true);
    expect(x.releases.some((r) => r.id.startsWith('page/'))).toBe(false);
    // /releases/page/2/ is the list (served by [...page].astro), not a release (by [...id].astro).
    const $ = loadPage(dist, '/releases/page/2/');
    expect($('nav.pagination').length).toBe(1);
    expect($('article.release').length).toBe(0);
    expect(loadPage(dist, releaseUrl(x.releases[0]!.id))('article.release').length).toBe(1);
  });
});

/**
 * Each entry's list and the releases it must hold, newest first, from the release fields. In the
 * generated archive some topics, organizations and cities need several pages; agreements and
 * declarations have fewer than 20 releases each (the same component and code page them).
 */
const releaseCards = 'main section[aria-labelledby="releases"] ul.cards h3 a';
const entryLists = (
  [
    ['topics', 'topics', releaseCards, true],
    ['organizations', 'publishers', releaseCards, true],
    ['agreements', 'agreements', releaseCards, false],
    ['declarations', 'declarations', releaseCards, false],
    // A city's timeline holds agreements, declarations and events too; its releases are the
    // links to a release page without an anchor.
    [
      'cities',
      'cities',
      'main section[aria-labelledby="timeline"] ol.timeline a[href^="/releases/"]:not([href*="#"])',
      true,
    ],
  ] as const
).map(([collection, field, selector, paged]) => ({
  collection,
  selector,
  paged,
  entries: x.of(collection).map((e) => ({
    id: e.id,
    releases: x.releases.filter((r) => x.refs(r, field).includes(e.id)).map((r) => releaseUrl(r.id)),
  })),
}));

describe.each(entryLists)(
  '$collection pages list their releases in pages',
  ({ collection, selector, paged, entries }) => {
    it('with every release of the entry on exactly one page, newest first, and the entry on page 1 only', () => {
      const problems: string[] = [];
      let paginated = 0;
      for (const e of entries) {
        const first = `/${collection}/${e.id}/`;
        const pages = walkList(dist, first);
        problems.push(...navigationProblems(dist, first, pages));
        if (pages.length > 1) paginated++;
        // Only releases fill a topic's, organization's, agreement's or declaration's pages.
        if (
          collection !== 'cities' &&
          pages.length !== Math.max(1, Math.ceil(e.releases.length / pageSizes.releases))
        )
          problems.push(`${first}: ${pages.length} pages for ${e.releases.length} releases`);
        const links = itemLinks(pages, selector);
        if (JSON.stringify(links) !== JSON.stringify(e.releases))
          problems.push(`${first}: lists ${links.length} releases, expected ${e.releases.length} in order`);
        // The entry itself (its lead, profile or registry, and its JSON-LD) is on the first page only.
        for (const { url, $ } of pages.slice(1))
          if (
            $(
              'main .lead, main #profile, main #registry, main #info, script[type="application/ld+json"]:not(:contains("BreadcrumbList"))',
            ).length > 0
          )
            problems.push(`${url}: repeats the entry`);
      }
      expect(problems).toEqual([]);
      if (paged) expect(paginated, collection).toBeGreaterThan(0);
    });
  },
);

describe('a city page', () => {
  it('names at most 10 employers and links the city’s full employer list when it has more', () => {
    const problems: string[] = [];
    let capped = 0;
    for (const c of x.of('cities')) {
      const $ = loadPage(dist, `/cities/${c.id}/`);
      const named = $('main section[aria-labelledby="employers"] li').length;
      const based = x
        .of('organizations')
        .filter((o) => (o.data.city as { id: string } | undefined)?.id === c.id);
      if (named !== Math.min(based.length, CITY_PAGE_EMPLOYERS))
        problems.push(`${c.id}: names ${named} of ${based.length}`);
      if (based.length > CITY_PAGE_EMPLOYERS) {
        capped++;
        if ($(`main section[aria-labelledby="employers"] a[href="/employers/cities/${c.id}/"]`).length !== 1)
          problems.push(`${c.id}: no link to its employer list`);
      }
    }
    expect(problems).toEqual([]);
    expect(capped).toBeGreaterThan(0);
  });
});

describe('/events/ in pages', () => {
  const events = x.releases.flatMap((r) =>
    ((r.data.events as ReleaseEvent[] | undefined) ?? []).map((event, i) => ({
      href: `${releaseUrl(r.id)}#event-${i + 1}`,
      upcoming: momentMs(event.end ?? event.start, 'end') >= now.getTime(),
    })),
  );

  it('lists every event on exactly one page: upcoming ones first, then past ones', () => {
    const pages = walkList(dist, '/events/');
    expect(navigationProblems(dist, '/events/', pages)).toEqual([]);
    expect(pages.length).toBe(Math.ceil(events.length / pageSizes.events));
    const upcoming = itemLinks(pages, 'main section[aria-labelledby="upcoming"] h3 a');
    const past = itemLinks(pages, 'main section[aria-labelledby="past"] h3 a');
    expect(upcoming.toSorted()).toEqual(
      events
        .filter((e) => e.upcoming)
        .map((e) => e.href)
        .toSorted(),
    );
    expect(past.toSorted()).toEqual(
      events
        .filter((e) => !e.upcoming)
        .map((e) => e.href)
        .toSorted(),
    );
    expect(upcoming.length).toBeGreaterThan(0);
    expect(past.length).toBeGreaterThan(pageSizes.events);
    // Upcoming events come before any past one, on the pages and within them.
    const order = itemLinks(pages, 'main section[aria-labelledby] h3 a');
    expect(order).toEqual([...upcoming, ...past]);
  });

  it('links from the first page to where the past events begin', () => {
    const upcomingCount = events.filter((e) => e.upcoming).length;
    const $ = loadPage(dist, '/events/');
    const pastPage = Math.floor(upcomingCount / pageSizes.events) + 1;
    if (pastPage > 1) expect($(`main a[href="${listPageUrl('/events/', pastPage)}#past"]`).length).toBe(1);
    else expect($('main section[aria-labelledby="past"]').length).toBe(1);
  });
});

describe('employers in pages', () => {
  const orgs = x.of('organizations');
  const signatories = new Set(
    x
      .of('declarations')
      .flatMap((d) =>
        (d.data.signatories as { organization: { id: string } }[]).map((s) => s.organization.id),
      ),
  );
  const employerIds = orgs.filter((o) => o.data.city !== undefined || signatories.has(o.id)).map((o) => o.id);
  const cardLinks = 'main ul.cards > li > h3 a';
  const ids = (links: string[]) => links.map((h) => h.replace(/^\/organizations\/|\/$/g, ''));

  it('lists every employer on exactly one page of /employers/', () => {
    const pages = walkList(dist, '/employers/');
    expect(navigationProblems(dist, '/employers/', pages)).toEqual([]);
    expect(pages.length).toBeGreaterThan(1);
    const listed = ids(itemLinks(pages, cardLinks));
    expect(listed.toSorted()).toEqual(employerIds.toSorted());
  });

  it('lists every employer of a city and of a declaration on exactly one page of its filter', () => {
    const problems: string[] = [];
    const cities = x.of('cities').map((c) => ({
      first: `/employers/cities/${c.id}/`,
      want: orgs.filter((o) => (o.data.city as { id: string } | undefined)?.id === c.id).map((o) => o.id),
    }));
    const declarations = x.of('declarations').map((d) => ({
      first: `/employers/declarations/${d.id}/`,
      want: (d.data.signatories as { organization: { id: string } }[]).map((s) => s.organization.id),
    }));
    for (const { first, want } of [...cities, ...declarations]) {
      if (want.length === 0) continue;
      const pages = walkList(dist, first);
      problems.push(...navigationProblems(dist, first, pages));
      const listed = ids(itemLinks(pages, cardLinks)).toSorted();
      if (JSON.stringify(listed) !== JSON.stringify([...new Set(want)].toSorted()))
        problems.push(`${first}: ${listed.length} employers, expected ${new Set(want).size}`);
    }
    expect(problems).toEqual([]);
  });
});

describe.each(['cities', 'organizations', 'agreements', 'declarations', 'topics'] as const)(
  'the %s index in pages',
  (collection) => {
    it('lists every entry on exactly one page', () => {
      const first = `/${collection}/`;
      const pages = walkList(dist, first);
      expect(navigationProblems(dist, first, pages)).toEqual([]);
      const listed = itemLinks(pages, 'main ul.cards h2 a');
      expect(listed.toSorted()).toEqual(
        x
          .of(collection)
          .map((e) => `/${collection}/${e.id}/`)
          .toSorted(),
      );
      expect(pages.length).toBe(Math.max(1, Math.ceil(listed.length / pageSizes.entries)));
    });
  },
);

describe('list pages are pages like any other', () => {
  it('with their own title, one h1, a canonical URL to themselves, and a place in the sitemap', () => {
    const listPages = htmlPages(dist)
      .map((f) => f.split(path.sep).join('/'))
      .filter((f) => f.includes('/page/'));
    expect(listPages.length).toBeGreaterThan(200);
    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    const titles = new Map<string, string>();
    for (const f of listPages) {
      const $ = cheerio.load(readFileSync(path.join(dist, f), 'utf8'));
      const url = `https://pressroom.example.jp/${path.dirname(f)}/`;
      const title = $('title').text();
      expect(titles.get(title), `${f} repeats the title of ${titles.get(title)}`).toBeUndefined();
      titles.set(title, f);
      expect($('h1').length, f).toBe(1);
      expect($('link[rel=canonical]').attr('href'), f).toBe(url);
      expect(sitemap, f).toContain(`<loc>${url}</loc>`);
    }
  });
});

describe('paginated pages in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => {
    server = await serveDist(dist);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // The pages the accessibility page says are checked; the generated archive's first city is soma.
  const urls = Object.values(checkedListPages);
  it('checks the pages the accessibility page names, all of which this archive has', () => {
    expect(x.of('cities').map((c) => c.id)).toContain('soma');
    for (const url of urls) expect(existsSync(pageFile(dist, url)), url).toBe(true);
  });
  describe.each(Object.keys(viewports) as ViewportName[])('at the %s width', (viewportName) => {
    it.each(urls)('%s: no axe violation, nothing wider than the screen', async (url) => {
      const context = await browser.newContext({ viewport: viewports[viewportName] });
      const page = await context.newPage();
      expect((await page.goto(`${server.origin}${url}`))?.status()).toBe(200);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      const found = await axeFindings(page);
      expect(found.violations).toEqual([]);
      expect(found.passes).toBeGreaterThan(10);
      await context.close();
    });
  });
});
