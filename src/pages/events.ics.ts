import type { APIRoute } from 'astro';
import { getCheckedSite } from '../data/checked-corpus.ts';
import { allEventsCalendar } from '../lib/calendar.ts';

export const GET: APIRoute = async ({ site }) => {
  const { relations } = await getCheckedSite();
  return new Response(allEventsCalendar(relations, site!), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
