/**
 * The English edition's content, loaded once per build beside getSite(): the public English
 * summaries (through the edition's gate over the public corpus), the English names and the pairs
 * of pages in both languages.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { englishEdition, pagePairs } from '../lib/english/edition.ts';
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

/** An English summary's entry and its rendered body. */
export async function englishSummary(summaryId: string) {
  const entry = (await getEnglish()).entries.get(summaryId);
  if (!entry) throw new Error(`no English summary ${summaryId}`);
  return { entry, ...(await render(entry)) };
}
