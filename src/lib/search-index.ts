/**
 * Writes the Pagefind search index of a built site: one document per public entry page, the
 * built page (Pagefind reads its main content) plus the record computed from the corpus
 * (src/lib/search-records.ts, merged by src/lib/search-document.ts). Runs in Node, either at the end of `astro build` (the integration
 * in src/integrations/pagefind.ts) or after it, in its own process (scripts/search-index.ts),
 * so that the index is built after Astro has released its memory.
 *
 * Each page is indexed in its own `<html lang>`. Japanese pages are cut into words here, with the
 * segmenter the browser uses on the query, and indexed under `jpn` so that Pagefind does not run
 * its own analyser (src/lib/search-segment.ts): that analyser was most of the index's time and
 * memory at 10,000 releases. Pages in a language written with spaces (an English edition) keep
 * their tag and Pagefind's own word splitting, in their own index.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { pageIndexing, recordDocument, recordSource } from './search-document.ts';
import { partLimitFromEnv, splitRecords } from './search-parts.ts';
import type { SearchRecord } from './search-records.ts';
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
  /** The parts (src/lib/search-parts.ts): where, which years, how many documents, reused or written. */
  parts: { path: string; from: number; to: number; documents: number; reused: boolean }[];
  /**
   * ms spent reading, cutting and adding the pages, and from sending each part's writeFiles until
   * it was done. A part is written while the next part's pages are read and added, so the two
   * overlap: their sum exceeds the step's time.
   */
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

/** What one record's document is made of: its own markup, and its built page as bytes if it reads one. */
interface RecordInput {
  own: string;
  page: Buffer | undefined;
  lang: string;
}

/** One record's input (`recordSource`), or undefined if its page was not built. */
function recordInput(outDir: string, record: SearchRecord): RecordInput | undefined {
  // Only pages that were built: the page itself is the proof that the entry is public. An
  // event has no page of its own: its record needs the release page it sits on to exist.
  const file = path.join(outDir, record.page, 'index.html');
  if (!existsSync(file)) return undefined;
  const { own, readsPage } = recordSource(record);
  const page = readsPage ? readFileSync(file) : undefined;
  // The layout's <html lang> opens the page; the language is ASCII, so the first bytes will do.
  const head = page ? page.toString('latin1', 0, 2048) : own;
  const lang = htmlLang.exec(head)?.[1] ?? (page ? htmlLang.exec(page.toString('utf8'))?.[1] : undefined);
  if (!lang) throw new Error(`${record.url}: the built page has no <html lang>`);
  return { own, page, lang };
}

/** The document Pagefind is sent for a record, before cutting. */
const documentOf = (record: SearchRecord, input: RecordInput): string =>
  input.page ? recordDocument(record, input.page.toString('utf8')) : input.own;

/**
 * What a part's index is made from besides its records and pages: Pagefind's version, the
 * indexing options and the code of this module, the segmenter and the splice. A part is reused
 * only while its key, which hashes these and every record and page in it, is the same.
 */
function indexingFingerprint(): string {
  const here = fileURLToPath(import.meta.url);
  // search-document.ts splices the record into the page: the key hashes the two, not the result.
  const code = [
    here,
    ...['search-segment.ts', 'search-document.ts'].map((f) => path.join(path.dirname(here), f)),
  ].map((f) => readFileSync(f, 'utf8'));
  return JSON.stringify([pagefindVersion(), pageIndexing, ...code]);
}

/**
 * The installed Pagefind's version, from the project's node_modules (the build and
 * scripts/search-index.ts run in the project folder; pagefind exports neither a main nor its
 * package.json, so it cannot be resolved from here).
 */
function pagefindVersion(): string {
  const file = path.resolve('node_modules/pagefind/package.json');
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
    : 'unknown';
}

