/**
 * The English feed (/en/feeds/releases.xml): the newest public English release summaries, with
 * the Japanese release's date and the English text. Same limits and shape as the Japanese feeds.
 */
import { escapeMarkup } from '../escape.ts';
import { en } from '../../i18n/en.ts';
import type { EnglishSummary } from '../../schemas/index.ts';
import { absolutizeUrls, FEED_ITEM_LIMIT, feedNamespaces } from '../feeds.ts';
import { rfc822InJapan } from '../japan-time.ts';
import { newestFirst, type Entry, type Relations } from '../relations.ts';
import { englishFeedUrl } from '../urls.ts';
import { englishEntryUrl, japaneseKey, type EnglishEdition } from './edition.ts';

/** The summaries the feed carries, newest release first. */
export function englishFeedSummaries(edition: EnglishEdition, relations: Relations): Entry<EnglishSummary>[] {
  return [...relations.byId.releases.values()]
    .toSorted(newestFirst)
    .flatMap((r) => {
      const s = edition.summaries.get(japaneseKey('releases', r.id));
      return s ? [s] : [];
    })
    .slice(0, FEED_ITEM_LIMIT);
}

export const englishFeedChannel = {
  title: en.feed.title,
  description: en.feed.description,
  xmlns: feedNamespaces,
  customData: (site: URL) =>
    `<language>en</language><atom:link href="${escapeMarkup(new URL(englishFeedUrl, site).href)}" rel="self" type="application/rss+xml"/>`,
};

/**
 * One item, dated by its Japanese release: `pubDate` written as the Japanese feeds write it (a
 * day stays that day in Japan, +0900). The English text is always the press room's, so the press
 * room is its creator.
 */
export function englishFeedItem(summary: Entry<EnglishSummary>, bodyHtml: string, relations: Relations, site: URL) {
  const release = relations.byId.releases.get(summary.data.japanese.id)!;
  return {
    title: summary.data.title,
    link: new URL(englishEntryUrl('releases', release.id), site).href,
    description: escapeMarkup(summary.data.lead),
    content: `<p>${escapeMarkup(summary.data.lead)}</p>\n${absolutizeUrls(bodyHtml, site)}`,
    customData:
      `<pubDate>${rfc822InJapan(release.data.published)}</pubDate>` +
      `<dc:creator>${escapeMarkup(en.siteName)}</dc:creator>`,
  };
}
