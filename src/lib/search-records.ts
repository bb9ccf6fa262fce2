/**
 * The search records: what the search index holds for each entry (and each event), computed from
 * the public corpus: its title, kind, date, filters and the extra search terms a reader may type
 * (src/lib/search-terms.ts). The page's own text is read by Pagefind from the built HTML, with
 * the record's markup (src/lib/search-markup.ts) added to it (src/lib/search-document.ts).
 */
import { ja } from '../i18n/ja.ts';
import type { Release } from '../schemas/index.ts';
import { eventAnchor, eventWhere } from './events.ts';
import { formatDateTime } from './format.ts';
import { dayInJapan } from './japan-time.ts';
import { resolve } from './links.ts';
import type { Corpus, Entry, Relations } from './relations.ts';
import { filterKeys, type FilterKey } from './search-state.ts';
import { nameVariants, unique } from './search-terms.ts';
import { entryUrl } from './urls.ts';

export type SearchKind = 'releases' | 'agreements' | 'cities' | 'declarations' | 'organizations' | 'events';

/** The kind as results and the 種別 filter name it. */
export const kindLabels: Record<SearchKind, string> = {
  releases: ja.nav.releases,
  agreements: ja.nav.agreements,
  cities: ja.nav.cities,
  declarations: ja.nav.declarations,
  organizations: ja.nav.organizations,
  events: ja.cityPage.timelineKind.event,
};

export interface SearchRecord {
  url: string;
  /**
   * The built page that shows the entry; its existence proves the entry is public. The entry's
   * own page, or for an event the page of the release that announces it.
   */
  page: string;
  kind: SearchKind;
  /** The entry's name or title, which Pagefind ranks with its default title weight. */
  title: string;
  /**
   * The title as results show it: with its kind when another entry has the same name
   * (相馬市（市区町村）・相馬市（組織）). Not ranked: a longer title would rank lower.
   */
  label: string;
  /** The entry's own day (release published, agreement signed, event held), YYYY-MM-DD in Japan time. */
  date?: string | undefined;
  /**
   * What results are sorted by when sorting by newest (descending): entries with their own date
   * first, by that date; then the undated ones (cities, organizations), by their latest activity.
   */
  sortValue: string;
  /** The text of an entry that has no page of its own (an event), one paragraph per item. */
  body?: string[];
  /** The entry's own names as a reader may type them: name variants, short name, reading, code. */
  names: string[];
  /** What a release or agreement is called: its title, subtitle, programmes and courses. */
  headline: string[];
  /** Names of what the entry is about or related to: cities, organizations, programmes, people. */
  terms: string[];
  filters: Record<FilterKey, string[]>;
}

const releaseDay = (r: Entry<Release>) => dayInJapan(r.data.published);

/** The newest of some days (YYYY…, lexicographic), or undefined. */
function latest(days: (string | undefined)[]): string | undefined {
  return days
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
}

