/**
 * What the search index holds for each entry page: its title, kind, date, filters and the
 * extra search terms a reader may type, computed from the public corpus. The page's own text is
 * read by Pagefind from the built HTML, with these added to it (`withRecord`).
 *
 * Why extra terms: a reader types names the page text may not hold in that form (a name without
 * its legal form, a city's reading, the names of related entries). Metadata values are split at
 * spaces only, so the fields hold each name cut the way `Intl.Segmenter` cuts the query, plus the
 * whole name for readers who type a compound the segmenter would split. The page text is cut by
 * the same segmenter (src/lib/search-segment.ts); before that, Pagefind's own analyser cut it
 * differently from the query (pagefind#1237), and these fields were also the way around that.
 */
import { ja } from '../i18n/ja.ts';
import type { Release } from '../schemas/index.ts';
import { formatDate } from './format.ts';
import { dayInJapan } from './japan-time.ts';
import { resolve } from './links.ts';
import type { Corpus, Entry, Relations } from './relations.ts';
import { filterKeys, type FilterKey } from './search-state.ts';
import { entryUrl } from './urls.ts';

export type SearchKind = 'releases' | 'agreements' | 'cities' | 'declarations' | 'organizations';
export const searchKinds: readonly SearchKind[] = [
  'releases',
  'agreements',
  'cities',
  'declarations',
  'organizations',
];

export interface SearchRecord {
  url: string;
  kind: SearchKind;
  title: string;
  /** The entry's own day (release published, agreement signed), YYYY-MM-DD in Japan time. */
  date?: string | undefined;
  /** The day results are sorted by when sorting by newest: its own date or its latest activity. */
  sortDate: string;
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

const unique = (xs: (string | undefined)[]) => [
  ...new Set(xs.filter((x): x is string => x !== undefined && x !== '')),
];

// Legal forms that readers leave out when typing a name.
const legalForms =
  /^(株式会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|特定非営利活動法人)|(株式会社|相互会社)$/g;

/** Other ways of writing a name: without legal form, without the 市/町/村/区 suffix, without ・. */
export function nameVariants(name: string): string[] {
  const bare = name.replace(legalForms, '');
  return unique([
    name,
    bare,
    bare.replace(/[・･]/g, ''),
    /^.{2,}[市町村区]$/.test(bare) ? bare.slice(0, -1) : undefined,
  ]);
}

const wordSegmenter = new Intl.Segmenter('ja', { granularity: 'word' });
// Pagefind drops these from queries too (see its search()).
const punctuation = /^[\p{P}\p{S}\s]+$/u;
// A lone kana (の, か) says nothing about a page; it would only add noise to the terms.
const loneKana = /^[\p{Script=Hiragana}\p{Script=Katakana}ー]$/u;

/**
 * The words a phrase becomes when typed as a query: `Intl.Segmenter` words, lower-cased, as
 * Pagefind's search() produces them, plus the whole phrase without punctuation (for readers who
 * type a compound the segmenter would split, such as a katakana name).
 */
export function queryWords(phrase: string): string[] {
  const words = [...wordSegmenter.segment(phrase)]
    .filter((s) => s.isWordLike && !punctuation.test(s.segment))
    .map((s) => s.segment.toLocaleLowerCase());
  const whole = phrase.replace(/[\p{P}\p{S}\s]+/gu, '').toLocaleLowerCase();
  return unique([...words.filter((w) => !loneKana.test(w)), whole]);
}

/** The `terms` metadata: every query word of every phrase, separated by spaces. */
export function termsField(phrases: readonly string[]): string {
  return unique(phrases.flatMap(queryWords)).join(' ');
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
  const push = (
    r: Omit<SearchRecord, 'names' | 'headline' | 'terms' | 'filters' | 'sortDate'> & {
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
      names: unique(r.names),
      headline: unique(r.headline ?? []),
      terms: unique(r.terms),
      filters: Object.fromEntries(filterKeys.map((k) => [k, unique(r.filters[k])])) as Record<
        FilterKey,
        string[]
      >,
      // Entries without any date sort last.
      sortDate: latest([r.date, ...activity]) ?? '0000-00-00',
    });
  };

