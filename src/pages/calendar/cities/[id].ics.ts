import type { APIRoute, GetStaticPaths } from 'astro';
import { getCheckedSite } from '../../../data/checked-corpus.ts';
import { cityCalendar } from '../../../lib/calendar.ts';

export const getStaticPaths = (async () => {
  const { corpus } = await getCheckedSite();
  return corpus.cities.map((c) => ({ params: { id: c.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { relations } = await getCheckedSite();
  return new Response(cityCalendar(params.id!, relations, site!), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
