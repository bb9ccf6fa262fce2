import type { APIRoute } from 'astro';
import { feedResponse } from '../../data/feed-response.ts';
import { getSite } from '../../data/site.ts';
import { allReleasesFeed } from '../../lib/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
  const { corpus } = await getSite();
  return feedResponse(allReleasesFeed(corpus), site!);
};
