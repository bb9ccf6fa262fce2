/**
 * What the built outputs must contain, computed straight from the content (the corpus check's
 * parse and the publishing gate), without the site's own feed, calendar, data or search code.
 */
import type { ParsedEntry } from '../../src/lib/corpus/integrity.ts';
import { checkCorpus } from '../../src/lib/corpus/validate.ts';
import { isPublic, type Publishable } from '../../src/lib/publishing.ts';
import type { CollectionName } from '../../src/schemas/primitives.ts';
import { realContentDir } from './corpus.ts';

export interface Expected {
  entries: ParsedEntry[];
  of(collection: CollectionName): ParsedEntry[];
  /** Public releases, newest first. */
  releases: ParsedEntry[];
  /** The ids a reference list field holds ([{ collection, id }] after parsing). */
  refs(entry: ParsedEntry, field: string): string[];
}

/** A release's publication as milliseconds: a day (no time given) counts from 00:00 in Japan. */
export function publishedMs(value: unknown): number {
  return value instanceof Date ? value.getTime() : Date.parse(`${String(value)}T00:00:00+09:00`);
}

export function expected(now: Date, contentDir = realContentDir): Expected {
  const { entries, problems } = checkCorpus(contentDir);
  if (problems.length > 0) throw new Error(`corpus has problems: ${JSON.stringify(problems)}`);
  const of = (c: CollectionName) => entries.filter((e) => e.collection === c);
  const releases = of('releases')
    .filter((e) => isPublic(e.data as unknown as Publishable, now))
    .sort(
      (a, b) =>
        publishedMs(b.data.published) - publishedMs(a.data.published) ||
        a.id.localeCompare(b.id),
    );
  const refs = (entry: ParsedEntry, field: string) =>
    ((entry.data[field] as { id: string }[] | undefined) ?? []).map((r) => r.id);
  return { entries, of, releases, refs };
}
