/**
 * The search page's behaviour, on Pagefind's JavaScript API (/pagefind/pagefind.js) rather than
 * its Component UI, which fetches every filter chunk as soon as it loads. Here Pagefind itself
 * is loaded only when the reader searches (or focuses the search box), the filter values only
 * when the reader opens 絞り込み, and results are rendered by the page: Japanese text only,
 * excerpts from src/lib/search-excerpt.ts, the query normalised as the index is
 * (src/lib/search-normalize.ts), and the query, filters and sort kept in the URL so a search can
 * be shared and Back returns to the previous one (src/lib/search-state.ts). When the index has
 * archive parts (older years), they are merged only when the reader ticks 「…年以前の報道発表も
 * 検索する」 (src/lib/search-archive.ts), so the first search loads the recent part alone.
 *
 * Bundled by Astro into an external module, so it runs under a CSP without 'unsafe-inline'; the
 * DOM is built with textContent and elements, never from HTML strings.
 */
import { jaSearch } from '../../i18n/ja-search.ts';
import {
  dayOfResultDate,
  NewestFirst,
  PART_FILTER,
  parseArchiveAttribute,
} from '../../lib/search-archive.ts';
import { buildExcerpt } from '../../lib/search-excerpt.ts';
import { normalizeSearchText } from '../../lib/search-normalize.ts';
import {
  filterKeys,
  isNewHistoryEntry,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  searchRanking,
  searchStateQuery,
  type FilterKey,
  type SearchSort,
  type SearchState,
} from '../../lib/search-state.ts';

/** The parts of pagefind.js this page uses (see pagefind's types/index.d.ts). */
interface PagefindFragment {
  url: string;
  /**
   * The page's text as indexed, with the zero-width spaces between words that the word
   * positions count (`content` has them removed), and < > escaped (coupled_search.ts).
   */
  raw_content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindFragment>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o: Record<string, unknown>): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
}

const ui = jaSearch.ui;
/**
 * Results rendered at first (a phone's screen and more), then per さらに表示: each result
 * fetches its fragment (the page's text, 1–2 KiB), which counts against the first search.
 */
const FIRST_PAGE = 5;
const PAGE_SIZE = 10;
const DEBOUNCE_MS = 300;

// The elements the script works with, one lookup a line (`duplicates` pairs the lines with each
// other): each has its own id and type in index.astro and SearchPageForm.astro.
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-q');
const sortSelect = $<HTMLSelectElement>('search-sort');
const filtersBox = $<HTMLDetailsElement>('search-filters');
const filtersSummary = $<HTMLElement>('search-filters-summary');
const filterNote = $<HTMLElement>('search-filter-note');
const clearFilters = $<HTMLButtonElement>('search-clear-filters');
const status = $<HTMLElement>('search-status');
const list = $<HTMLOListElement>('search-results');
const empty = $<HTMLElement>('search-empty');
const more = $<HTMLButtonElement>('search-more');
const emptyTemplate = $<HTMLTemplateElement>('search-empty-template');
/** Only when the index has archive parts (index.astro renders it then). */
const archiveBox = document.getElementById('search-archive') as HTMLInputElement | null;
const archiveParts = parseArchiveAttribute(archiveBox?.dataset.parts);
const archiveYear = Number(archiveBox?.dataset.year);
const RECENT_PART = '/pagefind/';

let pagefindPromise: Promise<Pagefind> | undefined;
/** Pagefind, loaded on first use; the path is not for the bundler to resolve. */
function pagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Pagefind's own worker (pagefind-worker.js, 12 KiB) runs the WebAssembly search off the
    // page's thread: without it, Lighthouse measured 250–1,700 ms of blocking time on a phone.
    await pf.options({ ranking: searchRanking });
    await pf.init();
    return pf;
  })();
  return pagefindPromise;
}

let archivePromise: Promise<Pagefind> | undefined;
/**
 * Pagefind with the archive parts merged, done once, when the reader first asks for them. Every
 * part, the recent one too, gets a filter naming it (PART_FILTER), and the archive parts the
 * page's ranking (`options()` reaches only the recent part).
 */
