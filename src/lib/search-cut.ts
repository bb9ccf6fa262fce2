/**
 * A built page's <main> cut into words for the search index (src/lib/search-segment.ts), worked
 * out ahead while `astro build` renders the pages.
 *
 * Why: cutting the text with `Intl.Segmenter` was the index step's largest cost of its own (15 s
 * of 35 s of its CPU at 10,000 releases), on a machine whose second core sits idle while Astro
 * renders on one. So the build hands every rendered entry page to a worker thread
 * (src/data/search-cut-worker.ts) that cuts its <main> and leaves the result in a spool folder
 * in the build's cache; the index step takes a page's cut <main> from there and cuts only the
 * pages it does not find (pages restored from the incremental cache, which are not rendered).
 *
 * A cut is filed under a hash of the <main> it was made from and the page's language, so the
 * index uses it only for exactly that <main>: what the index holds never depends on whether the
 * spool had it. The spool outlives a build, so that a rebuild, which renders only what changed,
 * still finds the cuts of the pages it restored; the index step prunes the cuts of pages that
 * are gone or changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { htmlLang, mainBounds, mainForIndex } from './search-document.ts';
import type { CutWorkerData } from './search-cut-worker.ts';
import { isPresegmented, segmentHtmlText } from './search-segment.ts';

/** A page's <main> (from `<main` up to its `</main>`) as the index reads it, cut into words. */
export const cutMain = (main: string, lang: string): string => segmentHtmlText(mainForIndex(main), lang);

const spoolPrefix = 'pressroom-search-cut-';

/**
 * The spool folder of a build whose cache folder is `cacheDir`, named for what a cut depends on
 * besides its <main>: the code that cuts (this module, search-segment.ts, search-document.ts)
 * and the ICU data of this Node, which `Intl.Segmenter` cuts with. Another version of either
 * starts an empty spool. Read from the source files: called by the integration and the index
 * step, never from the middleware's bundle.
 */
export function cutSpool(cacheDir: string): string {
  const here = fileURLToPath(import.meta.url);
  const hash = createHash('sha256').update(JSON.stringify([process.versions.icu, process.versions.unicode]));
  for (const file of [
    here,
    ...['search-segment.ts', 'search-document.ts'].map((f) => path.join(path.dirname(here), f)),
  ])
    hash.update(readFileSync(file));
  return path.join(cacheDir, `${spoolPrefix}${hash.digest('base64url').slice(0, 16)}`);
}

/** The name a cut is filed under in the spool: a hash of the <main> it was made from and its language. */
export const cutName = (main: string, lang: string): string =>
  `${createHash('sha256').update(`${lang}\u0000`).update(main).digest('base64url')}.html`;

/**
 * The cut <main> of a page from the spool (by its `cutName`), or undefined if no build left one
 * for exactly this <main> in this language.
 */
export function cutFromSpool(spool: string, name: string): string | undefined {
  try {
    return readFileSync(path.join(spool, name), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Cuts the <main> of a rendered page in a pre-segmented language and files it in the spool (which
 * must exist); other pages are left alone. Written to a temporary name and then renamed, so the
 * index never reads half a file.
 */
export function fileCut(spool: string, pageHtml: string): void {
  const lang = htmlLang.exec(pageHtml.slice(0, 2048))?.[1];
  if (!lang || !isPresegmented(lang)) return;
  const [start, end] = mainBounds(pageHtml, '(rendered page)');
  const main = pageHtml.slice(start, end);
  const file = path.join(spool, cutName(main, lang));
  // Filed by an earlier build: the same <main>, so the same cut.
  if (existsSync(file)) return;
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, cutMain(main, lang));
  renameSync(temporary, file);
}

/**
 * Deletes from the spool every cut whose name is not in `wanted` (the index step's pages of this
 * build), any temporary file a stopped worker left, and the spools of other code, so that the
 * spool holds no more than one
 * cut per page the index reads.
 */
export function pruneSpool(spool: string, wanted: ReadonlySet<string>): void {
  // The spools of other code or another Node.
  const parent = path.dirname(spool);
  if (existsSync(parent))
    for (const name of readdirSync(parent))
      if (name.startsWith(spoolPrefix) && name !== path.basename(spool))
        rmSync(path.join(parent, name), { recursive: true, force: true });
  if (!existsSync(spool)) return;
  for (const name of readdirSync(spool))
    if (!wanted.has(name)) rmSync(path.join(spool, name), { force: true });
}

// The entry pages the index reads, one per search record other than an event's
// (src/lib/search-records.ts, entryUrl): a release's id holds its year folder.
const indexedPage = /^\/(?:releases\/\d{4}|agreements|cities|declarations|organizations)\/[^/]+\/$/;

/**
 * Whether a page at this address is one the index reads, so worth cutting ahead. A page it
 * misses is cut by the index step instead; one it takes needlessly costs a file.
 */
export const isIndexedPage = (pathname: string): boolean => indexedPage.test(pathname);

/**
 * How a rendered page reaches the build's worker: the integration (src/integrations/pagefind.ts)
 * starts the worker and puts this function on `globalThis`, where the middleware, which Vite
 * bundles apart from the integration, finds it (`cutAhead`). Outside a build (the dev server,
 * the tests' container renders) there is none, and pages are not cut ahead.
 */
type CutAhead = (pathname: string, html: string) => void;
const handoff = Symbol.for('pressroom.search-cut-ahead');
const slot = globalThis as { [handoff]?: CutAhead | undefined };

/** Hands a rendered page to the build's cutting worker, if the build started one. */
export const cutAhead = (pathname: string, html: string): void => slot[handoff]?.(pathname, html);

/**
 * Starts the worker that files the cut <main> of every entry page the build renders
 * (src/lib/search-cut-worker.ts) into `spool`, which must be empty. The returned function waits
 * until every page handed over is filed and stops the worker.
 */
export function startCuttingAhead(spool: string): () => Promise<void> {
  // Beside this module; run by Node itself, which strips the types. Not `new URL(…, import.meta.url)`:
  // Vite would take that for an asset of the middleware's bundle, which imports `cutAhead`.
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'search-cut-worker.ts');
  const workerData: CutWorkerData = { spool };
  const worker = new Worker(file, { workerData });
  let failed: unknown;
  worker.on('error', (error) => (failed = error));
  slot[handoff] = (pathname, html) => {
    if (isIndexedPage(pathname)) worker.postMessage(html);
  };
  return async () => {
    slot[handoff] = undefined;
    if (failed === undefined) {
      worker.postMessage(null);
      await new Promise<void>((resolve) => {
        worker.once('message', () => resolve());
        worker.once('exit', () => resolve());
      });
    }
    await worker.terminate();
    // A failed worker costs time, not correctness: the index step cuts what it does not find.
    if (failed !== undefined)
      console.warn(`検索インデックスの事前の分かち書きが途中で止まりました: ${String(failed)}`);
  };
}
