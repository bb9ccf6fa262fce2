/** The English edition's home and release list: the latest releases, the cities, the feed. */
import { en } from '../../i18n/en.ts';
import type { EnglishEdition } from '../../lib/english/edition.ts';
import type { Corpus, Relations } from '../../lib/relations.ts';
import { byMunicipalCode } from '../../lib/sort.ts';
import { collectionUrl, englishUrl, staticPageUrls } from '../../lib/urls.ts';
import { listPage } from '../list-page.ts';
import { cityLinkEn, englishFeed, englishReleaseList } from './items.ts';

/** How many releases the home lists; the release list has them all. */
export const ENGLISH_HOME_LATEST = 5;

export function englishHomeView(corpus: Corpus, relations: Relations, edition: EnglishEdition) {
  return {
    layout: { title: en.siteName, description: en.home.description, feeds: [englishFeed] },
    latest: englishReleaseList(corpus, edition, relations).slice(0, ENGLISH_HOME_LATEST),
    // 全国地方公共団体コード order: north to south, as the Japanese home lists them.
    cities: corpus.cities
      .toSorted(byMunicipalCode)
      .map(cityLinkEn)
      .map((c) => ({ href: c.href, label: c.name, meta: ` (${c.prefecture})` })),
    feed: englishFeed,
    urls: {
      search: englishUrl(staticPageUrls.search),
      releases: englishUrl(collectionUrl('releases')),
      declarations: englishUrl(collectionUrl('declarations')),
    },
  };
}

/** One page of the English release list. */
export function englishReleaseListPage(currentPage: number) {
  const firstPage = englishUrl(collectionUrl('releases'));
  const { title, breadcrumbs } = listPage({
    name: en.releaseList.title,
    firstPage,
    currentPage,
    english: true,
  });
  return {
    firstPage,
    title,
    feed: englishFeed,
    layout: { title, description: en.releaseList.description, breadcrumbs, feeds: [englishFeed] },
  };
}
