/**
 * The search page (/search/): the lists it links for browsing without a query, and the older
 * releases it offers when the search index has archive parts (src/lib/search-archive.ts).
 */
import { ja } from '../i18n/ja.ts';
import type { Moment } from '../lib/japan-time.ts';
import { searchArchive } from '../lib/search-archive.ts';
import { partLimitFromEnv } from '../lib/search-parts.ts';
import { collectionUrl } from '../lib/urls.ts';

export function searchView(
  { corpus }: { corpus: { releases: readonly { data: { published: Moment } }[] } },
  partLimit: number = partLimitFromEnv(),
) {
  return {
    indexes: (['releases', 'cities', 'agreements', 'declarations', 'organizations', 'topics'] as const).map(
      (c) => ({ href: collectionUrl(c), label: ja.collections[c].title }),
    ),
    /** The index's archive parts, if any: searched only when the reader ticks the box. */
    archive: searchArchive(corpus.releases, partLimit),
  };
}
