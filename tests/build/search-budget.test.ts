/**
 * The first search a reader makes transfers at most 150 KiB in total, gzip-compressed as a host
 * serves it: the search page, its CSS and JS, Pagefind's entry file, WebAssembly, the index
 * chunks and fragments one query needs. Measured in headless Chromium with an empty cache
 * (scripts/bench/first-search.ts, also the benchmark's "first search").
 *
 * What keeps it under (docs/developers.md "Search"): the page's own small UI over pagefind.js
 * instead of Pagefind's Component UI (40 KiB, and it fetches every filter chunk on load), filter
 * values fetched only when the reader opens 絞り込み, and five results' fragments at first.
 */
import { existsSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { FIRST_SEARCH_BUDGET_BYTES } from '../../scripts/bench/budgets.ts';
import { FIRST_SEARCH_QUERY, measureFirstSearch, searchPageFile } from '../../scripts/bench/first-search.ts';

const dist = inject('distDir');

describe('first search', () => {
  it(`transfers at most 150 KiB (gzip) for “${FIRST_SEARCH_QUERY}”`, async () => {
    expect(existsSync(searchPageFile(dist)), 'search page missing: dist/search/index.html').toBe(true);
    const search = await measureFirstSearch(dist);
    if (!search) throw new Error('search page missing: dist/search/index.html');
    const listing = search.responses.map((r) => `${r.url} ${r.gzip} B`).join('\n');
    // The measurement covers a real query: Pagefind's entry, its WebAssembly, an index chunk and
    // the fragments of the results shown.
    const urls = search.responses.map((r) => r.url);
    expect(
      urls.some((u) => u.includes('/pagefind/pagefind-entry.json')),
      listing,
    ).toBe(true);
    expect(
      urls.some((u) => /\/pagefind\/.*\.pagefind$/.test(u)),
      listing,
    ).toBe(true);
    expect(
      urls.some((u) => /\/pagefind\/index\/.*\.pf_index$/.test(u)),
      listing,
    ).toBe(true);
    expect(
      urls.some((u) => /\/pagefind\/fragment\/.*\.pf_fragment$/.test(u)),
      listing,
    ).toBe(true);
    // Not Pagefind's Component UI or any of its stylesheets (40 + 7 KiB), and no filter chunk:
    // a search without filters needs none, and the filter values load when 絞り込み is opened.
    expect(
      urls.filter((u) => /pagefind-(component|modular)-ui|\/pagefind-ui\.|\.pf_filter$/.test(u)),
      listing,
    ).toEqual([]);
    expect(
      urls.filter((u) => u.includes('/pagefind/') && u.endsWith('.css')),
      listing,
    ).toEqual([]);
    expect(search.foreign).toEqual([]);
    expect(search.gzipBytes, listing).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET_BYTES);
  });
});
