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
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { cutFromSpool, cutMain, cutName, cutSpool, pruneSpool } from './search-cut.ts';
import { htmlLang, mainBounds, pageIndexing, recordDocument, recordSource } from './search-document.ts';
import { partLimitFromEnv, splitRecords, type SearchPart } from './search-parts.ts';
import type { LaneJob } from './search-index-lane.ts';
import type { SearchRecord } from './search-records.ts';
import { indexLanguage, isPresegmented, segmentHtmlText } from './search-segment.ts';

/** A page's head (up to its <main>) with the language tag the index files it under. */
const retagged = (head: string): string =>
  head.replace(htmlLang, (m, l: string) => m.replace(`lang="${l}"`, `lang="${indexLanguage(l)}"`));

/**
 * The document Pagefind indexes for one built page in the language `lang` of its `<html>`:
 * pre-segmented and re-tagged when Pagefind would otherwise segment it itself.
 */
export function documentForIndex(html: string, lang: string): string {
  if (!isPresegmented(lang)) return html;
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  return retagged(html.slice(0, start)) + segmentHtmlText(html.slice(start, end), lang) + html.slice(end);
}

export interface IndexReport {
  /** Pages indexed per index language (`jpn`, `en`). */
  languages: Map<string, number>;
  /** The parts (src/lib/search-parts.ts): where, which years, how many documents, reused or written. */
  parts: { path: string; from: number; to: number; documents: number; reused: boolean }[];
  /** Documents whose page's <main> the build had already cut (src/lib/search-cut.ts). */
  cutAhead: number;
  /**
   * ms spent reading, cutting and adding the pages, and from sending each part's writeFiles until
   * it was done, in the lane that spent the most on each. A part is written while the next part's
   * pages are read and added, so the two overlap: their sum exceeds the step's time.
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
export interface RecordInput {
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

/**
 * The document Pagefind is sent for a record: `documentForIndex` of its document
 * (src/lib/search-document.ts). A page in a pre-segmented language is assembled from its parts
 * instead, its <main> taken already cut from the build's spool (src/lib/search-cut.ts) when the
 * build left one for exactly that <main>, else cut here; the record's markup has no text to cut.
 * The same document either way (tests/unit/search-cut.test.ts).
 */
export function indexDocument(
  record: SearchRecord,
  input: RecordInput,
  spool: string | undefined,
): { content: string; ahead: boolean; cut?: string } {
  if (!input.page) return { content: documentForIndex(input.own, input.lang), ahead: false };
  const cut = cutPage(record, input);
  if (!cut)
    return {
      content: documentForIndex(recordDocument(record, input.page.toString('utf8')), input.lang),
      ahead: false,
    };
  const { page, start, end, main, name } = cut;
  const spooled = spool === undefined ? undefined : cutFromSpool(spool, name);
  // `own` is the record's markup (`recordSource`), which `withRecord` adds at the end of <main>.
  const content =
    retagged(page.slice(0, start)) + (spooled ?? cutMain(main, input.lang)) + input.own + page.slice(end);
  return { content, ahead: spooled !== undefined, cut: name };
}

/** A record's page in a pre-segmented language, its <main> and that <main>'s spool name (`cutName`). */
function cutPage(record: SearchRecord, input: RecordInput) {
  if (!input.page || !isPresegmented(input.lang)) return undefined;
  const page = input.page.toString('utf8');
  const [start, end] = mainBounds(page, record.url);
  const main = page.slice(start, end);
  return { page, start, end, main, name: cutName(main, input.lang) };
}

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
    ...['search-segment.ts', 'search-document.ts', 'search-cut.ts'].map((f) =>
      path.join(path.dirname(here), f),
    ),
  ].map((f) => readFileSync(f, 'utf8'));
  // The ICU data of this Node cuts the Japanese text (Intl.Segmenter): another version, another index.
  return JSON.stringify([
    pagefindVersion(),
    process.versions.icu,
    process.versions.unicode,
    pageIndexing,
    ...code,
  ]);
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

/** A part and the records of its documents (`splitRecords`). */
export interface PartJob {
  part: SearchPart;
  records: SearchRecord[];
}

