/**
 * What the English pages list: releases and agreements (their English title, or the Japanese one
 * marked "Japanese only") and cities. Every date, name and figure comes from the Japanese entry;
 * the English summary contributes only its own text.
 */
import { en } from '../../i18n/en.ts';
import {
  englishEntryUrl,
  japaneseKey,
  organizationNameEn,
  prefectureEn,
  type EnglishDisplayName,
  type EnglishEdition,
} from '../../lib/english/edition.ts';
import { englishArticleLd, type EnglishArticleInput } from '../../lib/english/json-ld.ts';
import { resolve } from '../../lib/links.ts';
import { newestFirst, type Corpus, type Entry, type Relations } from '../../lib/relations.ts';
import { absoluteUrl } from '../../lib/seo.ts';
import { englishFeedUrl, englishUrl, entryUrl, staticPageUrls } from '../../lib/urls.ts';
import type { Agreement, City, EnglishSummary, Release } from '../../schemas/index.ts';

/**
 * Lists on entry pages that grow with the archive are capped (every page fits one round trip);
 * the full list is on the Japanese page, which the English page links.
 */
export const ENGLISH_RELATED_LIMIT = 5;

/** A release or agreement in an English list: its English title, or its Japanese one marked "Japanese only". */
export interface EnglishListItem {
  href: string;
  title: string;
  /** The language of the title: 'ja' for an entry without English summary. */
  lang: 'en' | 'ja';
  japaneseOnly: boolean;
  date: Date | string;
  /** Publishers (releases) or parties (agreements). */
  by: EnglishDisplayName[];
}

/** An entry with its English summary's title and link when it has one, else its Japanese ones. */
function listItem(
  collection: 'releases' | 'agreements',
  entry: { id: string; data: { title: string } },
  date: Date | string,
  by: readonly { id: string }[],
  edition: EnglishEdition,
  relations: Relations,
): EnglishListItem {
  const summary = edition.summaries.get(japaneseKey(collection, entry.id));
  return {
    href: summary ? englishEntryUrl(collection, entry.id) : entryUrl(collection, entry.id),
    title: summary?.data.title ?? entry.data.title,
    lang: summary ? 'en' : 'ja',
    japaneseOnly: !summary,
    date,
    by: organizationNamesEn(by, edition, relations),
  };
}

/** Organizations by reference, as the English edition names them (an unknown one is left out). */
export const organizationNamesEn = (
  refs: readonly { id: string }[],
  edition: EnglishEdition,
  relations: Relations,
) =>
  resolve(refs, relations.byId.organizations).map((o) =>
    organizationNameEn(o, edition, relations.byId.cities),
  );

/** A release, dated by publication, by its publishers. */
export const releaseItem = (r: Entry<Release>, edition: EnglishEdition, relations: Relations) =>
  listItem('releases', r, r.data.published, r.data.publishers, edition, relations);

/** An agreement, dated by signing, by its parties. */
export const agreementItem = (a: Entry<Agreement>, edition: EnglishEdition, relations: Relations) =>
  listItem('agreements', a, a.data.signed, a.data.parties, edition, relations);

/** Every public release, newest first, as the English release list shows them. */
export function englishReleaseList(corpus: Corpus, edition: EnglishEdition, relations: Relations) {
  return corpus.releases.toSorted(newestFirst).map((r) => releaseItem(r, edition, relations));
}

export interface CityLinkEn {
  href: string;
  name: string;
  prefecture: string;
}
export const cityLinkEn = (c: Entry<City>): CityLinkEn => ({
  href: englishUrl(entryUrl('cities', c.id)),
  name: c.data.nameEn,
  prefecture: prefectureEn(c.data.prefecture),
});

/** What an English summary page is computed from: the site's relations, the edition, the site's origin. */
export interface EnglishPageContext {
  relations: Relations;
  edition: EnglishEdition;
  site: URL;
}

/** What an English summary's presenter takes (src/data/english.ts loads it for the page). */
export interface EnglishSummaryInput<T> {
  summary: Entry<EnglishSummary>;
  /** The Japanese entry the summary retells. */
  japanese: Entry<T>;
  context: EnglishPageContext;
}

/** The English home as the first crumb of every English page. */
export const englishHomeCrumb = { href: englishUrl(staticPageUrls.home), label: en.nav.home };

/** The English edition's one feed, announced on the pages that list releases. */
export const englishFeed = { title: en.feed.title, href: englishFeedUrl };

/**
 * The structured data of an English summary page: its own address, its Japanese entry's and the
 * English home's on the site, and the summary's title, subtitle and lead; `article` adds what the
 * Japanese entry states (dates, whose it is).
 */
export function summaryArticleLd(
  collection: 'releases' | 'agreements',
  { summary, japanese, context }: EnglishSummaryInput<unknown>,
  article: Pick<EnglishArticleInput, 'published' | 'updated' | 'sources' | 'originalUrl'>,
) {
  const s = summary.data;
  return englishArticleLd({
    url: absoluteUrl(englishEntryUrl(collection, japanese.id), context.site),
    japaneseUrl: absoluteUrl(entryUrl(collection, japanese.id), context.site),
    homeUrl: absoluteUrl(englishHomeCrumb.href, context.site),
    headline: s.title,
    subtitle: s.subtitle,
    description: s.lead,
    ...article,
  });
}