export function searchRecords(corpus: Corpus, relations: Relations): SearchRecord[] {
  const { byId } = relations;
  type Ids = readonly { id: string }[];
  const orgNames = (ids: Ids) => resolve(ids, byId.organizations).map((o) => o.data.name);
  const orgTerms = (ids: Ids) =>
    resolve(ids, byId.organizations).flatMap((o) => [...nameVariants(o.data.name), o.data.shortName]);
  const cityNames = (ids: Ids) => resolve(ids, byId.cities).map((c) => c.data.name);
  const cityTerms = (ids: Ids) =>
    resolve(ids, byId.cities).flatMap((c) => [...nameVariants(c.data.name), c.data.reading, c.data.nameEn]);
  const topicNames = (ids: Ids) => resolve(ids, byId.topics).map((t) => t.data.name);
  const topicsOf = (releases: readonly Entry<Release>[]) =>
    releases.flatMap((r) => topicNames(r.data.topics));
  const yearOf = (day: string | undefined) => (day ? [day.slice(0, 4)] : []);
  const records: SearchRecord[] = [];
  // An entry's own page, the search result of its record.
  const entryPage = (kind: Exclude<SearchKind, 'events'>, id: string) => ({ url: entryUrl(kind, id), kind });
  const push = (
    r: Omit<SearchRecord, 'names' | 'headline' | 'terms' | 'filters' | 'sortValue' | 'page' | 'label'> & {
      page?: string;
      names: (string | undefined)[];
      headline?: (string | undefined)[];
      terms: (string | undefined)[];
      filters: Record<FilterKey, (string | undefined)[]>;
      activity: (string | undefined)[];
    },
  ) => {
    const { activity, ...rest } = r;
    records.push({
      ...rest,
      label: r.title,
      page: r.page ?? r.url,
      names: unique(r.names),
      headline: unique(r.headline ?? []),
      terms: unique(r.terms),
      filters: Object.fromEntries(filterKeys.map((k) => [k, unique(r.filters[k])])) as Record<
        FilterKey,
        string[]
      >,
      sortValue: r.date ? `1:${r.date}` : `0:${latest(activity) ?? '0000-00-00'}`,
    });
  };

  for (const { id, data: d } of corpus.releases) {
    const day = dayInJapan(d.published);
    push({
      ...entryPage('releases', id),
      title: d.title,
      date: day,
      names: [],
      headline: [d.title, d.subtitle],
      terms: [
        ...orgTerms(d.publishers),
        ...cityTerms(d.cities),
        ...d.declarations.flatMap((x) => byId.declarations.get(x.id)?.data.name),
        ...d.agreements.flatMap((x) => byId.agreements.get(x.id)?.data.title),
        ...topicNames(d.topics),
        ...d.events.flatMap((e) => [e.title, e.kind, ...e.speakers]),
      ],
      filters: {
        kind: [ja.nav.releases],
        city: cityNames(d.cities),
        organization: orgNames([...d.publishers, ...(d.source ? [d.source.publisher] : [])]),
        topic: topicNames(d.topics),
        year: yearOf(day),
      },
      activity: [],
    });
  }

  for (const { id, data: d } of corpus.agreements) {
    const releases = relations.agreement.get(id)?.releases ?? [];
    push({
      ...entryPage('agreements', id),
      title: d.title,
      date: d.signed,
      names: [],
      headline: [
        d.title,
        d.kind,
        ...d.programs.flatMap((p) => [p.name, p.theme, ...p.courses.map((c) => c.name)]),
      ],
      terms: [
        ...orgTerms(d.parties),
        ...orgTerms(d.partners.map((p) => p.organization)),
        ...cityTerms(d.cities),
        // The releases about an agreement announce its events (the signing ceremony): a reader
        // searching for the event is looking for the agreement too.
        ...releases.flatMap((r) => r.data.events.map((e) => e.title)),
      ],
      filters: {
        kind: [ja.nav.agreements],
        city: cityNames(d.cities),
        organization: orgNames([...d.parties, ...d.partners.map((p) => p.organization)]),
        topic: topicsOf(releases),
        year: yearOf(d.signed),
      },
      activity: releases.map(releaseDay),
    });
  }

  for (const { id, data: d } of corpus.cities) {
    const rel = relations.city.get(id);
    push({
      ...entryPage('cities', id),
      title: d.name,
      names: [
        ...nameVariants(d.name),
        d.reading,
        d.reading.replace(/(し|ちょう|まち|むら|そん|く)$/, ''),
        d.nameEn,
        d.code,
      ],
      terms: [d.prefecture, d.tagline, d.mayor?.name, ...d.strategies.map((s) => s.name)],
      filters: {
        kind: [ja.nav.cities],
        city: [d.name],
        organization: (rel?.organizations ?? []).map((o) => o.data.name),
        topic: topicsOf(rel?.releases ?? []),
        year: [],
      },
      activity: [
        ...(rel?.releases ?? []).map(releaseDay),
        ...(rel?.agreements ?? []).map((x) => x.data.signed),
      ],
    });
  }

  for (const { id, data: d } of corpus.declarations) {
    const rel = relations.declaration.get(id);
    const signatories = (rel?.signatures ?? []).map((s) => s.organization);
    push({
      ...entryPage('declarations', id),
      title: d.name,
      names: [d.name, d.name.replace(/宣言$/, '')],
      terms: orgTerms([d.sponsor]),
      filters: {
        kind: [ja.nav.declarations],
        city: cityNames(signatories.flatMap((o) => (o.data.city ? [o.data.city] : []))),
        organization: orgNames([d.sponsor, ...signatories]),
        topic: topicsOf(rel?.releases ?? []),
        year: unique([
          ...yearOf(d.opened),
          ...(rel?.signatures ?? []).flatMap((s) => yearOf(s.signatory.announced)),
        ]),
      },
      activity: [
        d.opened && `${d.opened}-01`,
        ...(rel?.signatures ?? []).map((s) => s.signatory.announced),
        ...(rel?.releases ?? []).map(releaseDay),
      ],
    });
  }

  for (const { id, data: d } of corpus.organizations) {
    const rel = relations.organization.get(id);
    push({
      ...entryPage('organizations', id),
      title: d.name,
      names: [...nameVariants(d.name), d.shortName, d.reading],
      terms: [d.representative?.name, ...(d.city ? cityTerms([d.city]) : [])],
      filters: {
        kind: [ja.nav.organizations],
        city: d.city ? cityNames([d.city]) : [],
        organization: [d.name],
        topic: topicsOf(rel?.releases ?? []),
        year: [],
      },
      activity: [
        ...(rel?.releases ?? []).map(releaseDay),
        ...(rel?.agreements ?? []).map((x) => x.data.signed),
        ...(rel?.signatures ?? []).map((s) => s.signatory.announced),
      ],
    });
  }
  // Events have no page of their own: each is a result of its own, pointing at its place on the
  // release page, so a reader finds it by its title and its day as Japanese write it (6月24日).
  for (const item of relations.events) {
    const { event: e, release: r } = item;
    const d = r.data;
    const day = dayInJapan(e.start);
    const when = [formatDateTime(e.start), e.end ? `〜${formatDateTime(e.end)}` : ''].join('');
    const where = eventWhere(e);
    const [, month, dayOfMonth] = day.split('-').map(Number);
    push({
      url: `${entryUrl('releases', r.id)}#${eventAnchor(item)}`,
      page: entryUrl('releases', r.id),
      kind: 'events',
      title: e.title,
      date: day,
      names: [],
      // Not a headline: the release that announces an event is the first answer to its words
      // (記者会見, 協定締結式), the event itself the next (recordMarkup gives it no title weight).
      // The body says the rest; few terms keep 10,000 releases' events light in the index.
      terms: [`${month}月${dayOfMonth}日`],
      body: [
        e.title,
        when,
        e.kind,
        where,
        e.speakers.length > 0 ? `${ja.release.speakers}: ${e.speakers.join('、')}` : undefined,
        `${ja.eventsPage.release}: ${d.title}`,
      ].filter((x): x is string => x !== undefined && x !== ''),
      filters: {
        kind: [kindLabels.events],
        city: cityNames(d.cities),
        organization: orgNames(d.publishers),
        topic: topicNames(d.topics),
        year: yearOf(day),
      },
      activity: [],
    });
  }
  return distinctTitles(records);
}

/**
 * Two results never look the same: an entry whose name another entry shares (相馬市 the city and
 * 相馬市 the city government) is labelled with its kind, 「相馬市（市区町村）」「相馬市（組織）」.
 */
export function distinctTitles(records: SearchRecord[]): SearchRecord[] {
  const count = new Map<string, number>();
  for (const r of records) count.set(r.title, (count.get(r.title) ?? 0) + 1);
  return records.map((r) =>
    (count.get(r.title) ?? 0) > 1 ? { ...r, label: `${r.title}（${kindLabels[r.kind]}）` } : r,
  );
}