/**
 * Replaces `target` with a copy of `source` (a part's bundle, to or from the cache), made of hard
 * links where both sit on one file system: a bundle is thousands of small files that nothing
 * changes in place (Pagefind names them by their content, a build empties dist/ before it writes).
 * The eight parts of a 10,000-release archive (17,121 files, 94 MB) link in 0.3 s and took 3–4 s
 * to copy.
 */
function replaceDir(source: string, target: string) {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    if (entry.isDirectory()) replaceDir(from, to);
    else
      try {
        linkSync(from, to);
      } catch (error) {
        // Another file system (a cache folder on another disk), or one without hard links.
        if (!['EXDEV', 'EPERM', 'ENOTSUP'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
        copyFileSync(from, to);
      }
  }
}

/** Pages sent to Pagefind and not yet answered, at most (see the indexing loop). */
const addWindow = 256;

/**
 * Indexes the built pages in `outDir`, one per record, in parts (src/lib/search-parts.ts): each
 * part's bundle is written to its own folder (`outDir/pagefind/`, `outDir/pagefind-archive-1/` …)
 * by a fresh Pagefind index, which is deleted before the next part, so Pagefind holds one part at
 * a time. With `cacheDir`, a part whose documents, options and code are unchanged since a
 * previous build is copied from the cache instead of being indexed again. Throws on any Pagefind
 * error.
 */
export async function writeSearchIndex(
  outDir: string,
  records: readonly SearchRecord[],
  options: { cacheDir?: string | undefined; partLimit?: number } = {},
): Promise<IndexReport> {
  const problems: string[] = [];
  const languages = new Map<string, number>();
  const report: IndexReport['parts'] = [];
  const parts = splitRecords(records, options.partLimit ?? partLimitFromEnv());
  const fingerprint = options.cacheDir ? indexingFingerprint() : '';
  let addMs = 0;
  let writeMs = 0;
  // A part folder left by an earlier build with more parts would still be served.
  const wanted = new Set(parts.map((p) => p.part.path.replaceAll('/', '')));
  if (existsSync(outDir))
    for (const name of readdirSync(outDir))
      if (/^pagefind-archive-\d+$/.test(name) && !wanted.has(name))
        rmSync(path.join(outDir, name), { recursive: true, force: true });
  const newIndex = async () => {
    const { index, errors } = await pagefind.createIndex({
      rootSelector: pageIndexing.rootSelector,
      excludeSelectors: [...pageIndexing.excludeSelectors],
    });
    problems.push(...errors);
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    return index;
  };
  // The index of the next part to be indexed, asked for while the one before it is written.
  let spare: ReturnType<typeof newIndex> | undefined;
  // Parts being written (and then copied to the cache), awaited before Pagefind is closed.
  const writes: Promise<void>[] = [];
  try {
    for (const [i, { part, records: partRecords }] of parts.entries()) {
      const later = i < parts.length - 1;
      const target = path.join(outDir, part.path);
      const t = performance.now();
      // The part's key hashes what its documents are made of: each record's own markup and its
      // page's bytes, as read from the disk (src/lib/search-document.ts, `recordSource`).
      const hash = createHash('sha256').update(fingerprint).update(part.path);
      let documents = 0;
      const count = (record: SearchRecord, input: RecordInput) => {
        documents++;
        hash.update(
          `\u0000${record.url}\u0000${input.lang}\u0000${input.own}\u0000${input.page?.length ?? -1}\u0000`,
        );
        if (input.page) hash.update(input.page);
        const language = indexLanguage(input.lang);
        languages.set(language, (languages.get(language) ?? 0) + 1);
      };
      const partCache = options.cacheDir
        ? path.join(options.cacheDir, 'search-parts', part.path.replaceAll('/', ''))
        : undefined;
      // A pass for the key first when a cached bundle of this part may match it, whose pages are
      // kept for indexing if none does; on a first build the key is computed while indexing.
      const comparable = partCache !== undefined && existsSync(partCache);
      let key: string | undefined;
      let inputs: [SearchRecord, RecordInput][] | undefined;
      if (comparable) {
        inputs = [];
        for (const record of partRecords) {
          const input = recordInput(outDir, record);
          if (!input) continue;
          count(record, input);
          inputs.push([record, input]);
        }
        key = hash.digest('base64url').slice(0, 32);
        const cached = path.join(partCache, key);
        if (existsSync(path.join(cached, 'pagefind-entry.json'))) {
          replaceDir(cached, target);
          addMs += performance.now() - t;
          report.push({ ...part, documents, reused: true });
          continue;
        }
      }
      const index = await (spare ?? newIndex());
      spare = undefined;
      // Pipelined: Pagefind's service takes its requests in order and answers each when done, so
      // the next pages are read and cut here while Pagefind parses the ones before them (the two
      // run on separate cores). A bounded window keeps the queued documents' memory small; the
      // order of the calls, and so the index, is the same as one at a time.
      const inFlight: Promise<void>[] = [];
      const sources =
        inputs ??
        (function* () {
          for (const record of partRecords) {
            const input = recordInput(outDir, record);
            if (!input) continue;
            count(record, input);
            yield [record, input] as [SearchRecord, RecordInput];
          }
        })();
      for (const [record, input] of sources) {
        if (inFlight.length >= addWindow) await inFlight.shift();
        inFlight.push(
          index
            .addHTMLFile({
              url: record.url,
              content: documentForIndex(documentOf(record, input), input.lang),
            })
            // A rejection becomes a problem like the errors Pagefind reports: the build fails
            // after the loop, and no queued call is left rejecting unhandled.
            .then(
              (added) => void problems.push(...added.errors),
              (error: unknown) => void problems.push(`${record.url}: ${String(error)}`),
            ),
        );
      }
      await Promise.all(inFlight);
      const partKey = key ?? hash.digest('base64url').slice(0, 32);
      addMs += performance.now() - t;
      // The next part's index is asked for before this part is written: the service answers in
      // order, so that part's pages are read, cut and queued here while Pagefind writes this one.
      if (later) {
        spare = newIndex();
        // Awaited when the next part to index takes it; a failure surfaces there, not as an
        // unhandled rejection (and not at all if every later part comes from the cache).
        spare.catch(() => {});
      }
      rmSync(target, { recursive: true, force: true });
      const sent = performance.now();
      const written = index
        .writeFiles({ outputPath: target })
        .then(async (result) => {
          problems.push(...result.errors);
          // Pagefind keeps an index until it is deleted: free this part before the next one.
          await index.deleteIndex();
          writeMs += performance.now() - sent;
          if (partCache && result.errors.length === 0) {
            // One cached bundle per part: the previous one is of no further use.
            rmSync(partCache, { recursive: true, force: true });
            replaceDir(target, path.join(partCache, partKey));
          }
        })
        .catch((error: unknown) => void problems.push(`${part.path}: ${String(error)}`));
      writes.push(written);
      report.push({ ...part, documents, reused: false });
    }
    await Promise.all(writes);
  } finally {
    // The indexer is a child process: stop it even when indexing failed, or the build hangs.
    await pagefind.close();
  }
  // Pagefind reports problems instead of throwing; a build with a broken index must fail.
  if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
  return { languages, parts: report, addMs, writeMs };
}

/** The line a build prints about the index; the benchmark reads the two times from it. */
export function describeIndex(r: IndexReport): string {
  const counts = [...r.languages].map(([l, n]) => `${l} ${n}`).join(', ');
  const parts = r.parts
    .map((p) => `${p.path} ${p.from}〜${p.to}年 ${p.documents}件${p.reused ? '（前回のまま）' : ''}`)
    .join('、');
  return `検索インデックス: ${counts} ページ（追加 ${Math.round(r.addMs)} ms、書き出し ${Math.round(r.writeMs)} ms）。部分: ${parts}`;
}
