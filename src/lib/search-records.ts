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
import { eventAnchor, eventWhere } from './events.ts';
import { formatDate, formatDateTime } from './format.ts';
import { dayInJapan } from './japan-time.ts';
import { resolve } from './links.ts';
import type { Corpus, Entry, Relations } from './relations.ts';
import { normalizeSearchText } from './search-normalize.ts';
import { filterKeys, type FilterKey } from './search-state.ts';
import { entryUrl } from './urls.ts';

export type SearchKind =
  | 'releases'
  | 'agreements'
  | 'cities'
  | 'declarations'
  | 'organizations'
  | 'events';

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
 * The words a phrase becomes when typed as a query: normalised as the search page normalises the
 * query (search-normalize.ts), cut into `Intl.Segmenter` words as Pagefind's search() does, plus the whole phrase without punctuation (for readers who
 * type a compound the segmenter would split, such as a katakana name).
 */
export function queryWords(written: string): string[] {
  const phrase = normalizeSearchText(written);
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

/**
 * How Pagefind reads a built page: only what is inside <main>, without the navigation inside it
 * (breadcrumbs, pagination) and what never reads as text. Pagefind's own HTML parser applies
 * this, so the build does not parse 10,000 pages a second time in JavaScript.
 */
export const pageIndexing = {
  rootSelector: 'main',
  // Tables (a declaration's signatories) are left out: Pagefind runs header cells together
  // (「#組織種別市区町村表明日…」), which makes no excerpt a reader could use, and what a reader
  // types from them (names, cities) is in the record's terms and filters. Definition lists stay,
  // written as sentences by `withRecord`.
  excludeSelectors: ['nav', 'script', 'style', 'noscript', 'template', 'table'],
} as const;

const escapeText = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
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
    // An event's document has neither: its words rank as text, below the release's.
    record.kind === 'events' ? '' : meta('title', record.title),
    record.label === record.title && record.kind !== 'events' ? '' : meta('label', record.label),
    meta('kind', kindLabels[record.kind]),
    record.date ? meta('date', formatDate(record.date)) : '',
    meta('names', termsField(record.names)),
    meta('headline', termsField(record.headline)),
    meta('terms', termsField(record.terms)),
    ...filters,
    `<span data-pagefind-sort="${escapeAttr(`date:${record.sortValue}`)}"></span>`,
  ]
    .filter((s) => s !== '')
    .join('');
}

// An id attribute inside a start tag. Astro escapes `<` in text, so `<name …` only starts a tag.
const idAttribute = /(<[a-zA-Z][^<>]*?)\s+id="[^"]*"/g;
// The end of a term and of a description not already ending a sentence.
const termEnd = /<\/dt>/g;
const descriptionEnd = /(?<!。(?:<\/[a-z]+>)*)<\/dd>/g;

/**
 * The document Pagefind indexes for one page: the built page with its record added at the end
 * of <main> (index it with `pageIndexing`). A string splice, not a parse: the page was just
 * rendered by the build, and its one <main> is the layout's.
 *
 * Definition lists as sentences, 「よみ：そうまし（Soma）。都道府県：福島県。」: Pagefind does not
 * treat <dt> and <dd> as blocks and would run them together (「よみそうまし（Soma）都道府県福島県」),
 * in the index's text and so in excerpts.
 *
 * Without `id` attributes inside <main>: Pagefind stores every element with an id as an anchor in
 * the result's fragment, for sub-results (links to a section), which the search page does not
 * show; a release's anchors were ~0.5 KiB gzip of each first-search fragment.
 * Ranking does not use them: heading weights come from the elements, not their ids.
 */
export function withRecord(pageHtml: string, record: SearchRecord): string {
  const start = pageHtml.indexOf('<main');
  const end = pageHtml.lastIndexOf('</main>');
  if (start < 0 || end < start) throw new Error(`${record.url}: the built page has no <main>…</main>`);
  const main = pageHtml
    .slice(start, end)
    .replace(idAttribute, '$1')
    .replace(termEnd, '：</dt>')
    .replace(descriptionEnd, '。</dd>');
  return pageHtml.slice(0, start) + main + recordMarkup(record) + pageHtml.slice(end);
}

/**
 * The document Pagefind indexes for a record: its built page with the record added
 * (`withRecord`), or for an entry without a page of its own (an event) a document of its body,
 * one block per paragraph, with no heading (no heading weight).
 */
export function recordDocument(record: SearchRecord, builtPage: string): string {
  if (!record.body) return withRecord(builtPage, record);
  // At half weight: an event's few lines would otherwise outrank the release that announces it
  // (a short page ranks high), and the release is the first answer to 記者会見 or its speakers.
  const blocks = record.body.map((p) => `<p data-pagefind-weight="0.5">${escapeText(p)}</p>`).join('');
  return `<!doctype html><html lang="ja"><head></head><body><main>${blocks}${recordMarkup(record)}</main></body></html>`;
}
