/**
 * Builds the Pagefind search index at the end of `astro build` (src/lib/search-index.ts), so a
 * plain `astro build` produces a complete site. `npm run build` sets
 * PRESSROOM_SEARCH_INDEX=separate: the build then only writes the search records to its cache
 * folder, and scripts/search-index.ts makes the index from them once Astro has exited: the same
 * index, without Astro's memory and Pagefind's adding up (docs/developers.md "Search").
 *
 * While Astro renders, a worker thread cuts each entry page's text into words for the index on
 * the core Astro leaves idle (src/lib/search-cut.ts), so the index step need not.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkedCorpus, pinBuildInstant } from '../lib/corpus/shared.ts';
import { publicCorpus } from '../lib/public-corpus.ts';
import { buildRelations } from '../lib/relations.ts';
import { cutSpool, startCuttingAhead } from '../lib/search-cut.ts';
import { describeIndex, recordsFile, saveRecords, writeSearchIndex } from '../lib/search-index.ts';
import { searchRecords } from '../lib/search-records.ts';

export function pagefindSearch(options: { contentDir: string }): AstroIntegration {
  let cacheDir = '';
  let finishCutting: (() => Promise<void>) | undefined;
  return {
    name: 'pressroom:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        finishCutting = startCuttingAhead(cutSpool(cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        await finishCutting?.();
        // The corpus and instant the content guard checked when the build started.
        const corpus = publicCorpus(checkedCorpus(options.contentDir).entries, pinBuildInstant());
        const records = searchRecords(corpus, buildRelations(corpus));
        if (process.env.PRESSROOM_SEARCH_INDEX === 'separate') {
          saveRecords(recordsFile(cacheDir), records);
          logger.info(
            '検索インデックスは astro build の後に別のプロセスで作ります（npm run search-index）。',
          );
          return;
        }
        logger.info(describeIndex(await writeSearchIndex(fileURLToPath(dir), records, { cacheDir })));
      },
    },
  };
}
