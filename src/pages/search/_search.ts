/**
 * The search page's behaviour on top of Pagefind's Component UI: Japanese labels, the ranking,
 * the sort switch, and the query, filters and sort kept in the URL (shareable; Back works).
 * Bundled by Astro into an external module, so it runs under a CSP without 'unsafe-inline'.
 */
import { jaSearch } from '../../i18n/ja-search.ts';
import {
  isNewHistoryEntry,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  searchRanking,
  searchStateQuery,
  stateFromPagefind,
  type SearchSort,
  type SearchState,
} from '../../lib/search-state.ts';

/** The part of Pagefind's Component UI instance this page uses (pagefind-component-ui.js). */
interface PagefindInstance {
  faceted: boolean;
  searchSort: Record<string, 'asc' | 'desc'>;
  searchTerm: string;
  searchFilters: Record<string, unknown>;
  setTranslations(strings: Record<string, string>): void;
  triggerLoad(): Promise<void>;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  on(event: 'search', callback: (term: string, filters: Record<string, unknown>) => void): void;
}
declare global {
  interface Window {
    PagefindComponents?: {
      configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
    };
  }
}

/**
 * Pagefind's filter dropdown renders its trigger as `<button role="combobox">`, which takes no
 * name from its text, and names it (in English) only once a value is chosen: until then a
 * screen reader announces an unnamed combobox (axe: button-name). Name each trigger by its
 * visible label (種別, 市区町村, …); the selected values are announced by the listbox options.
 */
function nameFilterTriggers() {
  for (const trigger of document.querySelectorAll<HTMLElement>(
    'pagefind-filter-dropdown .pf-dropdown-trigger',
  )) {
    const label = trigger.querySelector<HTMLElement>('.pf-dropdown-trigger-label');
    if (!label || !trigger.id) continue;
    label.id ||= `${trigger.id}-label`;
    trigger.setAttribute('aria-labelledby', label.id);
  }
}

const hasSelectedFilter = (filters: Record<string, unknown>) =>
  Object.values(filters ?? {}).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));

async function start(components: NonNullable<Window['PagefindComponents']>) {
  nameFilterTriggers();
  const instance = components.configureInstance('default', { ranking: searchRanking });
  instance.setTranslations(jaSearch.ui);
  const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort');
  const sortControl = document.querySelector<HTMLElement>('#search-sort-control');

  let current: SearchState = parseSearchState(location.search);
  let applying = false;
  const apply = (state: SearchState) => {
    current = state;
    if (sortSelect) sortSelect.value = state.sort;
    instance.searchSort = pagefindSort(state.sort);
    // The Component UI announces its own searches; ours must not be written back to the URL.
    applying = true;
    instance.triggerSearchWithFilters(state.q, pagefindFilters(state));
    applying = false;
  };
  const record = (next: SearchState) => {
    const query = searchStateQuery(next);
    if (query === location.search) return;
    const url = `${location.pathname}${query}`;
    if (isNewHistoryEntry(current, next)) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    current = next;
  };

  // Every search the reader starts (typing, a filter) is written to the URL, from the start.
  instance.on('search', (term, filters) => {
    if (!applying) record(stateFromPagefind(term, filters, current.sort));
  });
  // Faceted mode (results for filters alone) is switched on only after loading: otherwise the
  // UI's own empty search on load would clear the query restored from the URL. And only while a
  // filter is selected: an empty search in faceted mode lists every indexed page (10,920
  // placeholders at 10,000 releases) before the reader has asked anything. The Component UI
  // reads `faceted` at each search, after storing the filters it searches with.
  await instance.triggerLoad();
  Object.defineProperty(instance, 'faceted', {
    configurable: true,
    get: () => hasSelectedFilter(instance.searchFilters),
  });
  // Restore the shared search, unless the reader has already typed a query of their own.
  if (instance.searchTerm === '') apply(current);
  window.addEventListener('popstate', () => apply(parseSearchState(location.search)));
  if (sortSelect && sortControl) {
    sortControl.hidden = false;
    sortSelect.addEventListener('change', () => {
      const next = { ...current, sort: sortSelect.value as SearchSort };
      record(next);
      apply(next);
    });
  }
}

if (window.PagefindComponents) void start(window.PagefindComponents);
