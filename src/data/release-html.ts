/**
 * A release's MDX body rendered to an HTML string for the feeds: each release at most once per
 * build, and only the releases some feed carries (feeds hold the newest of their scope). A
 * release sits in up to five feeds (all, its cities, publishers, topics, declarations), so its
 * feed form (links made absolute, a cheerio parse) is kept too: at 10,000 releases that was
 * about 40,000 parses for some 10,000 distinct bodies.
 */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import { absolutizeUrls } from '../lib/feeds.ts';

let container: ReturnType<typeof createContainer> | undefined;
async function createContainer() {
  // MDX bodies need the MDX renderer, which a bare container does not have.
  const renderers = await loadRenderers([getContainerRenderer()]);
  return experimental_AstroContainer.create({ renderers });
}

const rendered = new Map<string, Promise<string>>();

async function renderBody(entry: CollectionEntry<'releases' | 'englishSummaries'>): Promise<string> {
  container ??= createContainer();
  const { Content } = await render(entry);
  return (await container).renderToString(Content);
}

export function releaseBody(release: CollectionEntry<'releases'>): Promise<string> {
  let html = rendered.get(release.id);
  if (!html) {
    html = renderBody(release);
    rendered.set(release.id, html);
  }
  return html;
}

/** An English summary's body, for the English feed (each at most once per build). */
export function englishBody(summary: CollectionEntry<'englishSummaries'>): Promise<string> {
  const key = `en:${summary.id}`;
  let html = rendered.get(key);
  if (!html) {
    html = renderBody(summary);
    rendered.set(key, html);
  }
  return html;
}

const forFeeds = new Map<string, Promise<string>>();

/** The body as a feed item carries it: rendered once, its site-relative links made absolute once. */
export function releaseFeedBody(release: CollectionEntry<'releases'>, site: URL): Promise<string> {
  const key = `${site.href}\n${release.id}`;
  let html = forFeeds.get(key);
  if (!html) {
    html = releaseBody(release).then((body) => absolutizeUrls(body, site));
    forFeeds.set(key, html);
  }
  return html;
}
