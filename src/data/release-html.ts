/**
 * Each public release's MDX body rendered to an HTML string, once per build, for the feeds
 * (every feed that carries a release reuses the same string).
 */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getSite } from './site.ts';

async function renderAll(): Promise<Map<string, string>> {
  const { corpus } = await getSite();
  // MDX bodies need the MDX renderer, which a bare container does not have.
  const renderers = await loadRenderers([getContainerRenderer()]);
  const container = await experimental_AstroContainer.create({ renderers });
  const html = new Map<string, string>();
  for (const release of corpus.releases) {
    // getSite() gives the collection entries themselves, which render() accepts.
    const { Content } = await render(release);
    html.set(release.id, await container.renderToString(Content));
  }
  return html;
}

let rendered: Promise<Map<string, string>> | undefined;
export function releaseBodies(): Promise<Map<string, string>> {
  rendered ??= renderAll();
  return rendered;
}
