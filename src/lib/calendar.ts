/**
 * iCalendar (RFC 5545) files of the events announced in public releases, written with
 * ical-generator: every event (events.ics), a city's events, and each event on its own (to add
 * one event without subscribing to a whole calendar). Times are in Asia/Tokyo: an event with a
 * time gets DTSTART;TZID=Asia/Tokyo and the zone's VTIMEZONE; an event given only as a day
 * (start: 2026-06-24) is an all-day event (DTSTART;VALUE=DATE, DTEND the day after it ends).
 * Dates are built with luxon in the Tokyo zone, so the output does not depend on the time zone of
 * the machine that builds the site.
 *
 * Identity and versions, for clients that already hold an event (docs/developers.md, "Calendars"):
 * - UID: release id + the event's key (its `id`, or its start day), never its position.
 * - SEQUENCE: minutes from `published` to `updated`. A static build keeps no memory of earlier
 *   builds, so the version comes from the content: editors set `updated` when they change a
 *   release, and every event of that release gets a higher SEQUENCE.
 * - DTSTAMP: `updated`, or `published`; stable from build to build, unlike the build time.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';
import { ja } from '../i18n/ja.ts';
import { eventWhere } from './events.ts';
import { isDay, momentMs, momentStart } from './japan-time.ts';
import type { EventItem, Relations } from './relations.ts';
import { entryUrl } from './urls.ts';

export const calendarZone = 'Asia/Tokyo';
const zone = { zone: calendarZone };

const tokyo = (t: Date) => DateTime.fromJSDate(t, zone);
const day = (d: string) => DateTime.fromISO(d, zone);

/** Stable across builds and across edits that add or reorder events: release id and event key. */
export function eventUid(item: Pick<EventItem, 'release' | 'key'>, site: URL): string {
  return `${item.release.id}/events/${item.key}@${site.host}`;
}

/** 0 until the release is updated; then the minutes since publication, so each update raises it. */
export function eventSequence(item: Pick<EventItem, 'release'>): number {
  const { published, updated } = item.release.data;
  if (!updated) return 0;
  return Math.max(0, Math.floor((momentMs(updated) - momentMs(published)) / 60_000));
}

/**
 * What the content does not say about when and where, in one sentence for readers, or undefined.
 * The site never guesses a time or a venue; it sends the reader to the publisher.
 */
export function eventGapNotice(
  e: Pick<EventItem['event'], 'start' | 'place' | 'attendance'>,
): string | undefined {
  const noTime = isDay(e.start);
  // Online only needs no venue; in person or mixed without a named place does.
  const noPlace = e.place === undefined && e.attendance !== 'online';
  if (noTime && noPlace) return ja.calendar.checkTimeAndPlace;
  if (noTime) return ja.calendar.checkTime;
  if (noPlace) return ja.calendar.checkPlace;
  return undefined;
}

/**
 * An event's times, worked out once per build: an event is written into the all-events calendar,
 * its cities' calendars and its own, and linked to Google Calendar from its pages, and luxon's
 * zone arithmetic was most of the cost of writing calendars. Luxon's DateTimes are immutable,
 * so sharing them is safe.
 */
const times = new WeakMap<EventItem['event'], ReturnType<typeof computeTimes>>();

export function eventTimes(e: EventItem['event']) {
  let t = times.get(e);
  if (!t) {
    t = computeTimes(e);
    times.set(e, t);
  }
  return t;
}

function computeTimes(e: EventItem['event']) {
  if (typeof e.start === 'string') {
    // All-day: the end is exclusive, the day after the last day.
    const last = e.end === undefined ? day(e.start) : typeof e.end === 'string' ? day(e.end) : tokyo(e.end);
    return { allDay: true as const, start: day(e.start), end: last.startOf('day').plus({ days: 1 }) };
  }
  const end =
    e.end === undefined ? undefined : typeof e.end === 'string' ? day(e.end).plus({ days: 1 }) : tokyo(e.end);
  return { allDay: false as const, start: tokyo(e.start), end, timezone: calendarZone };
}

const stamps = new WeakMap<EventItem['release'], DateTime>();
/** DTSTAMP of a release's events, once per release (as eventTimes, for the same reason). */
function releaseStamp(release: EventItem['release']): DateTime {
  let stamp = stamps.get(release);
  if (!stamp) {
    stamp = tokyo(momentStart(release.data.updated ?? release.data.published));
    stamps.set(release, stamp);
  }
  return stamp;
}

/** The text of an event in calendars: kind, speakers, what is not known, and its release. */
export function eventDescription(item: EventItem, site: URL): string {
  const { event: e, release } = item;
  return [
    e.kind,
    e.speakers.length > 0 ? `${ja.release.speakers}: ${e.speakers.join('、')}` : undefined,
    eventGapNotice(e),
    ja.calendar.source(release.data.title),
    new URL(entryUrl('releases', release.id), site).href,
  ]
    .filter(Boolean)
    .join('\n');
}

export interface CalendarOptions {
  name: string;
  description: string;
  events: readonly EventItem[];
  site: URL;
}

export function calendarText({ name, description, events, site }: CalendarOptions): string {
  // An empty calendar is never offered: the routes generate none, and this makes sure of it.
  if (events.length === 0) throw new Error(`calendar "${name}" has no event`);
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
    const place = eventWhere(e) ?? '';
    cal.createEvent({
      id: eventUid(item, site),
      sequence: eventSequence(item),
      ...eventTimes(e),
      // When the event was announced (or last updated): stable, unlike the build time.
      stamp: releaseStamp(release),
      summary: e.title,
      description: eventDescription(item, site),
      location: place === '' ? null : place,
      url: e.url ?? new URL(entryUrl('releases', release.id), site).href,
      categories: e.kind ? [{ name: e.kind }] : [],
    });
  }
  // RFC 5545 ends every content line, the last one included, with CRLF.
  const text = cal.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

export function allEventsCalendar(relations: Relations, site: URL): string {
  return calendarText({
    name: ja.calendar.name,
    description: ja.calendar.description,
    events: relations.events,
    site,
  });
}

/** The cities that have a calendar: those with at least one event. */
export function citiesWithEvents(relations: Relations): string[] {
  return [...relations.city.entries()].filter(([, r]) => r.events.length > 0).map(([id]) => id);
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

/** A calendar holding one event, for "add this event". */
export function eventCalendar(item: EventItem, site: URL): string {
  return calendarText({
    name: item.event.title,
    description: ja.calendar.eventDescription(item.release.data.title),
    events: [item],
    site,
  });
}
