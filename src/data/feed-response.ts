/** Writes one feed with @astrojs/rss: items from src/lib/feeds.ts, bodies rendered once per build. */
import rss from '@astrojs/rss';
import { channelCustomData, feedItem, feedNamespaces, type Feed } from '../lib/feeds.ts';
import { releaseBodies } from './release-html.ts';
import { getSite } from './site.ts';

export async function feedResponse(feed: Feed, site: URL): Promise<Response> {
  const { relations } = await getSite();
  const bodies = await releaseBodies();
  const response = await rss({
    title: feed.title,
    description: feed.description,
    site: new URL(feed.pagePath, site).href,
    xmlns: feedNamespaces,
    customData: channelCustomData(new URL(feed.path, site).href),
    items: feed.releases.map((r) => feedItem(r, bodies.get(r.id) ?? '', relations, site)),
  });
  response.headers.set('Content-Type', 'application/rss+xml; charset=utf-8');
  return response;
}
