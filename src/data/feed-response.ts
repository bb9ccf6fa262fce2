/** Writes one feed with @astrojs/rss: items from src/lib/feeds.ts, bodies rendered once per build. */
import rss from '@astrojs/rss';
import type { CollectionEntry } from 'astro:content';
import { feedStylesheetPath } from '../lib/feed-stylesheet.ts';
import { channelCustomData, feedItem, feedNamespaces, type Feed } from '../lib/feeds.ts';
import { releaseFeedBody } from './release-html.ts';
import { getSite } from './site.ts';

export async function feedResponse(feed: Feed, site: URL): Promise<Response> {
  const { relations } = await getSite();
  // getSite() gives the collection entries themselves, which render() accepts.
  const bodies = await Promise.all(
    feed.releases.map((r) => releaseFeedBody(r as CollectionEntry<'releases'>, site)),
  );
  const response = await rss({
    title: feed.title,
    description: feed.description,
    site: new URL(feed.pagePath, site).href,
    xmlns: feedNamespaces,
    customData: channelCustomData(new URL(feed.path, site).href),
    // A browser shows the feed as a page on how to subscribe; feed readers ignore this.
    stylesheet: feedStylesheetPath,
    items: feed.releases.map((r, i) => feedItem(r, bodies[i] ?? '', relations, site)),
  });
  response.headers.set('Content-Type', 'application/rss+xml; charset=utf-8');
  return response;
}
