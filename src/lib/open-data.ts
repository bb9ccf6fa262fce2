/**
 * Open data: the public corpus as JSON (/data/releases.json, cities, organizations, declarations)
 * and each declaration's signatories as CSV. The press page documents every field; keep the two
 * in step. Instants are ISO 8601 in Japan time (+09:00); days, months and years are kept as
 * written (2026-06-24, 2026-06, 1991). References are { id, name } objects. A reference to a
 * release appears only when that release is public: an unpublished release leaves no trace.
 */
import { ja } from '../i18n/ja.ts';
import { openDataDocs } from '../i18n/ja/open-data-docs.ts';
import { newestFirst, type Relations } from './relations.ts';
import { isoInJapan } from './japan-time.ts';
import { calendarUrl, entryUrl, feedUrl, signatoriesCsvUrl } from './urls.ts';
import { stringify } from 'csv-stringify/sync';
import { byEntryId, byMunicipalCode } from './sort.ts';

type Ids = readonly { id: string }[];

export function openData(relations: Relations, site: URL) {
  const { byId } = relations;
  const abs = (path: string) => new URL(path, site).href;
  const pick =
    <T>(map: Map<string, { id: string; data: T }>, name: (d: T) => string) =>
    (refs: Ids) =>
      refs.flatMap((r) => {
        const e = map.get(r.id);
        return e ? [{ id: e.id, name: name(e.data) }] : [];
      });
  const orgs = pick(byId.organizations, (d) => d.name);
  const cities = pick(byId.cities, (d) => d.name);
  const topics = pick(byId.topics, (d) => d.name);
  const declarations = pick(byId.declarations, (d) => d.name);
  const agreements = pick(byId.agreements, (d) => d.title);
  const org = (ref: { id: string }) => orgs([ref])[0] ?? null;
  /** Only public releases: byId holds nothing else. */
  const releaseIds = (refs: Ids) => refs.filter((r) => byId.releases.has(r.id)).map((r) => r.id);
  const source = (s: {
    release?: { id: string } | undefined;
    url?: string | undefined;
    title?: string | undefined;
  }) => {
    const release = s.release && byId.releases.has(s.release.id) ? s.release.id : null;
    if (release === null && s.url === undefined) return null;
    return { release, url: s.url ?? null, title: s.title ?? null };
  };
  const sources = (list: Parameters<typeof source>[0][]) =>
    list.flatMap((s) => {
      const v = source(s);
      return v ? [v] : [];
    });
  const time = (t: Date | string) => isoInJapan(t);
  /** What every record opens with: the entry's id and its page's address. */
  const entry = (kind: 'releases' | 'cities' | 'organizations' | 'declarations', id: string) => ({
    id,
    url: abs(entryUrl(kind, id)),
  });
  const ids = (list: Ids | undefined) => (list ?? []).map((x) => x.id);
  /** Each entry of a collection, by id unless `order` says otherwise, as `record` writes it with its relations. */
  const records = <E extends { id: string }, R, T>(
    entries: Map<string, E>,
    relationsOf: Map<string, R>,
    record: (e: E, rel: R | undefined) => T,
    order: (a: E, b: E) => number = byEntryId,
  ) => [...entries.values()].toSorted(order).map((e) => record(e, relationsOf.get(e.id)));

  const releases = [...byId.releases.values()].toSorted(newestFirst).map(({ id, data: d }) => ({
    ...entry('releases', id),
    title: d.title,
    subtitle: d.subtitle ?? null,
    lead: d.lead,
    kind: d.kind,
    published: time(d.published),
    updated: d.updated ? time(d.updated) : null,
    publishers: orgs(d.publishers),
    source: d.source
      ? { publisher: org(d.source.publisher), url: d.source.url ?? null, title: d.source.title ?? null }
      : null,
    cities: cities(d.cities),
    agreements: agreements(d.agreements),
    declarations: declarations(d.declarations),
    topics: topics(d.topics),
    events: d.events.map((e) => ({
      title: e.title,
      kind: e.kind ?? null,
      allDay: typeof e.start === 'string',
      start: time(e.start),
      end: e.end === undefined ? null : time(e.end),
      place: e.place ?? null,
      attendance: e.attendance,
      organizer: e.organizer ? org(e.organizer) : null,
      speakers: e.speakers,
      url: e.url ?? null,
    })),
    contacts: d.contacts.map((c) => ({
      organization: org(c.organization),
      department: c.department,
      email: c.email ?? null,
      phone: c.phone ?? null,
    })),
  }));

  const cityList = records(
    byId.cities,
    relations.city,
    ({ id, data: d }, rel) => ({
      ...entry('cities', id),
      name: d.name,
      reading: d.reading,
      nameEn: d.nameEn,
      prefecture: d.prefecture,
      code: d.code,
      government: d.government ? org(d.government) : null,
      tagline: d.tagline ?? null,
      summary: d.summary,
      mayor: d.mayor ? { name: d.mayor.name, asOf: d.mayor.asOf } : null,
      officialSite: d.officialSite ?? null,
      strategies: d.strategies.map((s) => ({
        name: s.name,
        principle: s.principle ?? null,
        milestones: s.milestones.map((m) => ({ date: m.date, label: m.label })),
      })),
      releases: ids(rel?.releases),
      agreements: ids(rel?.agreements),
      organizations: ids(rel?.organizations),
      sources: sources(d.sources),
      feed: abs(feedUrl({ kind: 'cities', id })),
      // A city with no event has no calendar (an empty one is never offered).
      calendar: rel && rel.events.length > 0 ? abs(calendarUrl(id)) : null,
    }),
    byMunicipalCode,
  );

  const organizationList = records(byId.organizations, relations.organization, ({ id, data: d }, rel) => ({
    ...entry('organizations', id),
    name: d.name,
    shortName: d.shortName ?? null,
    reading: d.reading ?? null,
    kind: d.kind,
    city: d.city ? (cities([d.city])[0] ?? null) : null,
    headOffice: d.headOffice ?? null,
    founded: d.founded ?? null,
    representative: d.representative
      ? { title: d.representative.title ?? null, name: d.representative.name }
      : null,
    capitalYen: d.capitalYen ?? null,
    website: d.website ?? null,
    summary: d.summary,
    business: d.business ?? [],
    employer: d.employer
      ? {
          industries: d.employer.industries,
          hiringPage: d.employer.hiringPage ?? null,
          workplaceFacts: d.employer.workplaceFacts.map((f) => ({
            label: f.label,
            value: f.value,
            asOf: f.asOf,
            source: source(f.source),
          })),
        }
      : null,
    releases: ids(rel?.releases),
    agreements: ids(rel?.agreements),
    declarations: (rel?.signatures ?? []).map((s) => s.declaration.id),
    sources: sources(d.sources),
    feed: abs(feedUrl({ kind: 'organizations', id })),
  }));

  const declarationList = records(byId.declarations, relations.declaration, ({ id, data: d }, rel) => ({
    ...entry('declarations', id),
    name: d.name,
    sponsor: org(d.sponsor),
    opened: d.opened ?? null,
    purpose: d.purpose,
    officialUrl: d.url ?? null,
    reportedCounts: d.reportedCounts.map((c) => ({
      count: c.count,
      asOf: c.asOf,
      source: source(c.source),
    })),
    listedCount: rel?.listedCount ?? 0,
    signatories: (rel?.signatures ?? []).map((s) => ({
      municipalOrdinal: s.signatory.municipalOrdinal ?? null,
      organization: { id: s.organization.id, name: s.organization.data.name },
      announced: s.signatory.announced ?? null,
      note: s.signatory.note ?? null,
      source: source(s.signatory.source),
    })),
    releases: releaseIds(rel?.releases ?? []),
    signatoriesCsv: abs(signatoriesCsvUrl(id)),
    feed: abs(feedUrl({ kind: 'declarations', id })),
  }));

  return {
    releases: { releases },
    cities: { cities: cityList },
    organizations: { organizations: organizationList },
    declarations: { declarations: declarationList },
  };
}

