/** /en/feeds/releases.xml: the English release summaries as RSS 2.0 (language en). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getEnglish } from '../../../data/english.ts';
import { englishBody } from '../../../data/release-html.ts';
import { getSite } from '../../../data/site.ts';
import { englishFeedChannel, englishFeedItem, englishFeedSummaries } from '../../../lib/english/feed.ts';
import { englishUrl } from '../../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { relations } = await getSite();
  const { edition, entries } = await getEnglish();
  const summaries = englishFeedSummaries(edition, relations);
  const bodies = await Promise.all(summaries.map((s) => englishBody(entries.get(s.id)!)));
  const response = await rss({
    title: englishFeedChannel.title,
    description: englishFeedChannel.description,
    site: new URL(englishUrl('/releases/'), site!).href,
    xmlns: englishFeedChannel.xmlns,
    customData: englishFeedChannel.customData(site!),
    items: summaries.map((s, i) => englishFeedItem(s, bodies[i] ?? '', relations, site!)),
  });
  response.headers.set('Content-Type', 'application/rss+xml; charset=utf-8');
  return response;
};
