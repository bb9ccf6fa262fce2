/**
 * Builds the Pagefind search index at the end of `astro build` (src/lib/search-index.ts), so a
 * plain `astro build` produces a complete site. `npm run build` sets
 * PRESSROOM_SEARCH_INDEX=separate and runs scripts/search-index.ts once Astro has exited: the
 * same index, without Astro's memory and Pagefind's adding up (docs/developers.md "Search").
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkedCorpus, pinBuildInstant } from '../lib/corpus/shared.ts';
import { publicCorpus } from '../lib/public-corpus.ts';
import { describeIndex, writeSearchIndex } from '../lib/search-index.ts';

export function pagefindSearch(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'pressroom:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.PRESSROOM_SEARCH_INDEX === 'separate') {
          logger.info(
            '検索インデックスは astro build の後に別のプロセスで作ります（npm run search-index）。',
          );
          return;
        }
        // The corpus and instant the content guard checked when the build started.
        const corpus = publicCorpus(checkedCorpus(options.contentDir).entries, pinBuildInstant());
        logger.info(describeIndex(await writeSearchIndex(fileURLToPath(dir), corpus)));
      },
    },
  };
}
