/** /og/releases/2026/<id>.png: each public release's Open Graph image (src/data/og-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { ogImagePng } from '../../../data/og-image.ts';
import { releaseOgCard } from '../../../lib/og-card.ts';

export const getStaticPaths = (async () => {
  const { corpus, relations } = await getSite();
  const cards = corpus.releases.map((release) => releaseOgCard(release, relations));
  return corpus.releases.map((release, i) => ({
    params: { id: release.id },
    props: { card: cards[i]!, cards },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await ogImagePng(props.card, props.cards);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
