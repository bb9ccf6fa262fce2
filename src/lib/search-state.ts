/**
 * The search page's state (query, filters, sort, whether older releases are searched) and its
 * URL, so a search can be shared as a link and the browser's Back button returns to the previous
 * search: `/search/?q=育休&city=相馬市&archive=1`.
 * Filter keys in the index are the Japanese filter names; the URL uses short ASCII names.
 */
import { jaSearch } from '../i18n/ja-search.ts';

export type FilterKey = keyof typeof jaSearch.filters;
export const filterKeys = Object.keys(jaSearch.filters) as FilterKey[];

export const searchParamNames: Record<FilterKey, string> = {
  kind: 'type',
  city: 'city',
  organization: 'org',
  topic: 'topic',
  year: 'year',
};

export type SearchSort = 'relevance' | 'newest';

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string[]>>;
  sort: SearchSort;
  /**
   * Whether the archive parts of the index are searched too (`archive=1`; src/lib/search-archive.ts).
   * Off by default, so the first search loads only the recent part.
   */
  archive: boolean;
}

/** The sort key written by recordMarkup (data-pagefind-sort="date:YYYY-MM-DD"). */
const sortKey = 'date';

/**
 * Pagefind ranking: a match in the page's own names counts most, then in its headline, then in
 * related names; the displayed kind, date and label (the title with its kind) are not search terms.
 */
export const searchRanking = {
  metaWeights: { names: 8, headline: 4, terms: 1.5, kind: 0, date: 0, label: 0 },
};

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of filterKeys) {
    const values = params.getAll(searchParamNames[key]).filter((v) => v !== '');
    if (values.length > 0) filters[key] = values;
  }
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
    archive: params.get('archive') === '1',
  };
}

/** `?q=…&city=…&sort=newest&archive=1`, or '' for the empty search; parameters in a fixed order. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const key of filterKeys)
    for (const v of state.filters[key] ?? []) params.append(searchParamNames[key], v);
  if (state.sort === 'newest') params.set('sort', 'newest');
  if (state.archive) params.set('archive', '1');
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** Filters as Pagefind takes them: keyed by the Japanese filter name. */
export function pagefindFilters(state: SearchState): Record<string, string[]> {
  return Object.fromEntries(
    filterKeys.flatMap((k) => {
      const values = state.filters[k];
      return values && values.length > 0 ? [[jaSearch.filters[k], values]] : [];
    }),
  );
}

export function pagefindSort(sort: SearchSort): Record<string, 'asc' | 'desc'> {
  return sort === 'newest' ? { [sortKey]: 'desc' } : {};
}

/**
 * Whether going from one state to the next deserves its own history entry. Refining the query
 * while typing replaces the entry (Back should not step through every keystroke); starting a
 * search, changing filters, the sort or whether older releases are searched adds one.
 */
export function isNewHistoryEntry(from: SearchState, to: SearchState): boolean {
  if (from.sort !== to.sort || from.archive !== to.archive) return true;
  if (JSON.stringify(pagefindFilters(from)) !== JSON.stringify(pagefindFilters(to))) return true;
  return from.q === '' && to.q !== '';
}
