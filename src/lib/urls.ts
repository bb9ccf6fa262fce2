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

/** Open data: /data/releases.json … and one CSV of signatories per declaration. */
export function dataUrl(name: 'releases' | 'cities' | 'organizations' | 'declarations'): string {
  return `/data/${name}.json`;
}
export function signatoriesCsvUrl(declarationId: string): string {
  return `/data/declarations/${declarationId}-signatories.csv`;
}

export function searchUrl(query?: string): string {
  return query ? `/search/?q=${encodeURIComponent(query)}` : '/search/';
}

export const staticPageUrls = {
  home: '/',
  press: '/press/',
  accessibility: '/accessibility/',
  employers: '/employers/',
  events: '/events/',
  search: '/search/',
} as const;
