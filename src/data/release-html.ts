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

async function renderBody(entry: CollectionEntry<'releases' | 'englishSummaries'>): Promise<string> {
  container ??= createContainer();
  const { Content } = await render(entry);
  return (await container).renderToString(Content);
}

const englishBodies = new Map<string, Promise<string>>();

/** An English summary's body, for the English feed (each at most once per build). */
export function englishBody(summary: CollectionEntry<'englishSummaries'>): Promise<string> {
  let html = englishBodies.get(summary.id);
  if (!html) {
    html = renderBody(summary);
    englishBodies.set(summary.id, html);
  }
  return html;
}

const forFeeds = new Map<string, Promise<string>>();

/**
 * The body as a feed item carries it: rendered once, its site-relative links made absolute once.
 * Only this form is kept: the rendered body is not needed again, and at 10,000 releases a second
 * copy of every body would stay in the heap for the rest of the build.
 */
export function releaseFeedBody(release: CollectionEntry<'releases'>, site: URL): Promise<string> {
  const key = `${site.href}\n${release.id}`;
  let html = forFeeds.get(key);
  if (!html) {
    html = renderBody(release).then((body) => absolutizeUrls(body, site));
    forFeeds.set(key, html);
  }
  return html;
}
