/**
 * Reading a list split into pages the way a reader does: from its first page, following the
 * "next" link, checking on each page that its navigation tells the truth (the chain of previous
 * and next links, the page numbers, aria-current, the page number in the title and h1).
 */
import * as cheerio from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { listPageUrl } from '../../src/lib/urls.ts';

export interface ListPage {
  url: string;
  $: cheerio.CheerioAPI;
}

export const pageFile = (dist: string, url: string) => path.join(dist, url, 'index.html');

export function loadPage(dist: string, url: string): cheerio.CheerioAPI {
  return cheerio.load(readFileSync(pageFile(dist, url), 'utf8'));
}

/** Every page of the list whose first page is `firstPage`, in order, by its "next" links. */
export function walkList(dist: string, firstPage: string, limit = 5000): ListPage[] {
  const pages: ListPage[] = [];
  const seen = new Set<string>();
  for (let url: string | undefined = firstPage; url !== undefined;) {
    if (seen.has(url) || pages.length >= limit)
      throw new Error(`${firstPage}: the next links loop at ${url}`);
    seen.add(url);
    const $ = loadPage(dist, url);
    pages.push({ url, $ });
    url = $('nav.pagination a[rel="next"]').attr('href');
  }
  return pages;
}

/**
 * What is wrong with the navigation of a walked list (empty when nothing is): each page is at its
 * address in the scheme, links back and forward to its neighbours, marks itself and only itself
 * with aria-current, links the first and last page, says its number in <title> and <h1> from the
 * second page on, and links only to pages that exist.
 */
export function navigationProblems(dist: string, firstPage: string, pages: readonly ListPage[]): string[] {
  const problems: string[] = [];
  const last = pages.length;
  pages.forEach(({ url, $ }, i) => {
    const n = i + 1;
    const say = (m: string) => problems.push(`${url}: ${m}`);
    if (url !== listPageUrl(firstPage, n)) say(`page ${n} should be at ${listPageUrl(firstPage, n)}`);
    const nav = $('nav.pagination');
    if (last === 1) {
      if (nav.length > 0) say('a list that fits one page has page navigation');
      return;
    }
    if (nav.length !== 1) return say(`${nav.length} page navigations`);
    if (!nav.attr('aria-label')) say('the page navigation has no name');
    const prev = nav.find('a[rel="prev"]').attr('href');
    const next = nav.find('a[rel="next"]').attr('href');
    if (prev !== (n > 1 ? listPageUrl(firstPage, n - 1) : undefined)) say(`previous link ${prev}`);
    if (next !== (n < last ? listPageUrl(firstPage, n + 1) : undefined)) say(`next link ${next}`);
    const current = nav.find('[aria-current]');
    if (current.length !== 1 || current.attr('aria-current') !== 'page' || current.attr('href') !== url)
      say(`aria-current on ${current.length} elements (${current.attr('href')})`);
    if (current.text().trim() !== String(n)) say(`the current page reads "${current.text().trim()}"`);
    const numbered = nav
      .find('a:not([rel])')
      .map((_, a) => $(a).attr('href'))
      .get();
    for (const href of [firstPage, listPageUrl(firstPage, last)])
      if (!numbered.includes(href)) say(`no link to ${href}`);
    if (numbered.length > 7) say(`${numbered.length} page-number links`);
    for (const href of nav
      .find('a')
      .map((_, a) => $(a).attr('href'))
      .get())
      if (!existsSync(pageFile(dist, href))) say(`links to ${href}, which does not exist`);
    const marker = `（${n}ページ目）`;
    const h1 = $('h1').text();
    if (n > 1 && !($('title').text().includes(marker) && h1.includes(marker)))
      say(`title or h1 lacks ${marker}: ${$('title').text()} / ${h1}`);
    if (n === 1 && /ページ目/.test(h1)) say(`the first page's h1 names a page: ${h1}`);
    if (n > 1 && !$('nav.breadcrumbs a').filter((_, a) => $(a).attr('href') === firstPage).length)
      say('the breadcrumbs do not lead to the first page');
  });
  return problems;
}

/** The links of a list's items on every page, in order (`selector` picks one link per item). */
export function itemLinks(pages: readonly ListPage[], selector: string): string[] {
  return pages.flatMap(({ $ }) =>
    $(selector)
      .map((_, a) => $(a).attr('href'))
      .get(),
  );
}
