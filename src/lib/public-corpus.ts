/**
 * The public corpus outside Astro (build hooks run in plain Node, where `getCollection` is not
 * available): the entries parsed by the corpus check, grouped by collection, with releases put
 * through the same publishing gate as src/data/site.ts.
 */
import type { Agreement, City, Declaration, Organization, Release, Topic } from '../schemas/index.ts';
import type { ParsedEntry } from './corpus/integrity.ts';
import { publicReleases } from './publishing.ts';
import type { Corpus, Entry } from './relations.ts';

export function publicCorpus(entries: readonly ParsedEntry[], now: Date): Corpus {
  // Every entry here was parsed by its collection's schema, so its data has that schema's output type.
  const of = <T>(collection: ParsedEntry['collection']): Entry<T>[] =>
    entries.filter((e) => e.collection === collection).map((e) => ({ id: e.id, data: e.data as T }));
  return {
    releases: publicReleases(of<Release>('releases'), now),
    agreements: of<Agreement>('agreements'),
    cities: of<City>('cities'),
    declarations: of<Declaration>('declarations'),
    organizations: of<Organization>('organizations'),
    topics: of<Topic>('topics'),
  };
}
