/** dist/schedule.json: when to rebuild next (see src/lib/schedule.ts). */
import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { scheduleDocument } from '../lib/schedule.ts';

export const GET: APIRoute = async () => {
  const { now, nextPublication } = await getSite();
  return new Response(`${JSON.stringify(scheduleDocument(now, nextPublication), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
