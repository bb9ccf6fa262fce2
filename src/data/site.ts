/**
 * The one place pages get content from: every collection loaded once per build, releases put
 * through the publishing gate, and the relations index built over what is public.
 */
import type { GetStaticPathsOptions } from 'astro';
import { getCollection } from 'astro:content';
import { corpusKey, withCacheKey } from '../lib/cache-keys.ts';
import { buildEmployerIndex, type EmployerIndex } from '../lib/employers.ts';
import type { EventItem } from '../lib/relations.ts';
import { buildInstant, nextPublication, publicReleases } from '../lib/publishing.ts';
import { buildRelations } from '../lib/relations.ts';

async function load() {
  const started = performance.now();
  const now = buildInstant();
  const [
    allReleases,
    agreements,
    cities,
    declarations,
    organizations,
    topics,
    englishSummaries,
    englishNames,
  ] = await Promise.all([
    getCollection('releases'),
    getCollection('agreements'),
    getCollection('cities'),
    getCollection('declarations'),
    getCollection('organizations'),
    getCollection('topics'),
    // Only for the cache key: every page's layout links its English counterpart (hreflang,
    // language switcher), so adding or removing an English summary changes Japanese pages too.
    getCollection('englishSummaries'),
    getCollection('englishNames'),
  ]);
  // The first getCollection() makes Astro compile its whole data store: at 10,000 releases one of
  // the longest steps of a build, and Astro's, not ours. Printed once, for npm run bench.
  console.info(`[pressroom] サイトのデータを読み込みました（${Math.round(performance.now() - started)} ms）`);
  const releases = publicReleases(allReleases, now);
  const corpus = { releases, agreements, cities, declarations, organizations, topics };
  return {
    now,
    corpus,
    relations: buildRelations(corpus),
    nextPublication: nextPublication(allReleases, now),
    /** What every page's incremental-build key starts from (src/lib/cache-keys.ts). */
    cacheKey: corpusKey({ ...corpus, englishSummaries, englishNames }),
  };
}

export type Site = Awaited<ReturnType<typeof load>>;

let site: Promise<Site> | undefined;
export function getSite(): Promise<Site> {
  site ??= load();
  return site;
}

/**
 * A route's getStaticPaths with the corpus key on every path: the page is restored by the
 * incremental build only while no entry's data has changed (src/lib/cache-keys.ts). `own` adds
 * what else a path's page depends on (a release's own file, the clock). The route is handed the
 * site, so a shared route helper (src/presenters/) needs no Astro import of its own.
 */
export function keyedByCorpus<P extends object>(
  getStaticPaths: (options: GetStaticPathsOptions, site: Site) => Promise<P[]> | P[],
  own?: (path: P, site: Site) => string,
): (options: GetStaticPathsOptions) => Promise<(P & { cacheKey: string })[]> {
  return async (options) => {
    const site = await getSite();
    const paths = await getStaticPaths(options, site);
    return withCacheKey(paths, own ? (p) => own(p, site) : site.cacheKey);
  };
}

/*
 * Site-wide indexes some pages need, built once per build instead of once per page: at 10,000
 * releases a scan of every event per release page, or the employer index per city page, adds up.
 */
let employers: EmployerIndex | undefined;
export async function getEmployerIndex(): Promise<EmployerIndex> {
  const { corpus, relations } = await getSite();
  employers ??= buildEmployerIndex(corpus.organizations, relations);
  return employers;
}

let eventsByRelease: Map<string, EventItem[]> | undefined;
/** A release's events, in the order of the site's event list (by start). */
export async function getReleaseEvents(releaseId: string): Promise<EventItem[]> {
  const { relations } = await getSite();
  if (!eventsByRelease) {
    eventsByRelease = new Map();
    for (const e of relations.events)
      eventsByRelease.set(e.release.id, [...(eventsByRelease.get(e.release.id) ?? []), e]);
  }
  return eventsByRelease.get(releaseId) ?? [];
}
