import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { cityCalendar } from '../../../lib/calendar.ts';

export const getStaticPaths = (async () => {
  const { corpus } = await getSite();
  return corpus.cities.map((c) => ({ params: { id: c.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { relations } = await getSite();
  return new Response(cityCalendar(params.id!, relations, site!), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