function withArchive(): Promise<Pagefind> {
  archivePromise ??= (async () => {
    const pf = await pagefind();
    await pf.options({ mergeFilter: { [PART_FILTER]: RECENT_PART } });
    for (const part of archiveParts)
      await pf.mergeIndex(part.path, { ranking: searchRanking, mergeFilter: { [PART_FILTER]: part.path } });
    return pf;
  })();
  return archivePromise;
}
/**
 * Pagefind for a search of the recent part alone, and the filter that keeps it there once the
 * archive is merged (waiting for a merge under way, whose filter it needs).
 */
async function recentOnly(): Promise<{ pf: Pagefind; scope: Record<string, string[]> }> {
  if (archivePromise) return { pf: await archivePromise, scope: { [PART_FILTER]: [RECENT_PART] } };
  return { pf: await pagefind(), scope: {} };
}

/** The fragment of a result (its page text and metadata), fetched once. */
const fragments = new WeakMap<PagefindResult, Promise<PagefindFragment>>();
function fragment(result: PagefindResult): Promise<PagefindFragment> {
  let f = fragments.get(result);
  if (!f) {
    f = result.data();
    fragments.set(result, f);
  }
  return f;
}
const dayOf = async (result: PagefindResult) => dayOfResultDate((await fragment(result)).meta.date);

let current: SearchState = parseSearchState(location.search);
/** The results of the current search, taken a page at a time. */
let found: NewestFirst<PagefindResult> | undefined;
let generation = 0;
let filtersLoaded = false;
/** Whether the filter values shown count the archive too (undefined before they are loaded). */
let filtersWithArchive: boolean | undefined;

const hasFilters = (s: SearchState) => filterKeys.some((k) => (s.filters[k]?.length ?? 0) > 0);
const selectedCount = (s: SearchState) => filterKeys.reduce((n, k) => n + (s.filters[k]?.length ?? 0), 0);

/** The form's controls showing a state (after Back, or from a shared link). */
function showState(state: SearchState) {
  if (input.value.trim() !== state.q) input.value = state.q;
  sortSelect.value = state.sort;
  if (archiveBox) archiveBox.checked = state.archive;
  for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const key = box.dataset.filter as FilterKey;
    box.checked = (state.filters[key] ?? []).includes(box.value);
  }
  const n = selectedCount(state);
  filtersSummary.textContent = n > 0 ? ui.filtersSelected(n) : ui.filtersLabel;
}

/** The state the form's controls show now. */
function formState(): SearchState {
  const filters: SearchState['filters'] = {};
  if (filtersLoaded) {
    for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      const key = box.dataset.filter as FilterKey;
      (filters[key] ??= []).push(box.value);
    }
  } else Object.assign(filters, current.filters);
  return {
    q: input.value.trim(),
    filters,
    sort: sortSelect.value as SearchSort,
    archive: archiveBox?.checked ?? false,
  };
}

