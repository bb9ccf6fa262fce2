/**
 * Structured data (schema.org JSON-LD) for entry pages, and the one serializer that may put it
 * inside a <script> element.
 */
import type { City, Organization, Release } from '../schemas/index.ts';
import { isoInJapan } from './japan-time.ts';
import { eventAnchor } from './events.ts';
import type { Entry, EventItem } from './relations.ts';
import { joinWrappedJapanese } from './text.ts';

export type JsonLd = Record<string, unknown>;

/**
 * JSON for a `<script type="application/ld+json">` element. The HTML parser ends a script at
 * `</script` whatever the JSON means, so `<`, `>` and `&` are written as \u escapes (still the
 * same JSON strings); U+2028/U+2029 are escaped because older JavaScript parsers reject them.
 */
export function serializeJsonLd(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new Error('JSON-LD must be a JSON value');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const context = 'https://schema.org';

const governmentKinds = new Set<Organization['kind']>([
  'municipality',
  'prefecture',
  'government',
  'public-body',
]);

/** The schema.org type of an organisation: public bodies are GovernmentOrganization. */
export function organizationType(kind: Organization['kind']): 'GovernmentOrganization' | 'Organization' {
  return governmentKinds.has(kind) ? 'GovernmentOrganization' : 'Organization';
}

/** A short reference to an organisation, as author, publisher or party. */
function organizationRef(o: Entry<Organization>, pageUrl: (o: Entry<Organization>) => string): JsonLd {
  return {
    '@type': organizationType(o.data.kind),
    name: o.data.name,
    url: pageUrl(o),
    ...(o.data.website ? { sameAs: o.data.website } : {}),
  };
}

export function organizationLd(o: Entry<Organization>, url: string, city?: Entry<City>): JsonLd {
  const d = o.data;
  return {
    '@context': context,
    '@type': organizationType(d.kind),
    '@id': url,
    name: d.name,
    ...(d.shortName ? { alternateName: d.shortName } : {}),
    url,
    ...(d.website ? { sameAs: d.website } : {}),
    description: joinWrappedJapanese(d.summary),
    ...(d.founded ? { foundingDate: d.founded } : {}),
    ...(d.headOffice ? { address: d.headOffice } : {}),
    ...(city ? { location: { '@type': 'AdministrativeArea', name: city.data.name } } : {}),
  };
}

/**
 * A municipality as a place with its code, and, when the site knows it, the local government
 * that serves it (so search engines can tell 相馬市 the area from 相馬市 the body).
 */
export function cityLd(c: Entry<City>, url: string, government?: { name: string; url: string }): JsonLd {
  const d = c.data;
  const area = {
    '@type': 'AdministrativeArea',
    '@id': url,
    name: d.name,
    alternateName: [d.reading, d.nameEn],
    url,
    description: joinWrappedJapanese(d.summary),
    identifier: { '@type': 'PropertyValue', propertyID: '全国地方公共団体コード', value: d.code },
    containedInPlace: { '@type': 'AdministrativeArea', name: d.prefecture },
    ...(d.officialSite ? { sameAs: d.officialSite } : {}),
  };
  if (!government) return { '@context': context, ...area };
  return {
    '@context': context,
    '@graph': [
      area,
      {
        '@type': 'GovernmentOrganization',
        '@id': government.url,
        name: government.name,
        url: government.url,
        areaServed: { '@id': url },
      },
    ],
  };
}

const attendanceModeUrl = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
} as const;

/**
 * An Event, or nothing. Search engines require a location; the content states a venue only when
 * the source names one, and none is ever guessed, so an event without a venue has no Event
 * markup at all (it is still on the page). Attendance and organiser appear only when stated.
 */
