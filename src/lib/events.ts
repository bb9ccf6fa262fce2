/** Events split at the build instant: what a reader can still attend, and what has happened. */
import { ja } from '../i18n/ja.ts';
import { momentMs } from './japan-time.ts';
import type { EventItem } from './relations.ts';

/** An event is upcoming until it ends; without an end, until its start (a day-only start: that day's end). */
export function isUpcoming(item: EventItem, now: Date): boolean {
  return momentMs(item.event.end ?? item.event.start, 'end') >= now.getTime();
}

export function splitEvents(
  events: readonly EventItem[],
  now: Date,
): { upcoming: EventItem[]; past: EventItem[] } {
  const byStart = (a: EventItem, b: EventItem) =>
    momentMs(a.event.start) - momentMs(b.event.start) || a.index - b.index;
  const upcoming = events.filter((e) => isUpcoming(e, now)).sort(byStart);
  const past = events.filter((e) => !isUpcoming(e, now)).sort((a, b) => byStart(b, a));
  return { upcoming, past };
}

/**
 * Where an event takes place as far as the source says: the venue and how people attend, or
 * undefined when the source says neither (nothing is guessed).
 */
export function eventWhere(event: EventItem['event']): string | undefined {
  const mode = event.attendance === 'unknown' ? undefined : ja.release.attendance[event.attendance];
  const where = [mode, event.place].filter(Boolean).join('・');
  return where === '' ? undefined : where;
}

/** The anchor of an event on its release page. */
export function eventAnchor(item: Pick<EventItem, 'index'>): string {
  return `event-${item.index + 1}`;
}
