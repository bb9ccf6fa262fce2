/**
 * The English edition over the public corpus: which English summaries are public, which Japanese
 * page each English page pairs with (hreflang, the language switcher), and how organizations,
 * declarations, cities and prefectures are named in English.
 *
 * The gate: an English summary is public when it is not a draft and its Japanese entry is public
 * (for a release: through the publishing gate, embargo included). So it can never appear before
 * its Japanese original.
 */
import { en } from '../../i18n/en.ts';
import type { City, EnglishName, EnglishSummary, Organization } from '../../schemas/index.ts';
import type { SummarizedCollection } from '../../schemas/english.ts';
import type { Corpus, Entry } from '../relations.ts';
import { collectionUrl, englishUrl, entryUrl, staticPageUrls } from '../urls.ts';

/** `releases/2026/soma-three-declarations`: a Japanese entry, as the `japanese` field names it. */
export type JapaneseKey = `${SummarizedCollection}/${string}`;
export const japaneseKey = (collection: SummarizedCollection, id: string): JapaneseKey => `${collection}/${id}`;

export interface EnglishEdition {
  /** Public summaries by the Japanese entry they summarise. */
  summaries: Map<JapaneseKey, Entry<EnglishSummary>>;
  /** English names by `organizations/<id>` or `declarations/<id>`. */
  names: Map<string, EnglishName>;
}

/** The summaries that may appear: not drafts, and their Japanese entry is in the public corpus. */
export function publicSummaries<T extends Entry<EnglishSummary>>(summaries: readonly T[], corpus: Corpus): T[] {
  const published = {
    releases: new Set(corpus.releases.map((r) => r.id)),
    agreements: new Set(corpus.agreements.map((a) => a.id)),
  };
  return summaries.filter((s) => !s.data.draft && published[s.data.japanese.collection].has(s.data.japanese.id));
}

export function englishEdition(
  summaries: readonly Entry<EnglishSummary>[],
  names: readonly Entry<EnglishName>[],
  corpus: Corpus,
): EnglishEdition {
  return {
    summaries: new Map(
      publicSummaries(summaries, corpus).map((s) => [
        japaneseKey(s.data.japanese.collection, s.data.japanese.id),
        s,
      ]),
    ),
    names: new Map(names.map((n) => [`${n.data.id.collection}/${n.data.id.id}`, n.data])),
  };
}

/**
 * The edition from the corpus entries the content guard checked (their collection, id and
 * data), as the English search index assembles it outside Astro's collections.
 */
export function englishEditionFromEntries(
  entries: readonly { collection: string; id: string; data: unknown }[],
  corpus: Corpus,
): EnglishEdition {
  const of = <T>(collection: string) =>
    entries.filter((e) => e.collection === collection).map((e) => ({ id: e.id, data: e.data as T }));
  return englishEdition(of<EnglishSummary>('englishSummaries'), of<EnglishName>('englishNames'), corpus);
}

/** The English page of an entry that has a public summary. */
export const englishEntryUrl = (collection: SummarizedCollection, id: string) =>
  englishUrl(entryUrl(collection, id));

/**
 * Every pair of pages that say the same thing in both languages, Japanese path → English path:
 * the home, the release list, each city, the declarations overview, search, and every entry
 * with a public English summary. Pages of a list after the first are not paired: their items
 * differ between the editions.
 */
export function pagePairs(edition: EnglishEdition, corpus: Corpus): Map<string, string> {
  const pairs = new Map<string, string>();
  const pair = (ja: string) => pairs.set(ja, englishUrl(ja));
  pair(staticPageUrls.home);
  pair(collectionUrl('releases'));
  pair(collectionUrl('declarations'));
  pair(staticPageUrls.search);
  for (const c of corpus.cities) pair(entryUrl('cities', c.id));
  for (const s of edition.summaries.values()) pair(entryUrl(s.data.japanese.collection, s.data.japanese.id));
  return pairs;
}

export interface Alternates {
  /** The language of the page itself. */
  lang: 'ja' | 'en';
  /** The same content in the other language, when there is one. */
  counterpart: string | undefined;
  /** Where the language switcher leads: the counterpart, or the other edition's home. */
  switchTo: string;
}

/** The other-language page of a page, from its path (trailing slash as the site writes it). */
export function alternatesFor(pathname: string, pairs: ReadonlyMap<string, string>): Alternates {
  const english = pathname === '/en/' || pathname.startsWith('/en/');
  if (!english) {
    const counterpart = pairs.get(pathname);
    return { lang: 'ja', counterpart, switchTo: counterpart ?? englishUrl(staticPageUrls.home) };
  }
  const japanese = pathname.slice('/en'.length);
  const counterpart = pairs.get(japanese) === pathname ? japanese : undefined;
  return { lang: 'en', counterpart, switchTo: counterpart ?? staticPageUrls.home };
}

/** A name as the English edition shows it: English where it has one, else Japanese with a gloss. */
export interface EnglishDisplayName {
  text: string;
  lang: 'en' | 'ja';
  /** The site's own romanisation or translation of a Japanese name, marked as such. */
  gloss?: { text: string; kind: 'romanized' | 'translation' } | undefined;
}

const municipalSuffix: Record<string, string> = { 市: 'City', 町: 'Town', 村: 'Village', 区: 'Ward' };

/** "Iwate Prefecture", "Tokyo", or the Japanese name when the table lacks it. */
export function prefectureEn(japanese: string): string {
  const name = en.prefectures[japanese];
  if (name === undefined) return japanese;
  return /[府県]$/.test(japanese) ? `${name} Prefecture` : name;
}

export function organizationNameEn(
  o: Entry<Organization>,
  edition: EnglishEdition,
  cities: ReadonlyMap<string, Entry<City>>,
): EnglishDisplayName {
  const named = edition.names.get(`organizations/${o.id}`);
  if (named?.official) return { text: named.official.name, lang: 'en' };
  // A municipal government is named after its city, whose English name is in the model.
  const city = o.data.kind === 'municipality' && o.data.city ? cities.get(o.data.city.id) : undefined;
  const suffix = municipalSuffix[o.data.name.slice(-1)];
  if (city && suffix) return { text: `${city.data.nameEn} ${suffix}`, lang: 'en' };
  return {
    text: o.data.name,
    lang: 'ja',
    gloss: named?.romanized ? { text: named.romanized, kind: 'romanized' } : undefined,
  };
}

export function declarationNameEn(id: string, japaneseName: string, edition: EnglishEdition): EnglishDisplayName {
  const named = edition.names.get(`declarations/${id}`);
  if (named?.official) return { text: named.official.name, lang: 'en' };
  const gloss = named?.translation
    ? { text: named.translation, kind: 'translation' as const }
    : named?.romanized
      ? { text: named.romanized, kind: 'romanized' as const }
      : undefined;
  return { text: japaneseName, lang: 'ja', gloss };
}

/** The name as plain text (feeds, JSON-LD, meta): `株式会社… (Kabushiki-gaisha …)`. */
export function plainName(n: EnglishDisplayName): string {
  return n.gloss ? `${n.text} (${n.gloss.text})` : n.text;
}
