/** /og/releases/2026/<id>.png: the Open Graph image of each of the newest public releases (src/lib/og-card.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { keyedByCorpus } from '../../../data/site.ts';
import { drawOgImages, ogImagePng } from '../../../data/og-image.ts';
import { cardedReleaseIds, releaseOgCard } from '../../../lib/og-card.ts';

// Keyed by the corpus: a card shows a release's title, publishers and date, and which releases
// get one follows from the corpus too; the font and renderers are packages (Astro's lockfile hash).
export const getStaticPaths = keyedByCorpus(async (_options, { corpus, relations }) => {
  const carded = cardedReleaseIds(relations);
  const releases = corpus.releases.filter((r) => carded.has(r.id));
  const cards = releases.map((release) => releaseOgCard(release, relations));
  // Astro asks every route for its paths before it renders a page: the cards are drawn in a
  // worker thread while the other routes render (src/data/og-image.ts).
  drawOgImages(cards);
  return releases.map((release, i) => ({
    params: { id: release.id },
    props: { card: cards[i]!, cards },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await ogImagePng(props.card, props.cards);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