export type OpenData = ReturnType<typeof openData>;

/**
 * A declaration's signatories as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel
 * reads it as UTF-8, not Shift_JIS), CRLF line ends, and cells that a spreadsheet would run as a
 * formula (= + - @, tab, CR at the start) prefixed with an apostrophe.
 */
export function signatoriesCsv(declarationId: string, relations: Relations, site: URL): string {
  const c = openDataDocs.signatoryColumns;
  const rows = (relations.declaration.get(declarationId)?.signatures ?? []).map((s) => {
    const city = s.organization.data.city && relations.byId.cities.get(s.organization.data.city.id);
    const release = s.signatory.source.release && relations.byId.releases.get(s.signatory.source.release.id);
    return {
      organizationId: s.organization.id,
      organization: s.organization.data.name,
      kind: ja.organization.kind[s.organization.data.kind],
      city: city ? city.data.name : '',
      announced: s.signatory.announced ?? '',
      municipalOrdinal: s.signatory.municipalOrdinal ?? '',
      note: s.signatory.note ?? '',
      sourceRelease: release ? new URL(entryUrl('releases', release.id), site).href : '',
      sourceUrl: s.signatory.source.url ?? '',
    };
  });
  return stringify(rows, {
    bom: true,
    header: true,
    columns: Object.entries(c).map(([key, [header]]) => ({ key, header })),
    record_delimiter: 'windows',
    escape_formulas: true,
  });
}
