import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { eventCalendar } from '../../../lib/calendar.ts';
import type { EventItem } from '../../../lib/relations.ts';

/** One calendar per event, at /calendar/events/<release id>/<event key>.ics (eventCalendarUrl). */
export const getStaticPaths = (async () => {
  const { relations } = await getSite();
  return relations.events.map((item) => ({
    params: { event: `${item.release.id}/${item.key}` },
    props: { item },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: EventItem }> = ({ props, site }) =>
  new Response(eventCalendar(props.item, site!), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
