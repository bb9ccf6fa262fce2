import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse } from '../../../data/feed-response.ts';
import { getSite, keyedByCorpus } from '../../../data/site.ts';
import { feedKey, scopedFeeds, type Feed } from '../../../lib/feeds.ts';

export const getStaticPaths = keyedByCorpus(
  async () => {
    const { corpus, relations } = await getSite();
    return scopedFeeds(corpus, relations).map((feed) => {
      if (feed.scope.kind === 'all') throw new Error('scopedFeeds returned the all-releases feed');
      return { params: { kind: feed.scope.kind, id: feed.scope.id }, props: { feed } };
    });
    // A feed carries its releases' bodies, which the corpus key leaves out.
  },
  ({ props }, site) => feedKey(site.cacheKey, props.feed),
) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: Feed }> = ({ props, site }) => feedResponse(props.feed, site!);
