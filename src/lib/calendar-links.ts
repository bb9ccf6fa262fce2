/**
 * "Add this event" links: the event's own .ics (opens in the device's calendar app), the same
 * file as webcal: (calendar apps that subscribe by address), and Google Calendar's documented
 * event template (calendar.google.com/calendar/render?action=TEMPLATE). Plain links: nothing is
 * requested from another origin until the reader clicks.
 */
import { calendarZone, eventDescription, eventTimes } from './calendar.ts';
import { eventWhere } from './events.ts';
import type { EventItem } from './relations.ts';
import { eventCalendarUrl } from './urls.ts';

export interface EventAddLinks {
  ics: string;
  webcal: string;
  google: string;
}

const compactDay = (d: string) => d.replaceAll('-', '');

export function googleCalendarUrl(item: EventItem, site: URL): string {
  const t = eventTimes(item.event);
  // All-day: 20260624/20260625 (end exclusive). Timed: local times in Asia/Tokyo (ctz below).
  // Without a stated end the event gets no length: the site does not invent one.
  const dates = t.allDay
    ? `${compactDay(t.start.toISODate()!)}/${compactDay(t.end.toISODate()!)}`
    : `${t.start.toFormat("yyyyMMdd'T'HHmmss")}/${(t.end ?? t.start).toFormat("yyyyMMdd'T'HHmmss")}`;
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: item.event.title,
    dates,
    details: eventDescription(item, site),
  });
  const place = eventWhere(item.event);
  if (place) params.set('location', place);
  if (!t.allDay) params.set('ctz', calendarZone);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

export function eventAddLinks(item: EventItem, site: URL): EventAddLinks {
  const ics = eventCalendarUrl(item);
  const absolute = new URL(ics, site);
  return {
    ics,
    webcal: `webcal://${absolute.host}${absolute.pathname}`,
    google: googleCalendarUrl(item, site),
  };
}