  for (const r of corpus.releases) {
    const d = r.data;
    const day = releaseDay(r);
    push({
      url: entryUrl('releases', r.id),
      kind: 'releases',
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

  for (const a of corpus.agreements) {
    const d = a.data;
    const releases = relations.agreement.get(a.id)?.releases ?? [];
    push({
      url: entryUrl('agreements', a.id),
      kind: 'agreements',
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

  for (const c of corpus.cities) {
    const d = c.data;
    const rel = relations.city.get(c.id);
    push({
      url: entryUrl('cities', c.id),
      kind: 'cities',
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

  for (const x of corpus.declarations) {
    const d = x.data;
    const rel = relations.declaration.get(x.id);
    const signatories = (rel?.signatures ?? []).map((s) => s.organization);
    push({
      url: entryUrl('declarations', x.id),
      kind: 'declarations',
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

  for (const o of corpus.organizations) {
    const d = o.data;
    const rel = relations.organization.get(o.id);
    push({
      url: entryUrl('organizations', o.id),
      kind: 'organizations',
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
  return records;
}

/**
 * How Pagefind reads a built page: only what is inside <main>, without the navigation inside it
 * (breadcrumbs, pagination) and what never reads as text. Pagefind's own HTML parser applies
 * this, so the build does not parse 10,000 pages a second time in JavaScript.
 */
export const pageIndexing = {
  rootSelector: 'main',
  excludeSelectors: ['nav', 'script', 'style', 'noscript', 'template'],
} as const;

const escapeAttr = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The record as Pagefind attributes: title, metadata, filters and sort key. */
export function recordMarkup(record: SearchRecord): string {
  const meta = (key: string, value: string) =>
    value === '' ? '' : `<span data-pagefind-meta="${escapeAttr(`${key}:${value}`)}"></span>`;
  const filters = filterKeys.flatMap((k) =>
    record.filters[k].map(
      (v) => `<span data-pagefind-filter="${escapeAttr(`${ja.search.filters[k]}:${v}`)}"></span>`,
    ),
  );
  return [
    // The page's <h1> is the title too; the explicit one keeps results right if a page changes.
    meta('title', record.title),
    meta('kind', ja.nav[record.kind]),
    record.date ? meta('date', formatDate(record.date)) : '',
    meta('names', termsField(record.names)),
    meta('headline', termsField(record.headline)),
    meta('terms', termsField(record.terms)),
    ...filters,
    `<span data-pagefind-sort="${escapeAttr(`date:${record.sortDate}`)}"></span>`,
  ]
    .filter((s) => s !== '')
    .join('');
}

// An id attribute inside a start tag. Astro escapes `<` in text, so `<name …` only starts a tag.
const idAttribute = /(<[a-zA-Z][^<>]*?)\s+id="[^"]*"/g;

/**
 * The document Pagefind indexes for one page: the built page with its record added at the end
 * of <main> (index it with `pageIndexing`). A string splice, not a parse: the page was just
 * rendered by the build, and its one <main> is the layout's.
 *
 * Without `id` attributes inside <main>: Pagefind stores every element with an id as an anchor in
 * the result's fragment, for sub-results (links to a section), which the search page does not
 * show (`hide-sub-results`); a release's anchors were ~0.5 KiB gzip of each first-search fragment.
 * Ranking does not use them: heading weights come from the elements, not their ids.
 */
export function withRecord(pageHtml: string, record: SearchRecord): string {
  const start = pageHtml.indexOf('<main');
  const end = pageHtml.lastIndexOf('</main>');
  if (start < 0 || end < start) throw new Error(`${record.url}: the built page has no <main>…</main>`);
  const main = pageHtml.slice(start, end).replace(idAttribute, '$1');
  return pageHtml.slice(0, start) + main + recordMarkup(record) + pageHtml.slice(end);
}
