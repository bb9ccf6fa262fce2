import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, keyedByCorpus } from '../data/site.ts';
import { allEventsCalendar } from '../lib/calendar.ts';

/**
 * /events.ics, every event of every public release. A route with a parameter only so that a site
 * with no event yet writes no calendar at all (an empty calendar is never offered).
 */
export const getStaticPaths = keyedByCorpus((_options, { relations }) =>
  relations.events.length > 0 ? [{ params: { calendar: 'events' } }] : [],
) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const { relations } = await getSite();
  return new Response(allEventsCalendar(relations, site!), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
