/**
 * A release page (/releases/2026/…/): everything it shows, worked out from the release, the
 * relations index and the release's events. The page only lays it out.
 */
import { ja } from '../i18n/ja.ts';
import { eventAnchor, eventWhere } from '../lib/events.ts';
import { isoInJapan } from '../lib/japan-time.ts';
import { newsArticleLd } from '../lib/json-ld.ts';
import { resolve } from '../lib/links.ts';
import { releaseOgImage } from '../lib/og-card.ts';
import { releaseProvenance } from '../lib/provenance.ts';
import type { Entry, EventItem, Relations } from '../lib/relations.ts';
import { absoluteUrl } from '../lib/seo.ts';
import { releaseFeedLinks } from '../lib/subscriptions.ts';
import { joinWrappedJapanese } from '../lib/text.ts';
import { collectionUrl, entryUrl } from '../lib/urls.ts';
import type { Release } from '../schemas/index.ts';
import { contactRows, factRows, type FactRow } from './facts.ts';

export interface ReleasePageInput {
  release: Entry<Release>;
  relations: Relations;
  /** The release's events, in the order of the site's event list (getReleaseEvents). */
  events: EventItem[];
  site: URL;
}

export function releaseView({ release, relations, events, site }: ReleasePageInput) {
  const d = release.data;
  const { byId } = relations;
  const t = ja.release;
  const p = ja.releasePage;
  const pv = ja.provenance;
  const url = absoluteUrl(entryUrl('releases', release.id), site);
  const organization = (id: string) => byId.organizations.get(id);
  const publishers = resolve(d.publishers, byId.organizations);
  const publisherNames = publishers.map((o) => o.data.name);
  const cities = resolve(d.cities, byId.cities);
  const topics = resolve(d.topics, byId.topics);
  const provenance = releaseProvenance(release, organization);
  const feeds = releaseFeedLinks(release, relations);
  const jsonLd = newsArticleLd({
    release,
    url,
    publishers,
    cities,
    topics: topics.map((x) => x.data.name),
    events,
    sourcePublisher: provenance.sourcePublisher,
    pressRoom: { name: ja.siteName, url: absoluteUrl('/', site) },
    organizationUrl: (o) => absoluteUrl(entryUrl('organizations', o.id), site),
    organization,
  });
  const digest = provenance.kind === 'digest';
  const facts = factRows([
    { term: t.published, value: [{ date: d.published }] },
    d.updated && { term: t.updated, value: [{ date: d.updated }] },
    {
      term: pv.publishers[d.kind],
      value: [
        {
          links: publishers.map((o) => ({ href: entryUrl('organizations', o.id), label: o.data.name })),
          as: 'run',
        },
      ],
    },
    digest && { term: pv.summarisedBy, value: [ja.siteName] },
    digest && {
      term: pv.source,
      value: [
        provenance.sourceLink
          ? {
              href: provenance.sourceLink.href,
              label: `${provenance.sourceLink.label}${ja.layout.externalSite}`,
            }
          : p.noSource,
      ],
    },
  ]);
  const related = [
    {
      label: p.related.cities,
      items: cities.map((c) => ({ href: entryUrl('cities', c.id), label: c.data.name })),
    },
    {
      label: p.related.agreements,
      items: resolve(d.agreements, byId.agreements).map((a) => ({
        href: entryUrl('agreements', a.id),
        label: a.data.title,
      })),
    },
    {
      label: p.related.declarations,
      items: resolve(d.declarations, byId.declarations).map((x) => ({
        href: entryUrl('declarations', x.id),
        label: x.data.name,
      })),
    },
    {
      label: p.related.topics,
      items: topics.map((x) => ({ href: entryUrl('topics', x.id), label: x.data.name })),
    },
    {
      label: p.related.publishers,
      items: publishers.map((o) => ({ href: entryUrl('organizations', o.id), label: o.data.name })),
    },
  ];
  return {
    layout: {
      title: d.title,
      section: ja.nav.releases,
      description: d.lead,
      breadcrumbs: [
        { href: '/', label: ja.nav.home },
        { href: collectionUrl('releases'), label: ja.nav.releases },
      ],
      feeds,
      jsonLd: [jsonLd],
      article: { published: isoInJapan(d.published), modified: isoInJapan(d.updated ?? d.published) },
      ogImage: releaseOgImage(release, relations, site),
    },
    head: {
      kicker: `${pv.kicker[d.kind]}・${publisherNames.join('、')}`,
      title: d.title,
      subtitle: d.subtitle,
      notice:
        provenance.notice === undefined
          ? undefined
          : { text: provenance.notice, class: 'provenance' as const },
      facts,
    },
    title: d.title,
    /** In-page links: the events only when the release has some. */
    pageNav: [
      { id: 'body', label: p.body },
      ...(events.length > 0 ? [{ id: 'events', label: t.events }] : []),
      { id: 'contacts', label: t.contacts },
      { id: 'related', label: t.related },
    ],
    lead: joinWrappedJapanese(d.lead),
    events: events.map((item) => ({ item, anchor: eventAnchor(item), ...releaseEventView(item) })),
    citation: { title: d.title, kind: d.kind, publisherNames, date: d.published, url },
    contacts: d.contacts.map((c) => ({
      organization: organization(c.organization.id)?.data.name ?? c.organization.id,
      rows: contactRows(c, { department: p.contactDept, phone: t.phone, email: t.email }),
    })),
    /** Related entries by kind; a kind the release names none of is left out. */
    related: related
      .filter((g) => g.items.length > 0)
      .map((g): FactRow => ({ term: g.label, value: [{ links: g.items, as: 'inline-list' }] })),
    relatedReleases: relations.release.get(release.id)?.related ?? [],
    feeds,
  };
}

/** One event on its release's page: its title, what the source says about it, its own page. */
export function releaseEventView({ event: e }: Pick<EventItem, 'event'>) {
  const where = eventWhere(e);
  const p = ja.releasePage;
  return {
    title: e.title,
    facts: factRows([
      { term: p.eventDate, value: [{ date: e.start, end: e.end, withTime: true }] },
      e.kind && { term: p.eventKind, value: [e.kind] },
      where && { term: p.eventPlace, value: [where] },
      e.speakers.length > 0 && { term: p.eventSpeakers, value: [e.speakers.join('、')] },
    ]),
    link: e.url ? { href: e.url, label: `${ja.release.eventPage}${ja.layout.externalSite}` } : undefined,
  };
}
