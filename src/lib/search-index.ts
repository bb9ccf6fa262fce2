/**
 * Writes the Pagefind search index of a built site: one document per public entry page, the
 * built page (Pagefind reads its main content) plus the record computed from the corpus
 * (src/lib/search-records.ts). Runs in Node, either at the end of `astro build` (the integration
 * in src/integrations/pagefind.ts) or after it, in its own process (scripts/search-index.ts),
 * so that the index is built after Astro has released its memory.
 *
 * Each page is indexed in its own `<html lang>`. Japanese pages are cut into words here, with the
 * segmenter the browser uses on the query, and indexed under `jpn` so that Pagefind does not run
 * its own analyser (src/lib/search-segment.ts): that analyser was most of the index's time and
 * memory at 10,000 releases. Pages in a language written with spaces (an English edition) keep
 * their tag and Pagefind's own word splitting, in their own index.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { pageIndexing, recordDocument, type SearchRecord } from './search-records.ts';
import { indexLanguage, isPresegmented, segmentHtmlText } from './search-segment.ts';

// The layout's <html lang="…">.
const htmlLang = /<html\b[^>]*?\slang="([^"]+)"/;

/**
 * The document Pagefind indexes for one built page in the language `lang` of its `<html>`:
 * pre-segmented and re-tagged when Pagefind would otherwise segment it itself.
 */
export function documentForIndex(html: string, lang: string): string {
  if (!isPresegmented(lang)) return html;
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  const retagged = html
    .slice(0, start)
    .replace(htmlLang, (m, l: string) => m.replace(`lang="${l}"`, `lang="${indexLanguage(l)}"`));
  return retagged + segmentHtmlText(html.slice(start, end), lang) + html.slice(end);
}

export interface IndexReport {
  /** Pages indexed per index language (`jpn`, `en`). */
  languages: Map<string, number>;
  /** ms spent reading, cutting and adding the pages, and in Pagefind's writeFiles. */
  addMs: number;
  writeMs: number;
}

/**
 * Where a build that leaves the index to scripts/search-index.ts puts the records, in Astro's
 * cache folder: computed by the build from the corpus it has already parsed, they spare the
 * index process a second parse (and the corpus's memory next to Pagefind's).
 */
export function recordsFile(cacheDir: string): string {
  return path.join(cacheDir, 'pressroom-search-records.json');
}

export function saveRecords(file: string, records: readonly SearchRecord[]) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(records));
}

export function loadRecords(file: string): SearchRecord[] {
  return JSON.parse(readFileSync(file, 'utf8')) as SearchRecord[];
}

/**
 * Indexes the built pages in `outDir`, one per record, and writes `outDir/pagefind/`. Throws on
 * any Pagefind error.
 */
export async function writeSearchIndex(
  outDir: string,
  records: readonly SearchRecord[],
): Promise<IndexReport> {
  const problems: string[] = [];
  const languages = new Map<string, number>();
  let t = performance.now();
  let addMs: number;
  let writeMs: number;
  try {
    const { index, errors } = await pagefind.createIndex({
      rootSelector: pageIndexing.rootSelector,
      excludeSelectors: [...pageIndexing.excludeSelectors],
    });
    problems.push(...errors);
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    for (const record of records) {
      // Only pages that were built: the page itself is the proof that the entry is public. An
      // event has no page of its own: its record reads the release page it sits on.
      const file = path.join(outDir, record.page, 'index.html');
      if (!existsSync(file)) continue;
      const page = recordDocument(record, readFileSync(file, 'utf8'));
      const lang = htmlLang.exec(page)?.[1];
      if (!lang) throw new Error(`${record.url}: the built page has no <html lang>`);
      const added = await index.addHTMLFile({ url: record.url, content: documentForIndex(page, lang) });
      problems.push(...added.errors);
      languages.set(indexLanguage(lang), (languages.get(indexLanguage(lang)) ?? 0) + 1);
    }
    addMs = performance.now() - t;
    t = performance.now();
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    problems.push(...written.errors);
    writeMs = performance.now() - t;
  } finally {
    // The indexer is a child process: stop it even when indexing failed, or the build hangs.
    await pagefind.close();
  }
  // Pagefind reports problems instead of throwing; a build with a broken index must fail.
  if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
  return { languages, addMs, writeMs };
}

/** The line a build prints about the index; the benchmark reads the two times from it. */
export function describeIndex(r: IndexReport): string {
  const counts = [...r.languages].map(([l, n]) => `${l} ${n}`).join(', ');
  return `検索インデックス: ${counts} ページ（追加 ${Math.round(r.addMs)} ms、書き出し ${Math.round(r.writeMs)} ms）`;
}
