/**
 * The English feed (/en/feeds/releases.xml): the newest public English release summaries, with
 * the Japanese release's date and the English text. Same limits and shape as the Japanese feeds.
 */
import { en } from '../../i18n/en.ts';
import type { EnglishSummary } from '../../schemas/index.ts';
import { absolutizeUrls, FEED_ITEM_LIMIT, feedNamespaces } from '../feeds.ts';
import { newestFirst, type Entry, type Relations } from '../relations.ts';
import { englishFeedUrl } from '../urls.ts';
import { englishEntryUrl, japaneseKey, organizationNameEn, plainName, type EnglishEdition } from './edition.ts';

const escapeXml = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

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
    `<language>en</language><atom:link href="${escapeXml(new URL(englishFeedUrl, site).href)}" rel="self" type="application/rss+xml"/>`,
};

export function englishFeedItem(
  summary: Entry<EnglishSummary>,
  bodyHtml: string,
  edition: EnglishEdition,
  relations: Relations,
  site: URL,
) {
  const release = relations.byId.releases.get(summary.data.japanese.id)!;
  const publishers = release.data.publishers.flatMap((p) => {
    const o = relations.byId.organizations.get(p.id);
    return o ? [plainName(organizationNameEn(o, edition, relations.byId.cities))] : [];
  });
  return {
    title: summary.data.title,
    link: new URL(englishEntryUrl('releases', release.id), site).href,
    pubDate: release.data.published,
    description: summary.data.lead,
    content: `<p>${escapeXml(summary.data.lead)}</p>\n${absolutizeUrls(bodyHtml, site)}`,
    customData: publishers.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join(''),
  };
}
