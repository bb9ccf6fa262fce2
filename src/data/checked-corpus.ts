/**
 * The public corpus as the corpus check parses it, for the calendar and the open-data files.
 *
 * Why not getSite(): Astro reads front matter with js-yaml, which turns a day written as
 * `start: 2026-06-24` into a Date at midnight UTC, indistinguishable from a timed event at
 * 09:00 in Japan. The corpus check reads the raw text with `yaml`, where a day stays the string
 * '2026-06-24', so all-day events stay all-day. The publishing gate uses the same build instant
 * as every page (getSite().now).
 */
import { contentDirFromEnv } from '../lib/corpus/layout.ts';
import { checkCorpus } from '../lib/corpus/validate.ts';
import { publicCorpus } from '../lib/public-corpus.ts';
import { buildRelations } from '../lib/relations.ts';
import { getSite } from './site.ts';

async function load() {
  const { now } = await getSite();
  const corpus = publicCorpus(checkCorpus(contentDirFromEnv()).entries, now);
  return { now, corpus, relations: buildRelations(corpus) };
}

let checked: ReturnType<typeof load> | undefined;
export function getCheckedSite(): ReturnType<typeof load> {
  checked ??= load();
  return checked;
}