/** Writes a state to the URL: a new history entry for a new search, filter, sort or archive choice. */
function record(next: SearchState) {
  const query = searchStateQuery(next);
  if (query !== location.search) {
    const url = `${location.pathname}${query}`;
    if (isNewHistoryEntry(current, next)) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
  current = next;
}

function clearResults() {
  list.replaceChildren();
  empty.replaceChildren();
  more.hidden = true;
  found = undefined;
}

/** Whether a state searches the archive parts: asked for, and the index has some. */
const searchesArchive = (s: SearchState) => s.archive && archiveParts.length > 0;

/**
 * Runs a search over the parts the state asks for. Pagefind's own order, except 新しい順 over
 * merged parts: Pagefind would re-sort those by score, so each part is searched on its own (by
 * its PART_FILTER) and the lists are merged by date (NewestFirst). Once merged, a search without
 * the archive keeps to the recent part by the same filter.
 */
async function find(state: SearchState): Promise<NewestFirst<PagefindResult>> {
  const term = state.q === '' ? null : normalizeSearchText(state.q);
  const filters = pagefindFilters(state);
  const sort = pagefindSort(state.sort);
  const inPart = (path: string) => ({ ...filters, [PART_FILTER]: [path] });
  if (!searchesArchive(state)) {
    const { pf, scope } = await recentOnly();
    return new NewestFirst(
      [(await pf.search(term, { filters: { ...filters, ...scope }, sort }))?.results ?? []],
      dayOf,
    );
  }
  if (!archivePromise) status.textContent = ui.archiveLoading(archiveYear);
  const pf = await withArchive();
  if (state.sort !== 'newest')
    return new NewestFirst([(await pf.search(term, { filters, sort }))?.results ?? []], dayOf);
  const lists: PagefindResult[][] = [];
  // One after another: the first search loads the index chunks, the others reuse them.
  for (const path of [RECENT_PART, ...archiveParts.map((p) => p.path)])
    lists.push((await pf.search(term, { filters: inPart(path), sort }))?.results ?? []);
  return new NewestFirst(lists, dayOf);
}

/** The live region's summary of what is listed. */
function summary(state: SearchState, results: NewestFirst<PagefindResult>): string {
  const archive = searchesArchive(state) ? ui.archiveIncluded(archiveYear) : '';
  if (results.total === 0) return ui.zero(state.q) + archive;
  const shownCount = results.total - results.remaining;
  return (
    ui.summary(state.q, results.total) +
    archive +
    (results.remaining > 0 ? ui.shown(shownCount, results.total) : '')
  );
}

async function run(state: SearchState) {
  const mine = ++generation;
  showState(state);
  // An empty search lists nothing: on a large archive it would list every page.
  if (state.q === '' && !hasFilters(state)) {
    clearResults();
    status.textContent = '';
    return;
  }
  // The live region speaks when results are in, not at every keystroke.
  list.setAttribute('aria-busy', 'true');
  try {
    const results = await find(state);
    if (mine !== generation) return; // a newer search has started
    const first = await results.take(FIRST_PAGE);
    const items = await Promise.all(first.map(renderResult));
    if (mine !== generation) return;
    clearResults();
    found = results;
    list.append(...items);
    more.hidden = results.remaining === 0;
    if (results.total === 0) empty.append(emptyState(state));
    status.textContent = summary(state, results);
    // The filter values count what is searched: reload them when the archive came in or went.
    if (filtersLoaded && filtersWithArchive !== searchesArchive(state)) void loadFilters();
  } catch {
    if (mine === generation) status.textContent = ui.error;
  } finally {
    if (mine === generation) list.removeAttribute('aria-busy');
  }
}

async function showMore() {
  const mine = generation;
  const results = found;
  if (!results) return;
  const next = await results.take(PAGE_SIZE);
  const items = await Promise.all(next.map(renderResult));
  if (mine !== generation) return;
  list.append(...items);
  more.hidden = results.remaining === 0;
  status.textContent = summary(current, results);
  // Keyboard users continue from the first new result.
  items[0]?.querySelector('a')?.focus();
}

async function renderResult(result: PagefindResult): Promise<HTMLLIElement> {
  const data = await fragment(result);
  const li = document.createElement('li');
  li.className = 'search-result';
  const title = document.createElement('p');
  title.className = 'search-result-title';
  const link = document.createElement('a');
  link.className = 'search-result-link';
  link.href = data.url;
  // The label tells apart entries of the same name: 相馬市（市区町村）, 相馬市（組織）.
  link.textContent = data.meta.label ?? data.meta.title ?? data.url;
  title.append(link);
  const meta = document.createElement('p');
  meta.className = 'search-result-meta';
  meta.textContent = [data.meta.kind, data.meta.date].filter(Boolean).join('　');
  li.append(title, meta);
  const text = data.raw_content.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  const parts = buildExcerpt(text, data.locations, { title: data.meta.label ?? data.meta.title });
  if (parts.length > 0) {
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result-excerpt';
    for (const part of parts) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else excerpt.append(part.text);
    }
    li.append(excerpt);
  }
  return li;
}

/**
 * What to try when nothing is found: fewer words (each word as its own search), another
 * spelling, the lists, and the older releases when they were not searched.
 */
