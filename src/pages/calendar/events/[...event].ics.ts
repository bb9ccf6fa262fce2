import type { APIRoute, GetStaticPaths } from 'astro';
import { keyedByCorpus } from '../../../data/site.ts';
import { eventCalendar } from '../../../lib/calendar.ts';
import type { EventItem } from '../../../lib/relations.ts';

/** One calendar per event, at /calendar/events/<release id>/<event key>.ics (eventCalendarUrl). */
// Keyed by the corpus like the city calendars: an event's calendar shows only its release's front
// matter, so a rebuild after one edit restores the thousands of them (5,211 at 10,000 releases).
export const getStaticPaths = keyedByCorpus((_options, { relations }) =>
  relations.events.map((item) => ({
    params: { event: `${item.release.id}/${item.key}` },
    props: { item },
  })),
) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: EventItem }> = ({ props, site }) =>
  new Response(eventCalendar(props.item, site!), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
