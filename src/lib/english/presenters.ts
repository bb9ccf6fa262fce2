/**
 * What each English page shows, computed from the public corpus and the English edition: pure
 * data for thin .astro files. Every date, name and figure comes from the Japanese entry; the
 * English summary contributes only its own text.
 */
import { en } from '../../i18n/en.ts';
import type { Agreement, City, EnglishSummary, Release } from '../../schemas/index.ts';
import { resolve } from '../links.ts';
import { byMunicipalCode } from '../sort.ts';
import { releaseProvenance } from '../provenance.ts';
import { newestFirst, type Corpus, type Entry, type Relations } from '../relations.ts';
import { englishUrl, entryUrl } from '../urls.ts';
import {
  plainName,
  declarationNameEn,
  englishEntryUrl,
  japaneseKey,
  organizationNameEn,
  prefectureEn,
  type EnglishDisplayName,
  type EnglishEdition,
} from './edition.ts';

/**
 * Lists on entry pages that grow with the archive are capped (every page fits one round trip);
 * the full list is on the Japanese page, which the English page links.
 */
export const ENGLISH_RELATED_LIMIT = 5;

/** A release or agreement in an English list: its English title, or its Japanese one marked "Japanese only". */
export interface EnglishListItem {
  href: string;
  title: string;
  /** The language of the title: 'ja' for an entry without English summary. */
  lang: 'en' | 'ja';
  japaneseOnly: boolean;
  date: Date | string;
  /** Publishers (releases) or parties (agreements). */
  by: EnglishDisplayName[];
}

function summaryOf(edition: EnglishEdition, collection: 'releases' | 'agreements', id: string) {
  return edition.summaries.get(japaneseKey(collection, id));
}

export function releaseItem(r: Entry<Release>, edition: EnglishEdition, relations: Relations): EnglishListItem {
  const summary = summaryOf(edition, 'releases', r.id);
  return {
    href: summary ? englishEntryUrl('releases', r.id) : entryUrl('releases', r.id),
    title: summary?.data.title ?? r.data.title,
    lang: summary ? 'en' : 'ja',
    japaneseOnly: !summary,
    date: r.data.published,
    by: resolve(r.data.publishers, relations.byId.organizations).map((o) =>
      organizationNameEn(o, edition, relations.byId.cities),
    ),
  };
}

export function agreementItem(a: Entry<Agreement>, edition: EnglishEdition, relations: Relations): EnglishListItem {
  const summary = summaryOf(edition, 'agreements', a.id);
  return {
    href: summary ? englishEntryUrl('agreements', a.id) : entryUrl('agreements', a.id),
    title: summary?.data.title ?? a.data.title,
    lang: summary ? 'en' : 'ja',
    japaneseOnly: !summary,
    date: a.data.signed,
    by: resolve(a.data.parties, relations.byId.organizations).map((o) =>
      organizationNameEn(o, edition, relations.byId.cities),
    ),
  };
}

/** Every public release, newest first, as the English release list shows them. */
export function englishReleaseList(corpus: Corpus, edition: EnglishEdition, relations: Relations) {
  return corpus.releases.toSorted(newestFirst).map((r) => releaseItem(r, edition, relations));
}

export interface CityLinkEn {
  href: string;
  name: string;
  prefecture: string;
}
export const cityLinkEn = (c: Entry<City>): CityLinkEn => ({
  href: englishUrl(entryUrl('cities', c.id)),
  name: c.data.nameEn,
  prefecture: prefectureEn(c.data.prefecture),
});

/** Cities in 全国地方公共団体コード order (north to south), as the Japanese home lists them. */
export const citiesByCode = (cities: readonly Entry<City>[]) => cities.toSorted(byMunicipalCode);

