/**
 * npm run search-index [-- OUT_DIR]: writes the Pagefind index of a site `astro build` has just
 * built, in a process of its own. `npm run build` runs it after `astro build` exits, so the
 * index is made after Astro has released its memory (at 10,000 releases the two together would
 * need about twice the memory). The corpus and the build instant are those of the build: the
 * content folder from the environment, the instant from the built schedule.json.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDirFromEnv } from '../src/lib/corpus/layout.ts';
import { formatProblem } from '../src/lib/corpus/problem.ts';
import { checkCorpus } from '../src/lib/corpus/validate.ts';
import { publicCorpus } from '../src/lib/public-corpus.ts';
import { scheduleFile, type Schedule } from '../src/lib/schedule.ts';
import { describeIndex, writeSearchIndex } from '../src/lib/search-index.ts';

console.log('検索インデックスを作っています…');
const outDir = path.resolve(process.argv[2] ?? process.env.PRESSROOM_OUT_DIR ?? 'dist');
const contentDir = contentDirFromEnv();
const schedule = JSON.parse(readFileSync(path.join(outDir, scheduleFile), 'utf8')) as Schedule;
const { entries, problems } = checkCorpus(contentDir);
if (problems.length > 0) {
  // astro build has checked the same files; they changed since.
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
const report = await writeSearchIndex(outDir, publicCorpus(entries, new Date(schedule.builtAt)));
console.log(describeIndex(report));
