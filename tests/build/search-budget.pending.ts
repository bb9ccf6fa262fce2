/**
 * NOT RUN (the name does not end in .test.ts): the budget is not met yet. On the real site the
 * first search transfers 168 KiB gzip against 150 KiB; almost all of it is Pagefind's own Component
 * UI (component JS 40 KiB + CSS 7 KiB, pagefind.js 13 KiB, worker 12 KiB, WebAssembly 54 KiB) and
 * its index chunk. Meeting it means a lighter UI than the Component UI that issue 4 asks for (the
 * Modular UI is ~6 KiB), a decision for whoever plans the next work (see bench/RESULTS.md).
 * Rename to search-budget.test.ts when it passes.
 *
 * The first search a reader makes transfers at most 150 KiB in total, gzip-compressed as a host
 * serves it: the search page, its CSS and JS, Pagefind's entry file, WebAssembly, the index
 * chunks and fragments one query needs. Measured in headless Chromium with an empty cache.
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
    // The measurement covers a real query: Pagefind's entry, its WebAssembly and an index chunk.
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
    expect(search.foreign).toEqual([]);
    expect(search.gzipBytes, listing).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET_BYTES);
  });
});
