/**
 * RSS feeds per scope: which releases each feed carries and how each item is written. The
 * releases come from the public corpus (already through the publishing gate), newest first.
 *
 * Scopes: every release; a city's releases (the release names the city); an organization's
 * (it is a publisher); a topic's; a declaration's (the release refers to it).
 */
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { ja } from '../i18n/ja.ts';
import type { Release } from '../schemas/index.ts';
import { pageKey } from './cache-keys.ts';
import { escapeMarkup } from './escape.ts';
import { isoInJapan, rfc822InJapan } from './japan-time.ts';
import { releaseProvenance } from './provenance.ts';
import { newestFirst, type Corpus, type Entry, type Relations } from './relations.ts';
import { feedScopeTitle } from './subscriptions.ts';
import { collectionUrl, entryUrl, feedUrl, type FeedScope } from './urls.ts';

/**
 * A feed carries the newest releases of its scope, not the whole archive: readers poll feeds,
 * and with full content an all-releases feed of a 10,000-release archive would be tens of MB.
 * The archive itself stays browsable on the site and in /data/releases.json.
 */
export const FEED_ITEM_LIMIT = 50;

const newestOf = (releases: readonly Entry<Release>[]) =>
  releases.toSorted(newestFirst).slice(0, FEED_ITEM_LIMIT);

export interface Feed {
  scope: FeedScope;
  /** Path of the feed, from urls.ts. */
  path: string;
  title: string;
  description: string;
  /** The page the feed belongs to (channel <link>). */
  pagePath: string;
  /** The newest FEED_ITEM_LIMIT public releases of the scope, newest first. */
  releases: Entry<Release>[];
}

export function allReleasesFeed(corpus: Corpus): Feed {
  const scope: FeedScope = { kind: 'all' };
  return {
    scope,
    path: feedUrl(scope),
    title: ja.feeds.channelTitle(feedScopeTitle(scope)),
    description: ja.feeds.description.all,
    pagePath: collectionUrl('releases'),
    releases: newestOf(corpus.releases),
  };
}

/** The feed of one city, organization, topic or declaration, from the releases of its scope. */
export function scopeFeed(
  kind: Exclude<FeedScope['kind'], 'all'>,
  id: string,
  name: string,
  releases: readonly Entry<Release>[] | undefined,
): Feed {
  const scope: FeedScope = { kind, id };
  return {
    scope,
    path: feedUrl(scope),
    title: ja.feeds.channelTitle(feedScopeTitle(scope, name)),
    description: ja.feeds.description[kind](name),
    pagePath: entryUrl(kind, id),
    releases: newestOf(releases ?? []),
  };
}

/** One feed per city, organization, topic and declaration, including those with no release yet. */
export function scopedFeeds(corpus: Corpus, relations: Relations): Feed[] {
  return [
    ...corpus.cities.map((c) => scopeFeed('cities', c.id, c.data.name, relations.city.get(c.id)?.releases)),
    ...corpus.organizations.map((o) =>
      scopeFeed('organizations', o.id, o.data.name, relations.organization.get(o.id)?.releases),
    ),
    ...corpus.topics.map((t) => scopeFeed('topics', t.id, t.data.name, relations.topic.get(t.id)?.releases)),
    ...corpus.declarations.map((d) =>
      scopeFeed('declarations', d.id, d.data.name, relations.declaration.get(d.id)?.releases),
    ),
  ];
}

/**
 * The incremental-build key of a feed: the corpus key and the files of the releases it carries
 * (their bodies are its content). Astro's entries carry `digest`; see src/lib/cache-keys.ts.
 */
export function feedKey(corpus: string, feed: Feed): string {
  return pageKey(
    corpus,
    ...feed.releases.map((r) => `${r.id}:${(r as { digest?: string | number }).digest ?? ''}`),
  );
}

export const feedNamespaces = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
};

/** Channel elements @astrojs/rss does not write itself: the language and the feed's own URL. */
export function channelCustomData(feedAbsoluteUrl: string): string {
  return `<language>ja</language><atom:link href="${escapeMarkup(feedAbsoluteUrl)}" rel="self" type="application/rss+xml"/>`;
}

type HtmlNode = DefaultTreeAdapterMap['node'];
/** The attribute that links out, of each element that has one. */
const linkAttribute = new Map([
  ['a', 'href'],
  ['img', 'src'],
]);

/**
 * Makes site-relative links and image sources absolute, as a feed reader needs them. parse5
 * directly, as cheerio did it (cheerio parses and serialises with parse5) but without its DOM
 * layer and selector engine: ~2.5× faster on release bodies, the same output for every body of
 * the bench's archive. At 10,000 releases each body goes through here once.
 */
export function absolutizeUrls(html: string, site: URL): string {
  const fragment = parseFragment(html, { scriptingEnabled: true });
  const visit = (node: HtmlNode) => {
    if ('attrs' in node) {
      const name = linkAttribute.get(node.nodeName);
      for (const attr of node.attrs)
        if (attr.name === name && !attr.namespace && attr.value.startsWith('/') && !attr.value.startsWith('//'))
          attr.value = new URL(attr.value, site).href;
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if (node.nodeName === 'template' && 'content' in node) visit(node.content);
  };
  visit(fragment);
  return serialize(fragment);
}

export interface FeedItem {
  title: string;
  link: string;
  /** Already escaped as HTML: the library escapes it once more, for XML. */
  description: string;
  content: string;
  categories: string[];
  customData: string;
}

/**
 * One item: the canonical URL is both link and guid (it never changes), the lead is the
 * description, and the full text is the lead followed by the rendered body — for a digest, after
 * a sentence saying whose release it summarises.
 *
 * Feed readers render `description` and `content:encoded` as HTML, so the plain-text lead is
 * escaped as HTML here and then as XML by the library: a lead that reads `<b>` stays text.
 * `pubDate` is written here rather than by the library, which would give a day's 00:00 in Japan
 * as 15:00 GMT the day before; the +0900 offset is kept (src/lib/japan-time.ts).
 *
 * The caller makes the body's links absolute (`absolutizeUrls`), once per release however many
 * feeds carry it.
 */
export function feedItem(
  release: Entry<Release>,
  absoluteBodyHtml: string,
  relations: Relations,
  site: URL,
): FeedItem {
  const d = release.data;
  const orgName = (id: string) => relations.byId.organizations.get(id)?.data.name;
  const publishers = d.publishers.flatMap((p) => orgName(p.id) ?? []);
  const provenance = releaseProvenance(release, (id) => relations.byId.organizations.get(id));
  const creators = d.kind === 'digest' ? [ja.siteName] : publishers;
  const notice = provenance.notice ? `<p>${escapeMarkup(provenance.notice)}</p>\n` : '';
  return {
    title: d.title,
    link: new URL(entryUrl('releases', release.id), site).href,
    description: escapeMarkup(d.lead),
    content: `${notice}<p>${escapeMarkup(d.lead)}</p>\n${absoluteBodyHtml}`,
    categories: d.topics.flatMap((t) => {
      const topic = relations.byId.topics.get(t.id);
      return topic ? [topic.data.name] : [];
    }),
    // dc:date in Japan time at the content's precision: the browser view (feed-stylesheet.ts)
    // shows the day readers expect.
    customData:
      `<pubDate>${rfc822InJapan(d.published)}</pubDate>` +
      creators.map((name) => `<dc:creator>${escapeMarkup(name)}</dc:creator>`).join('') +
      `<dc:date>${isoInJapan(d.published)}</dc:date>`,
  };
}