/** What one lane (`indexParts`) did: the report's pieces, and Pagefind's errors. */
export interface LaneResult {
  languages: [string, number][];
  parts: { order: number; report: IndexReport['parts'][number] }[];
  cutAhead: number;
  /** The spool names of the lane's pages' cuts (src/lib/search-cut.ts). */
  cuts: string[];
  addMs: number;
  writeMs: number;
  problems: string[];
}

/**
 * Indexes `parts` one after the other in this thread's Pagefind service (a child process, one
 * per thread): each part's bundle is written to its own folder by a fresh index, which is deleted
 * before the part after the next one starts, so Pagefind holds at most two parts. With
 * `cacheDir`, a part whose documents, options and code are unchanged since a previous build is
 * copied from the cache instead of being indexed again. `order` numbers the parts for the report.
 * Pagefind's errors are returned, not thrown; the service is closed either way.
 */
export async function indexParts(
  outDir: string,
  parts: readonly { order: number; job: PartJob }[],
  cacheDir: string | undefined,
): Promise<LaneResult> {
  const problems: string[] = [];
  const languages = new Map<string, number>();
  const report: LaneResult['parts'] = [];
  const fingerprint = cacheDir ? indexingFingerprint() : '';
  const spool = cacheDir ? cutSpool(cacheDir) : undefined;
  let cutAhead = 0;
  // The spool's cuts of this lane's pages: what the spool keeps after this build.
  const cuts: string[] = [];
  const document = (record: SearchRecord, input: RecordInput) => {
    const { content, ahead, cut } = indexDocument(record, input, spool);
    if (ahead) cutAhead++;
    if (cut) cuts.push(cut);
    return content;
  };
  let addMs = 0;
  let writeMs = 0;
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
    for (const [i, { order, job }] of parts.entries()) {
      const { part, records: partRecords } = job;
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
      const partCache = cacheDir
        ? path.join(cacheDir, 'search-parts', part.path.replaceAll('/', ''))
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
          // Kept for when this part is indexed again.
          if (spool)
            for (const [record, input] of inputs) {
              const cut = cutPage(record, input)?.name;
              if (cut) cuts.push(cut);
            }
          addMs += performance.now() - t;
          report.push({ order, report: { ...part, documents, reused: true } });
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
              content: document(record, input),
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
      report.push({ order, report: { ...part, documents, reused: false } });
    }
    await Promise.all(writes);
  } finally {
    // The indexer is a child process: stop it even when indexing failed, or the build hangs.
    await pagefind.close();
  }
  return { languages: [...languages], parts: report, cutAhead, cuts, addMs, writeMs, problems };
}

/**
 * How many parts are indexed at once: one lane per core, at most two. Each lane is a thread with
 * its own Pagefind service, so on two cores the index is written by both (Pagefind parses and
 * writes a part on one core; the thread reads and cuts the next part's pages on the other).
 * PRESSROOM_SEARCH_LANES sets it (1 indexes every part in this thread).
 */
export function laneCountFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PRESSROOM_SEARCH_LANES;
  if (raw === undefined || raw === '') return Math.min(2, availableParallelism());
  const lanes = Number(raw);
  if (!Number.isInteger(lanes) || lanes < 1)
    throw new Error(`PRESSROOM_SEARCH_LANES は 1 以上の整数にしてください（「${raw}」）。`);
  return lanes;
}

/**
 * The parts split into `lanes` lanes of about equal documents: largest part first, each to the
 * lane with the fewest documents so far; within a lane, parts keep their order.
 */
export function laneParts(parts: readonly PartJob[], lanes: number): { order: number; job: PartJob }[][] {
  const result = Array.from({ length: Math.max(1, Math.min(lanes, parts.length)) }, () => ({
    documents: 0,
    parts: [] as { order: number; job: PartJob }[],
  }));
  const bySize = parts
    .map((job, order) => ({ order, job }))
    .sort((a, b) => b.job.records.length - a.job.records.length);
  for (const item of bySize) {
    const lane = result.reduce((least, l) => (l.documents < least.documents ? l : least));
    lane.parts.push(item);
    lane.documents += item.job.records.length;
  }
  return result.map((l) => l.parts.sort((a, b) => a.order - b.order));
}