function emptyState(state: SearchState): DocumentFragment {
  const { q } = state;
  const node = emptyTemplate.content.cloneNode(true) as DocumentFragment;
  if (searchesArchive(state)) node.querySelector('.search-try-archive')?.remove();
  const words = q.split(/\s+/).filter((w) => w !== '');
  if (words.length > 1) {
    const each = node.querySelector<HTMLElement>('.search-each-word');
    const holder = node.querySelector<HTMLElement>('.search-words');
    if (each && holder) {
      words.forEach((w, i) => {
        const a = document.createElement('a');
        a.href = `${location.pathname}${searchStateQuery({ ...current, q: w })}`;
        a.textContent = w;
        holder.append(...(i > 0 ? ['、', a] : [a]));
      });
      each.hidden = false;
    }
  }
  return node;
}

/**
 * The filter values with their counts, fetched when the reader first opens 絞り込み, and again
 * when the archive is merged or left out. Pagefind adds up the counts of merged parts; without
 * the archive once it is merged, the counts are those of the recent part's pages.
 */
async function filterCounts(archive: boolean): Promise<FilterCounts> {
  if (archive) return (await withArchive()).filters();
  const { pf, scope } = await recentOnly();
  if (!(PART_FILTER in scope)) return pf.filters();
  return (await pf.search(null, { filters: scope }))?.filters ?? {};
}
let filterLoads = 0;
async function loadFilters() {
  const mine = ++filterLoads;
  const scope = searchesArchive(current);
  filterNote.textContent = ui.filtersLoading;
  try {
    const values = await filterCounts(scope);
    if (mine !== filterLoads) return;
    for (const fieldset of filtersBox.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter]')) {
      const key = fieldset.dataset.filter as FilterKey;
      const counts = values[jaSearch.filters[key]] ?? {};
      const holder = fieldset.querySelector('.search-filter-options');
      const selected = current.filters[key] ?? [];
      // A value with no page in what is searched is left out, unless the reader chose it.
      const names = Object.keys(counts)
        .filter((v) => (counts[v] ?? 0) > 0 || selected.includes(v))
        .sort((a, b) => a.localeCompare(b, 'ja'));
      // Years newest first; other values in Japanese order.
      if (key === 'year') names.reverse();
      const options = names.map((value, i) => {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.id = `filter-${key}-${i}`;
        box.value = value;
        box.dataset.filter = key;
        box.checked = selected.includes(value);
        label.append(box, ui.option(value, counts[value] ?? 0));
        return label;
      });
      holder?.replaceChildren(...options);
    }
    filtersLoaded = true;
    filtersWithArchive = scope;
    filterNote.textContent = '';
  } catch {
    filterNote.textContent = ui.filtersError;
  }
}

function start() {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const searchNow = () => {
    clearTimeout(timer);
    const next = formState();
    record(next);
    void run(next);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(searchNow, DEBOUNCE_MS);
  });
  // Loading Pagefind while the reader types the first word makes the first results quicker.
  input.addEventListener('focus', () => void pagefind().catch(() => undefined), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchNow();
  });
  sortSelect.addEventListener('change', searchNow);
  filtersBox.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) searchNow();
  });
  filtersBox.addEventListener('toggle', () => {
    if (filtersBox.open && !filtersLoaded) void loadFilters();
  });
  archiveBox?.addEventListener('change', searchNow);
  // 「…年以前の報道発表も検索する」 in the empty state: the same as ticking the box.
  empty.addEventListener('click', (event) => {
    if (!archiveBox || !(event.target as HTMLElement).closest('.search-archive-on')) return;
    archiveBox.checked = true;
    archiveBox.focus();
    searchNow();
  });
  clearFilters.addEventListener('click', () => {
    for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
      box.checked = false;
    searchNow();
  });
  // One さらに表示 after another, so a quick second click appends its results after the first's.
  let moreChain = Promise.resolve();
  more.addEventListener('click', () => {
    moreChain = moreChain.then(showMore).catch(() => undefined);
  });
  window.addEventListener('popstate', () => {
    current = parseSearchState(location.search);
    void run(current);
  });
  if (filtersBox.open && !filtersLoaded) void loadFilters();
  void run(current);
}

start();
