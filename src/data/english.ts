/**
 * The English edition's content, loaded once per build beside getSite(): the public English
 * summaries (through the edition's gate over the public corpus), the English names and the pairs
 * of pages in both languages.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { siteOrigin } from '../lib/deployment.ts';
import { englishEdition, pagePairs } from '../lib/english/edition.ts';
import type { Entry } from '../lib/relations.ts';
import type { EnglishPageContext } from '../presenters/english/items.ts';
import type { Agreement, Release } from '../schemas/index.ts';
import { getSite } from './site.ts';

async function load() {
  const { corpus } = await getSite();
  const [summaries, names] = await Promise.all([
    getCollection('englishSummaries'),
    getCollection('englishNames'),
  ]);
  const edition = englishEdition(summaries, names, corpus);
  return {
    edition,
    pairs: pagePairs(edition, corpus),
    /** The collection entries themselves, which render() accepts, by id. */
    entries: new Map<string, CollectionEntry<'englishSummaries'>>(summaries.map((s) => [s.id, s])),
  };
}

export type English = Awaited<ReturnType<typeof load>>;

let english: Promise<English> | undefined;
export function getEnglish(): Promise<English> {
  english ??= load();
  return english;
}

/**
 * The pages of one collection's English summaries (/en/releases/…/, /en/agreements/…/): one per
 * public summary, at its Japanese entry's id.
 */
export async function englishSummaryPaths(collection: 'releases' | 'agreements') {
  const { edition } = await getEnglish();
  return [...edition.summaries.values()]
    .filter((s) => s.data.japanese.collection === collection)
    .map((s) => ({ params: { id: s.data.japanese.id }, props: { summaryId: s.id } }));
}

interface JapaneseEntry {
  releases: Entry<Release>;
  agreements: Entry<Agreement>;
}

/**
 * What an English summary page (/en/releases/…/, /en/agreements/…/) starts from: the summary and
 * its rendered body, the Japanese entry it summarises, and the context its presenter takes.
 */
export async function englishSummaryPage<K extends 'releases' | 'agreements'>(
  collection: K,
  summaryId: string,
  site: URL | undefined,
) {
  const { relations } = await getSite();
  const { edition, entries } = await getEnglish();
  const summary = entries.get(summaryId);
  if (!summary) throw new Error(`no English summary ${summaryId}`);
  // The lookup of K's entries (TypeScript does not narrow relations.byId[collection] by K itself).
  const byId = relations.byId[collection] as Map<string, JapaneseEntry[K]>;
  const japanese = byId.get(summary.data.japanese.id);
  if (!japanese) throw new Error(`no ${collection} entry ${summary.data.japanese.id} for ${summaryId}`);
  const context: EnglishPageContext = { relations, edition, site: siteOrigin(site) };
  return { summary, japanese, context, ...(await render(summary)) };
}