/** Runs a lane in a worker thread (src/lib/search-index-lane.ts), with its own Pagefind service. */
function indexPartsInWorker(
  outDir: string,
  parts: readonly { order: number; job: PartJob }[],
  cacheDir: string | undefined,
): Promise<LaneResult> {
  const job: LaneJob = { outDir, parts, cacheDir };
  return new Promise((resolve, reject) => {
    const worker = new Worker(laneWorker, { workerData: job });
    worker
      // Its result is all it sends: done, whatever else might keep its event loop alive.
      .on('message', (r: LaneResult) => {
        resolve(r);
        void worker.terminate();
      })
      .on('error', reject)
      .on('exit', (code) => reject(new Error(`search-index-lane.ts exited (code ${code}) without a result`)));
  });
}

// Beside this module; run by Node itself, which strips the types (also inside `astro build`,
// which loads the integrations from their source files).
const laneWorker = path.join(path.dirname(fileURLToPath(import.meta.url)), 'search-index-lane.ts');

/**
 * Indexes the built pages in `outDir`, one per record, in parts (src/lib/search-parts.ts): each
 * part's bundle is written to its own folder (`outDir/pagefind/`, `outDir/pagefind-archive-1/` …),
 * the parts shared between lanes (`laneCountFromEnv`) that index at the same time. Each part is
 * indexed alone by a fresh index, so the bundles do not depend on the lanes. Throws on any
 * Pagefind error.
 */
export async function writeSearchIndex(
  outDir: string,
  records: readonly SearchRecord[],
  options: { cacheDir?: string | undefined; partLimit?: number; lanes?: number } = {},
): Promise<IndexReport> {
  const parts = splitRecords(records, options.partLimit ?? partLimitFromEnv());
  // A part folder left by an earlier build with more parts would still be served.
  const wanted = new Set(parts.map((p) => p.part.path.replaceAll('/', '')));
  if (existsSync(outDir))
    for (const name of readdirSync(outDir))
      if (/^pagefind-archive-\d+$/.test(name) && !wanted.has(name))
        rmSync(path.join(outDir, name), { recursive: true, force: true });
  const lanes = laneParts(parts, options.lanes ?? laneCountFromEnv());
  const results = await Promise.allSettled(
    lanes.map((lane, i) =>
      i === 0
        ? indexParts(outDir, lane, options.cacheDir)
        : indexPartsInWorker(outDir, lane, options.cacheDir),
    ),
  );
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  const done = results.map((r) => (r as PromiseFulfilledResult<LaneResult>).value);
  // Pagefind reports problems instead of throwing; a build with a broken index must fail.
  const problems = done.flatMap((r) => r.problems);
  if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
  // The cuts of pages that are gone or changed are of no further use.
  if (options.cacheDir) pruneSpool(cutSpool(options.cacheDir), new Set(done.flatMap((r) => r.cuts)));
  const languages = new Map<string, number>();
  for (const [language, n] of done.flatMap((r) => r.languages))
    languages.set(language, (languages.get(language) ?? 0) + n);
  return {
    languages,
    parts: done
      .flatMap((r) => r.parts)
      .sort((a, b) => a.order - b.order)
      .map((p) => p.report),
    cutAhead: done.reduce((sum, r) => sum + r.cutAhead, 0),
    // The lanes run side by side: the step took as long as its longest lane.
    addMs: Math.max(...done.map((r) => r.addMs)),
    writeMs: Math.max(...done.map((r) => r.writeMs)),
  };
}

/** The line a build prints about the index; the benchmark reads the two times from it. */
export function describeIndex(r: IndexReport): string {
  const counts = [...r.languages].map(([l, n]) => `${l} ${n}`).join(', ');
  const parts = r.parts
    .map((p) => `${p.path} ${p.from}〜${p.to}年 ${p.documents}件${p.reused ? '（前回のまま）' : ''}`)
    .join('、');
  return `検索インデックス: ${counts} ページ（ビルド中に分かち書き済み ${r.cutAhead} ページ、追加 ${Math.round(r.addMs)} ms、書き出し ${Math.round(r.writeMs)} ms）。部分: ${parts}`;
}
