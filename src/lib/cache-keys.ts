/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * code are unchanged since the last build is restored instead of rendered. A key must therefore
 * change whenever anything the page shows changes.
 *
 * The rule here is deliberately coarse, so that it cannot miss a dependency:
 * - every page's key contains the digest of the whole public corpus's data (front matter and
 *   data files, not release bodies): renaming an organization or retitling a release re-renders
 *   every page, whichever lists or names it;
 * - a release's page adds the digest of its own file, since only that page shows the body;
 * - pages that depend on the clock (the event list: upcoming or past) add the build instant.
 * Release bodies are the usual edit (a correction, an added paragraph), and they invalidate one
 * page. Finer keys (per page, the entries it shows) would save renders after front-matter edits,
 * at the price of a dependency list per page type that could fall out of date.
 */
import { createHash } from 'node:crypto';

export interface KeyedEntry {
  id: string;
  data: unknown;
  /** Astro's digest of the entry's file (front matter and body); absent outside Astro. */
  digest?: string | number | undefined;
}

const sha = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/**
 * The digest of what any page can show of any entry: every entry's id and data, in collection
 * order; for entries other than releases also their file digest (their own page renders their
 * body, and no other page does, but they are few). Release bodies are left out on purpose.
 */
export function corpusKey(corpus: Readonly<Record<string, readonly KeyedEntry[]>>): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(corpus).sort()) {
    hash.update(`\u0000${name}\u0000`);
    for (const e of corpus[name] ?? [])
      hash.update(JSON.stringify([e.id, e.data, name === 'releases' ? null : (e.digest ?? null)]) + '\n');
  }
  return hash.digest('base64url').slice(0, 22);
}

/** The key of a page that shows the corpus's data and, optionally, some entries' own files. */
export function pageKey(corpus: string, ...own: (string | number | undefined)[]): string {
  return own.length === 0 ? corpus : sha([corpus, ...own.map((x) => String(x ?? ''))].join('\n'));
}

/** Astro's getStaticPaths entries with a `cacheKey`, the same for all or one per path. */
export function withCacheKey<T extends object>(
  paths: readonly T[],
  key: string | ((path: T) => string),
): (T & { cacheKey: string })[] {
  return paths.map((p) => ({ ...p, cacheKey: typeof key === 'string' ? key : key(p) }));
}
