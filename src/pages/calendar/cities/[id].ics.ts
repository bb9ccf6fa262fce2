import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, keyedByCorpus } from '../../../data/site.ts';
import { citiesWithEvents, cityCalendar } from '../../../lib/calendar.ts';

/** Only cities with at least one event: an empty calendar is never offered. */
export const getStaticPaths = keyedByCorpus(async () => {
  const { relations } = await getSite();
  return citiesWithEvents(relations).map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { relations } = await getSite();
  return new Response(cityCalendar(params.id!, relations, site!), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
