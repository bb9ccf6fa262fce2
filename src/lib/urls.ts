import type { CollectionName } from '../schemas/primitives.ts';

/** The page of one entry. Release ids contain the year folder: /releases/2026/soma-…/ */
export function entryUrl(collection: CollectionName, id: string): string {
  return `/${collection}/${id}/`;
}

export function collectionUrl(collection: CollectionName): string {
  return `/${collection}/`;
}

/** Scopes a journalist can subscribe to. */
export type FeedScope =
  { kind: 'all' } | { kind: 'cities' | 'organizations' | 'topics' | 'declarations'; id: string };

/** RSS 2.0 feed of the public releases in a scope. */
export function feedUrl(scope: FeedScope): string {
  return scope.kind === 'all' ? '/feeds/releases.xml' : `/feeds/${scope.kind}/${scope.id}.xml`;
}

/** iCalendar feed of events: all, or one city's. */
export function calendarUrl(cityId?: string): string {
  return cityId === undefined ? '/events.ics' : `/calendar/cities/${cityId}.ics`;
}

/** One event's own calendar, to add just that event: /calendar/events/2026/soma-…/2026-06-24.ics */
export function eventCalendarUrl(event: { release: { id: string }; key: string }): string {
  return `/calendar/events/${event.release.id}/${event.key}.ics`;
}

/** Open data: /data/releases.json … and one CSV of signatories per declaration. */
export function dataUrl(name: 'releases' | 'cities' | 'organizations' | 'declarations'): string {
  return `/data/${name}.json`;
}
export function signatoriesCsvUrl(declarationId: string): string {
  return `/data/declarations/${declarationId}-signatories.csv`;
}

/** A release's Open Graph image (1200 × 630 PNG), drawn at build time. */
export function ogImageUrl(releaseId: string): string {
  return `/og/releases/${releaseId}.png`;
}

export const staticPageUrls = {
  home: '/',
  press: '/press/',
  accessibility: '/accessibility/',
  /** 運営者, お問い合わせ, 利用規約・著作権・リンク */
  about: '/about/',
  employers: '/employers/',
  events: '/events/',
  search: '/search/',
} as const;

/**
 * Long lists are split into pages. The first page keeps the list's own address (/releases/,
 * /topics/childcare/), so every link, feed and sitemap entry that points to it still holds; the
 * following pages sit under a static `page` segment: /releases/page/2/, /topics/childcare/page/2/.
 * A static segment can never be mistaken for an id: release ids start with a four-digit year, which
 * the corpus check enforces (`releaseIdPattern` in src/lib/corpus/layout.ts).
 */
export const PAGE_SEGMENT = 'page';

/** Page `n` (from 1) of the list whose first page is `firstPage`. */
export function listPageUrl(firstPage: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`page must be a positive integer, got ${n}`);
  return n === 1 ? firstPage : `${firstPage}${PAGE_SEGMENT}/${n}/`;
}

/** The value of a list route's `[...page]` parameter for page `n`: none for the first page. */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : `${PAGE_SEGMENT}/${n}`;
}

/**
 * Items per page. Each page must arrive in one round trip: 14 KiB of HTML + CSS, gzip. The shared
 * stylesheet (~3.9 KiB) and the page frame (head, header, navigation, footer: ~2.2 KiB) leave
 * ~8 KiB; on its first page an entry (a city's profile, an organization's facts, a declaration's
 * registry) takes up to ~3 KiB of that. A release in a list costs ~60 B gzip in the generated
 * archive, whose titles repeat a few templates, ~100 B with real, varied titles, and up to ~250 B
 * at the schema's longest title (120 characters); an event ~100–200 B; an employer card with
 * facts and sources ~400 B. The sizes below keep every page within budget at real item sizes,
 * whatever the size of the archive (20 releases: ~2 KiB typical, ~5 KiB at worst).
 */
export const pageSizes = {
  /** /releases/, and the releases of a topic, organization, agreement or declaration; a city's timeline. */
  releases: 20,
  /** /events/: upcoming events first, then past ones. */
  events: 20,
  /** /employers/ and its filter pages: cards with facts and links. */
  employers: 10,
  /** The indexes of cities, organizations, agreements, declarations and topics. */
  entries: 20,
} as const;

/**
 * The English edition lives under /en/ (Astro's i18n routing, `en` locale) and mirrors the
 * Japanese addresses: /releases/2026/soma-…/ ↔ /en/releases/2026/soma-…/, / ↔ /en/.
 */
export const ENGLISH_PREFIX = '/en';
export function englishUrl(japanesePath: string): string {
  return `${ENGLISH_PREFIX}${japanesePath}`;
}
export const englishFeedUrl = englishUrl(feedUrl({ kind: 'all' }));
