/**
 * The one place pages get content from: every collection loaded once per build, releases put
 * through the publishing gate, and the relations index built over what is public.
 */
import { getCollection } from 'astro:content';
import { buildInstant, nextPublication, publicReleases } from '../lib/publishing.ts';
import { buildRelations } from '../lib/relations.ts';

async function load() {
  const now = buildInstant();
  const [allReleases, agreements, cities, declarations, organizations, topics] = await Promise.all([
    getCollection('releases'),
    getCollection('agreements'),
    getCollection('cities'),
    getCollection('declarations'),
    getCollection('organizations'),
    getCollection('topics'),
  ]);
  const releases = publicReleases(allReleases, now);
  const corpus = { releases, agreements, cities, declarations, organizations, topics };
  return {
    now,
    corpus,
    relations: buildRelations(corpus),
    nextPublication: nextPublication(allReleases, now),
  };
}

export type Site = Awaited<ReturnType<typeof load>>;

let site: Promise<Site> | undefined;
export function getSite(): Promise<Site> {
  site ??= load();
  return site;
}
