/**
 * iCalendar (RFC 5545) feeds of the events announced in public releases, written with
 * ical-generator. Times are in Asia/Tokyo: an event with a time gets DTSTART;TZID=Asia/Tokyo
 * and the zone's VTIMEZONE; an event given only as a day (start: 2026-06-24) is an all-day event
 * (DTSTART;VALUE=DATE, DTEND the day after it ends). Dates are built with luxon in the Tokyo
 * zone, so the output does not depend on the time zone of the machine that builds the site.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';
import { ja } from '../i18n/ja.ts';
import { eventWhere } from './events.ts';
import { momentStart } from './japan-time.ts';
import type { EventItem, Relations } from './relations.ts';
import { entryUrl } from './urls.ts';

export const calendarZone = 'Asia/Tokyo';
const zone = { zone: calendarZone };

const tokyo = (t: Date) => DateTime.fromJSDate(t, zone);
const day = (d: string) => DateTime.fromISO(d, zone);

/** Stable across builds: the release id and the event's position in it. */
export function eventUid(item: Pick<EventItem, 'release' | 'index'>, site: URL): string {
  return `${item.release.id}/events/${item.index}@${site.host}`;
}

function eventTimes(e: EventItem['event']) {
  if (typeof e.start === 'string') {
    // All-day: the end is exclusive, the day after the last day.
    const last = e.end === undefined ? day(e.start) : typeof e.end === 'string' ? day(e.end) : tokyo(e.end);
    return { allDay: true, start: day(e.start), end: last.startOf('day').plus({ days: 1 }) };
  }
  const end =
    e.end === undefined ? undefined : typeof e.end === 'string' ? day(e.end).plus({ days: 1 }) : tokyo(e.end);
  return { allDay: false, start: tokyo(e.start), end, timezone: calendarZone };
}

export interface CalendarOptions {
  name: string;
  description: string;
  events: readonly EventItem[];
  site: URL;
}

export function calendarText({ name, description, events, site }: CalendarOptions): string {
  const cal = ical({
    name,
    description,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: site.host, product: 'chiiki-pressroom', language: 'JA' },
    url: site.href,
    ttl: 24 * 60 * 60,
  });
  // A VTIMEZONE for each zone the events use; X-WR-TIMEZONE for clients that read only that.
  cal.timezone({ name: null, generator: getVtimezoneComponent });
  cal.x('X-WR-TIMEZONE', calendarZone);
  for (const item of events) {
    const { event: e, release } = item;
    const releaseUrl = new URL(entryUrl('releases', release.id), site).href;
    const place = eventWhere(e) ?? '';
    cal.createEvent({
      id: eventUid(item, site),
      ...eventTimes(e),
      // When the event was announced (or last updated): stable, unlike the build time.
      stamp: tokyo(momentStart(release.data.updated ?? release.data.published)),
      summary: e.title,
      description: [
        e.kind,
        e.speakers.length > 0 ? `${ja.release.speakers}: ${e.speakers.join('、')}` : undefined,
        ja.calendar.source(release.data.title),
        releaseUrl,
      ]
        .filter(Boolean)
        .join('\n'),
      location: place === '' ? null : place,
      url: e.url ?? releaseUrl,
      categories: e.kind ? [{ name: e.kind }] : [],
    });
  }
  return cal.toString();
}

export function allEventsCalendar(relations: Relations, site: URL): string {
  return calendarText({
    name: ja.calendar.name,
    description: ja.calendar.description,
    events: relations.events,
    site,
  });
}

export function cityCalendar(cityId: string, relations: Relations, site: URL): string {
  const city = relations.byId.cities.get(cityId);
  if (!city) throw new Error(`unknown city ${cityId}`);
  return calendarText({
    name: ja.calendar.cityName(city.data.name),
    description: ja.calendar.cityDescription(city.data.name),
    events: relations.city.get(cityId)?.events ?? [],
    site,
  });
}
