/**
 * npm run search-index [-- OUT_DIR]: writes the Pagefind index of a site that
 * `PRESSROOM_SEARCH_INDEX=separate astro build` has just built, in a process of its own.
 * `npm run build` runs it after `astro build` exits, so the index is made after Astro has
 * released its memory (at 10,000 releases the two together needed 5.6 GiB). The build left the
 * search records in its cache folder (PRESSROOM_CACHE_DIR), computed from the corpus it had
 * parsed and the instant it used: this process neither parses the corpus nor reads the clock.
 */
import path from 'node:path';
import { cacheDirFromEnv } from '../src/lib/corpus/layout.ts';
import { describeIndex, loadRecords, recordsFile, writeSearchIndex } from '../src/lib/search-index.ts';

console.log('検索インデックスを作っています…');
const outDir = path.resolve(process.argv[2] ?? process.env.PRESSROOM_OUT_DIR ?? 'dist');
const cacheDir = path.resolve(cacheDirFromEnv());
const records = loadRecords(recordsFile(cacheDir));
console.log(describeIndex(await writeSearchIndex(outDir, records, { cacheDir })));