export function eventLd(item: EventItem, url: string, organizer?: JsonLd): JsonLd | undefined {
  const e = item.event;
  if (e.place === undefined) return undefined;
  return {
    '@type': 'Event',
    '@id': url,
    name: e.title,
    startDate: isoInJapan(e.start),
    ...(e.end ? { endDate: isoInJapan(e.end) } : {}),
    ...(e.attendance === 'unknown' ? {} : { eventAttendanceMode: attendanceModeUrl[e.attendance] }),
    location: { '@type': 'Place', name: e.place, address: e.place },
    ...(e.url ? { url: e.url } : {}),
    ...(e.speakers.length > 0 ? { performer: e.speakers.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(organizer ? { organizer } : {}),
  };
}

/** This press room as an author or publisher: the name and home page of the site. */
export interface PressRoom {
  name: string;
  url: string;
}

export interface NewsArticleInput {
  release: Entry<Release>;
  url: string;
  publishers: Entry<Organization>[];
  /** For a digest: the organisation whose release it summarises. */
  sourcePublisher?: Entry<Organization> | undefined;
  pressRoom: PressRoom;
  cities: Entry<City>[];
  topics: string[];
  events: EventItem[];
  organizationUrl: (o: Entry<Organization>) => string;
  /** Any organisation by id (an event's organiser need not be a publisher). */
  organization: (id: string) => Entry<Organization> | undefined;
}

/**
 * What every NewsArticle of the site opens with, a Japanese release's and an English summary's
 * (lib/english/json-ld.ts): its address, its title and lead, its language, and its dates as the
 * page shows them.
 */
export function newsArticleHead(a: {
  url: string;
  headline: string;
  subtitle?: string | undefined;
  description: string;
  inLanguage: 'ja' | 'en';
  published: Date | string;
  updated?: Date | string | undefined;
}) {
  return {
    '@type': 'NewsArticle',
    '@id': a.url,
    mainEntityOfPage: a.url,
    url: a.url,
    headline: a.headline,
    ...(a.subtitle ? { alternativeHeadline: a.subtitle } : {}),
    description: a.description,
    inLanguage: a.inLanguage,
    datePublished: isoInJapan(a.published),
    dateModified: isoInJapan(a.updated ?? a.published),
  };
}

/**
 * A release as NewsArticle, with its events; the dates are the ones shown on the page, at the
 * precision the content gives (a day stays a day). An original is authored and published by its
 * publishers. A digest is this press room's text: the press room is its author and publisher,
 * the summarised organisation its `sourceOrganization`, and `isBasedOn` the original release —
 * only when its address is known, never a home page.
 */
export function newsArticleLd(input: NewsArticleInput): JsonLd {
  const d = input.release.data;
  const ref = (o: Entry<Organization>) => organizationRef(o, input.organizationUrl);
  const publishers = input.publishers.map(ref);
  const pressRoom = { '@type': 'Organization', name: input.pressRoom.name, url: input.pressRoom.url };
  const digest = d.kind === 'digest';
  const organizerOf = (item: EventItem) => {
    const id = item.event.organizer?.id;
    const o = id === undefined ? undefined : input.organization(id);
    return o ? ref(o) : undefined;
  };
  return {
    '@context': context,
    '@graph': [
      {
        ...newsArticleHead({
          url: input.url,
          headline: d.title,
          subtitle: d.subtitle,
          description: d.lead,
          inLanguage: 'ja',
          published: d.published,
          updated: d.updated,
        }),
        author: digest ? pressRoom : publishers,
        publisher: digest ? pressRoom : publishers,
        ...(digest && input.sourcePublisher ? { sourceOrganization: ref(input.sourcePublisher) } : {}),
        ...(digest && d.source?.url ? { isBasedOn: d.source.url } : {}),
        ...(input.topics.length > 0 ? { keywords: input.topics.join(',') } : {}),
        ...(input.cities.length > 0
          ? {
              contentLocation: input.cities.map((c) => ({
                '@type': 'AdministrativeArea',
                name: c.data.name,
              })),
            }
          : {}),
      },
      ...input.events.flatMap((e) => eventLd(e, `${input.url}#${eventAnchor(e)}`, organizerOf(e)) ?? []),
    ],
  };
}

export function breadcrumbLd(items: { name: string; url: string }[]): JsonLd {
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}
