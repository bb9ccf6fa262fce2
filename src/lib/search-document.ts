/**
 * The document Pagefind indexes for a search record: the built page with the record's markup
 * (src/lib/search-markup.ts) added, or for an entry without a page of its own (an event) a small
 * document of its own text. Also how Pagefind is told to read those documents (`pageIndexing`).
 */
import { escapeMarkup } from './escape.ts';
import { recordMarkup } from './search-markup.ts';
import type { SearchRecord } from './search-records.ts';

/**
 * How Pagefind reads a built page: only what is inside <main>, without the navigation inside it
 * (breadcrumbs, pagination) and what never reads as text. Pagefind's own HTML parser applies
 * this, so the build does not parse 10,000 pages a second time in JavaScript.
 */
export const pageIndexing = {
  rootSelector: 'main',
  // Tables (a declaration's signatories) are left out: Pagefind runs header cells together
  // (「#組織種別市区町村表明日…」), which makes no excerpt a reader could use, and what a reader
  // types from them (names, cities) is in the record's terms and filters. Definition lists stay,
  // written as sentences by `withRecord`.
  excludeSelectors: ['nav', 'script', 'style', 'noscript', 'template', 'table'],
} as const;

// An id attribute inside a start tag. Astro escapes `<` in text, so `<name …` only starts a tag.
const idAttribute = /(<[a-zA-Z][^<>]*?)\s+id="[^"]*"/g;
// The end of a term and of a description not already ending a sentence.
const termEnd = /<\/dt>/g;
const descriptionEnd = /(?<!。(?:<\/[a-z]+>)*)<\/dd>/g;

/**
 * The document Pagefind indexes for one page: the built page with its record added at the end
 * of <main> (index it with `pageIndexing`). A string splice, not a parse: the page was just
 * rendered by the build, and its one <main> is the layout's.
 *
 * Definition lists as sentences, 「よみ：そうまし（Soma）。都道府県：福島県。」: Pagefind does not
 * treat <dt> and <dd> as blocks and would run them together (「よみそうまし（Soma）都道府県福島県」),
 * in the index's text and so in excerpts.
 *
 * Without `id` attributes inside <main>: Pagefind stores every element with an id as an anchor in
 * the result's fragment, for sub-results (links to a section), which the search page does not
 * show; a release's anchors were ~0.5 KiB gzip of each first-search fragment.
 * Ranking does not use them: heading weights come from the elements, not their ids.
 */
export function withRecord(pageHtml: string, record: SearchRecord): string {
  const [start, end] = mainBounds(pageHtml, record.url);
  return (
    pageHtml.slice(0, start) +
    mainForIndex(pageHtml.slice(start, end)) +
    recordMarkup(record) +
    pageHtml.slice(end)
  );
}

/** The layout's `<html lang="…">`, near the top of every built page. */
export const htmlLang = /<html\b[^>]*?\slang="([^"]+)"/;

/**
 * Where a built page's <main> starts and where its `</main>` is: the layout's one <main>. Throws,
 * naming the page's address, if the page has none.
 */
export function mainBounds(pageHtml: string, url: string): [start: number, end: number] {
  const start = pageHtml.indexOf('<main');
  const end = pageHtml.lastIndexOf('</main>');
  if (start < 0 || end < start) throw new Error(`${url}: the built page has no <main>…</main>`);
  return [start, end];
}

/** A page's <main> (from `<main` up to its `</main>`) as the index reads it (see `withRecord`). */
export function mainForIndex(main: string): string {
  return main.replace(idAttribute, '$1').replace(termEnd, '：</dt>').replace(descriptionEnd, '。</dd>');
}

/**
 * The document Pagefind indexes for a record: its built page with the record added
 * (`withRecord`), or for an entry without a page of its own (an event) a document of its body,
 * one block per paragraph, with no heading (no heading weight).
 */
export function recordDocument(record: SearchRecord, builtPage: string): string {
  if (!record.body) return withRecord(builtPage, record);
  // At half weight: an event's few lines would otherwise outrank the release that announces it
  // (a short page ranks high), and the release is the first answer to 記者会見 or its speakers.
  const blocks = record.body.map((p) => `<p data-pagefind-weight="0.5">${escapeMarkup(p)}</p>`).join('');
  return `<!doctype html><html lang="ja"><head></head><body><main>${blocks}${recordMarkup(record)}</main></body></html>`;
}

/**
 * What a record's document is made of besides its built page and this module's code: the
 * record's own markup, or an event's whole document, which reads no page (`readsPage` false). The
 * index keys each part by these and the pages' bytes (src/lib/search-index.ts) rather than by
 * the documents themselves, so a rebuild that reuses the archive parts reads their pages but
 * does not decode, splice and re-encode every one of them.
 */
export function recordSource(record: SearchRecord): { own: string; readsPage: boolean } {
  return record.body
    ? { own: recordDocument(record, ''), readsPage: false }
    : { own: recordMarkup(record), readsPage: true };
}
