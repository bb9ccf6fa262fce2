import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { allEventsCalendar } from '../lib/calendar.ts';

export const GET: APIRoute = async ({ site }) => {
  const { relations } = await getSite();
  return new Response(allEventsCalendar(relations, site!), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
