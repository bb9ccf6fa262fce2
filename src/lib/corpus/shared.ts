/**
 * One parse of the corpus and one build instant per build. The content guard checks the corpus
 * when Astro starts; the search index needs the same entries at the end of the build. Both run
 * in the Astro process, so the second asks this module instead of reading and validating every
 * file again (at 10,000 releases a parse costs seconds and its own copy of the corpus in memory).
 */
import path from 'node:path';
import { buildInstant } from '../publishing.ts';
import type { ParsedEntry } from './integrity.ts';
import type { Problem } from './problem.ts';
import { checkCorpus } from './validate.ts';

type Checked = { entries: ParsedEntry[]; problems: Problem[] };
const checked = new Map<string, Checked>();

/** `checkCorpus(contentDir)`, run once per folder and process. */
export function checkedCorpus(contentDir: string): Checked {
  const key = path.resolve(contentDir);
  let result = checked.get(key);
  if (!result) {
    result = checkCorpus(contentDir);
    checked.set(key, result);
  }
  return result;
}

/**
 * The build instant, fixed for the rest of the process: without `BUILD_TIME` every call of
 * `buildInstant()` would read the clock again, and the guard, the pages (src/data/site.ts) and the
 * search index could disagree about a release that becomes public during the build. Writing it
 * to `BUILD_TIME` makes every later `buildInstant()` in this process return the same instant.
 */
export function pinBuildInstant(env: Record<string, string | undefined> = process.env): Date {
  const now = buildInstant(env);
  if (!env.BUILD_TIME) env.BUILD_TIME = now.toISOString();
  return now;
}
