/**
 * Every public release, newest first, in pages (/releases/, /releases/page/2/ …): each page groups
 * its releases by year, and the year links lead to the page where each year begins.
 */
import { ja } from '../i18n/ja.ts';
import { groupStartPages } from '../lib/pagination.ts';
import { newestFirst, releaseYear, type Corpus, type Entry } from '../lib/relations.ts';
import { feedLink } from '../lib/subscriptions.ts';
import { collectionUrl, listPageUrl, pageSizes } from '../lib/urls.ts';
import type { Release } from '../schemas/index.ts';
import { listPage } from './list-page.ts';

/** The whole list in order, and the page on which each year begins (every page links them). */
export function releaseListOrder(corpus: Corpus) {
  const releases = corpus.releases.toSorted(newestFirst);
  return { releases, years: groupStartPages(releases, releaseYear, pageSizes.releases) };
}

export function releaseListPageView(
  page: { data: Entry<Release>[]; currentPage: number; total: number },
  years: { group: string; page: number }[],
) {
  const t = ja.releaseList;
  const name = ja.collections.releases.title;
  const firstPage = collectionUrl('releases');
  const { title, breadcrumbs } = listPage({ name, firstPage, currentPage: page.currentPage });
  const feed = feedLink({ kind: 'all' });
  return {
    layout: { title, description: t.description, breadcrumbs, feeds: [feed] },
    title,
    firstPage,
    feeds: [feed],
    empty: page.total === 0,
    /** The year navigation, when the list spans more than one year. */
    years:
      years.length > 1
        ? years.map((y) => ({
            href: `${listPageUrl(firstPage, y.page)}#y${y.group}`,
            label: t.year(y.group),
          }))
        : [],
    /** This page's releases by year, newest year first. */
    byYear: [...Map.groupBy(page.data, releaseYear)].map(([year, releases]) => ({
      id: `y${year}`,
      heading: t.year(year),
      releases,
    })),
  };
}
