import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, keyedByCorpus } from '../../../data/site.ts';
import { signatoriesCsv } from '../../../lib/open-data.ts';

export const getStaticPaths = keyedByCorpus(async () => {
  const { corpus } = await getSite();
  return corpus.declarations.map((d) => ({ params: { id: d.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { relations } = await getSite();
  return new Response(signatoriesCsv(params.id!, relations, site!), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
