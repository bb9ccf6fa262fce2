/**
 * Where each collection lives under the content folder and how its files are read. Astro's
 * loaders (src/content.config.ts) and the corpus check (./read.ts) both follow this table, so
 * they always see the same files under the same ids.
 */
import type { CollectionName } from '../../schemas/primitives.ts';

/** A rule on where an entry's file sits, beyond the file-name rule every entry follows. */
interface PlacementRule {
  id: RegExp;
  /** What the editor is told (Japanese, shown after the file name). */
  hint: string;
}

export type CollectionLayout =
  | { format: 'markdown'; dir: string; pattern: string; placement?: PlacementRule }
  | { format: 'yaml-files'; dir: string; pattern: string }
  | { format: 'yaml-list'; file: string; optional?: boolean };

/**
 * A release lives in the folder of its year: `releases/2026/soma-kickoff.md` → `2026/soma-kickoff`.
 * Release URLs and the paginated archive (`/releases/page/2/`) rely on the four-digit first segment.
 */
export const releaseIdPattern = /^\d{4}\/[^/]+$/;

export const contentLayout: Record<CollectionName, CollectionLayout> = {
  releases: {
    format: 'markdown',
    dir: 'releases',
    pattern: '**/*.{md,mdx}',
    placement: {
      id: releaseIdPattern,
      hint: '報道発表は公開年のフォルダーに置いてください（例: releases/2026/soma-kickoff.md）',
    },
  },
  agreements: { format: 'markdown', dir: 'agreements', pattern: '**/*.{md,mdx}' },
  cities: { format: 'markdown', dir: 'cities', pattern: '**/*.{md,mdx}' },
  declarations: { format: 'markdown', dir: 'declarations', pattern: '**/*.{md,mdx}' },
  organizations: { format: 'yaml-files', dir: 'organizations', pattern: '**/*.{yaml,yml}' },
  topics: { format: 'yaml-list', file: 'topics.yaml' },
  // The English edition mirrors the Japanese folders: en/releases/2026/soma-….md summarises
  // releases/2026/soma-….md (the `japanese` field says which entry; the path is for editors).
  englishSummaries: { format: 'markdown', dir: 'en', pattern: '{releases,agreements}/**/*.{md,mdx}' },
  // Optional: a corpus without an English edition (the benchmark's) has no names file.
  englishNames: { format: 'yaml-list', file: 'en/names.yaml', optional: true },
};

/** The content folder; PRESSROOM_CONTENT_DIR points builds at another corpus (tests, benchmark). */
export function contentDirFromEnv(env: Record<string, string | undefined> = process.env): string {
  return env.PRESSROOM_CONTENT_DIR || 'content';
}

/**
 * Astro's cache folder (incremental-build manifest, content store) and the search records the
 * build leaves for scripts/search-index.ts; PRESSROOM_CACHE_DIR gives each test build its own.
 */
export function cacheDirFromEnv(env: Record<string, string | undefined> = process.env): string {
  return env.PRESSROOM_CACHE_DIR || './node_modules/.astro';
}

/** An entry's id is its path inside the collection folder, without the extension. */
export function entryIdFromPath(relativePath: string): string {
  return relativePath.replaceAll('\\', '/').replace(/\.[^./]+$/, '');
}