export function englishReleaseView(
  summary: Entry<EnglishSummary>,
  release: Entry<Release>,
  relations: Relations,
  edition: EnglishEdition,
) {
  const d = release.data;
  const { byId } = relations;
  const orgName = (id: string) => {
    const o = byId.organizations.get(id);
    return o && organizationNameEn(o, edition, byId.cities);
  };
  const publishers = resolve(d.publishers, byId.organizations).map((o) =>
    organizationNameEn(o, edition, byId.cities),
  );
  const provenance = releaseProvenance(release, (id) => byId.organizations.get(id));
  return {
    title: summary.data.title,
    subtitle: summary.data.subtitle,
    lead: summary.data.lead,
    published: d.published,
    updated: d.updated,
    publishers,
    /** Whose release this summarises: the source's publisher, else the publishers. */
    summarised: d.source ? [orgName(d.source.publisher.id)].filter((n) => n !== undefined) : publishers,
    /** The original release when its address is known, else the publisher's site, labelled as such. */
    source: provenance.sourceLink && {
      href: provenance.sourceLink.href,
      isRelease: provenance.sourceLink.isRelease,
      name: provenance.sourcePublisher
        ? plainName(organizationNameEn(provenance.sourcePublisher, edition, byId.cities))
        : '',
    },
    japaneseUrl: entryUrl('releases', release.id),
    cities: resolve(d.cities, byId.cities).map(cityLinkEn),
    agreements: resolve(d.agreements, byId.agreements).map((a) => agreementItem(a, edition, relations)),
    declarations: resolve(d.declarations, byId.declarations).map((x) => ({
      href: englishUrl('/declarations/'),
      name: declarationNameEn(x.id, x.data.name, edition),
    })),
    events: d.events.map((e) => ({ title: e.title, start: e.start, end: e.end })),
    contacts: d.contacts.map((c) => ({
      organization: orgName(c.organization.id),
      department: c.department,
      email: c.email,
      phone: c.phone,
    })),
  };
}

export function englishAgreementView(
  summary: Entry<EnglishSummary>,
  agreement: Entry<Agreement>,
  relations: Relations,
  edition: EnglishEdition,
) {
  const d = agreement.data;
  const { byId } = relations;
  return {
    title: summary.data.title,
    subtitle: summary.data.subtitle,
    lead: summary.data.lead,
    signed: d.signed,
    online: d.signing?.method === 'online',
    parties: resolve(d.parties, byId.organizations).map((o) => organizationNameEn(o, edition, byId.cities)),
    cities: resolve(d.cities, byId.cities).map(cityLinkEn),
    japaneseUrl: entryUrl('agreements', agreement.id),
    releases: (relations.agreement.get(agreement.id)?.releases ?? [])
      .toSorted(newestFirst)
      .slice(0, ENGLISH_RELATED_LIMIT)
      .map((r) => releaseItem(r, edition, relations)),
  };
}

/** A city's page: its facts from the model, and every public release and agreement about it. */
export function englishCityView(city: Entry<City>, relations: Relations, edition: EnglishEdition) {
  const d = city.data;
  const rel = relations.city.get(city.id);
  const government = d.government && relations.byId.organizations.get(d.government.id);
  return {
    name: d.nameEn,
    japaneseName: d.name,
    prefecture: prefectureEn(d.prefecture),
    code: d.code,
    government: government && organizationNameEn(government, edition, relations.byId.cities),
    officialSite: d.officialSite,
    japaneseUrl: entryUrl('cities', city.id),
    agreements: (rel?.agreements ?? []).map((a) => agreementItem(a, edition, relations)),
    releases: (rel?.releases ?? []).toSorted(newestFirst).map((r) => releaseItem(r, edition, relations)),
  };
}

/** The declarations overview: each declaration's names, sponsor, reported count with its date. */
export function englishDeclarations(corpus: Corpus, relations: Relations, edition: EnglishEdition) {
  const { byId } = relations;
  return corpus.declarations
    .toSorted((a, b) => a.id.localeCompare(b.id))
    .map((x) => {
      const rel = relations.declaration.get(x.id);
      const sponsor = byId.organizations.get(x.data.sponsor.id);
      return {
        id: x.id,
        name: declarationNameEn(x.id, x.data.name, edition),
        sponsor: sponsor && organizationNameEn(sponsor, edition, byId.cities),
        opened: x.data.opened,
        reported: rel?.latestReported && { count: rel.latestReported.count, asOf: rel.latestReported.asOf },
        listed: rel?.listedCount ?? 0,
        japaneseUrl: entryUrl('declarations', x.id),
        releases: (rel?.releases ?? [])
          .toSorted(newestFirst)
          .slice(0, ENGLISH_RELATED_LIMIT)
          .map((r) => releaseItem(r, edition, relations)),
      };
    });
}

/** The strings that mark a name which is not an official English name. */
export const glossNote = (kind: 'romanized' | 'translation') => en.names[kind];
