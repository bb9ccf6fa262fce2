import type { SearchArchive } from '../../lib/search-archive.ts';

/** What the search page's form and its empty-result template take: the archive, when the index has archive parts. */
export interface SearchArchiveProps {
  archive?: SearchArchive | undefined;
}
