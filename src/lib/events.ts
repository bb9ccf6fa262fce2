/** Events split at the build instant: what a reader can still attend, and what has happened. */
import { eventTimeMs } from './event-time.ts';
import type { EventItem } from './relations.ts';

/** An event is upcoming until it ends; without an end, until its start (a day-only start: that day's end). */
export function isUpcoming(item: EventItem, now: Date): boolean {
  return eventTimeMs(item.event.end ?? item.event.start, 'end') >= now.getTime();
}

export function splitEvents(
  events: readonly EventItem[],
  now: Date,
): { upcoming: EventItem[]; past: EventItem[] } {
  const byStart = (a: EventItem, b: EventItem) =>
    eventTimeMs(a.event.start) - eventTimeMs(b.event.start) || a.index - b.index;
  const upcoming = events.filter((e) => isUpcoming(e, now)).sort(byStart);
  const past = events.filter((e) => !isUpcoming(e, now)).sort((a, b) => byStart(b, a));
  return { upcoming, past };
}

/** The anchor of an event on its release page. */
export function eventAnchor(item: Pick<EventItem, 'index'>): string {
  return `event-${item.index + 1}`;
}
