/**
 * The event list in pages (/events/, /events/page/2/ …): upcoming events first, soonest first,
 * then past events, latest first, so the first page is what a reader can still attend and the
 * past stays reachable however long the archive grows.
 */
import { ja } from '../i18n/ja.ts';
import { splitEvents } from '../lib/events.ts';
import { formatDateTime } from '../lib/format.ts';
import type { EventItem, Relations } from '../lib/relations.ts';
import { calendarLink } from '../lib/subscriptions.ts';
import { listPageUrl, staticPageUrls } from '../lib/urls.ts';
import { listPage } from './list-page.ts';

/** Every event in list order, with how many are upcoming (the props each page keeps). */
export function eventListOrder(events: readonly EventItem[], now: Date) {
  const { upcoming, past } = splitEvents(events, now);
  return { events: [...upcoming, ...past], upcomingCount: upcoming.length, pastCount: past.length };
}

export interface EventsPage {
  data: EventItem[];
  /** Index of the page's first item in the whole list. */
  start: number;
  size: number;
  currentPage: number;
  lastPage: number;
}

export function eventsPageView(
  page: EventsPage,
  counts: { upcomingCount: number; pastCount: number },
  { relations, now }: { relations: Relations; now: Date },
) {
  const t = ja.eventsPage;
  const firstPage = staticPageUrls.events;
  const first = page.currentPage === 1;
  const last = page.currentPage === page.lastPage;
  const { title, breadcrumbs } = listPage({ name: t.title, firstPage, currentPage: page.currentPage });
  // The list is upcoming events, then past ones: this page's share of each.
  const upcoming = page.data.slice(0, Math.max(0, counts.upcomingCount - page.start));
  const past = page.data.slice(upcoming.length);
  const pastStartsOn = Math.floor(counts.upcomingCount / page.size) + 1;
  return {
    layout: { title, description: t.description, breadcrumbs },
    title,
    firstPage,
    asOf: t.asOfBuild(formatDateTime(now)),
    /** The upcoming section: always on the first page (saying when there is none), else where the page has some. */
    upcoming: first || upcoming.length > 0 ? upcoming : undefined,
    /** On the first page, a link to where past events begin when that is a later page. */
    pastLink:
      first && counts.pastCount > 0 && pastStartsOn > 1
        ? { href: `${listPageUrl(firstPage, pastStartsOn)}#past`, label: t.pastFrom(pastStartsOn) }
        : undefined,
    /** The past section: where the page has some, or on the last page when there is none at all. */
    past: past.length > 0 || (last && counts.pastCount === 0) ? past : undefined,
    calendar: calendarLink(relations),
  };
}
