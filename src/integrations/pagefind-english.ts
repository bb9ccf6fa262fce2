/**
 * Builds the English edition's search index at the end of `astro build`, beside the Japanese one:
 * each public English summary page, indexed as English into /en/pagefind/ (see
 * src/lib/english/search.ts for why it is a bundle of its own).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { checkedCorpus, pinBuildInstant } from '../lib/corpus/shared.ts';
import { englishEditionFromEntries } from '../lib/english/edition.ts';
import { englishBundlePath, englishSearchRecords, withEnglishRecord } from '../lib/english/search.ts';
import { pageIndexing } from '../lib/search-document.ts';
import { publicCorpus } from '../lib/public-corpus.ts';
import { buildRelations } from '../lib/relations.ts';

export function englishSearch(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'pressroom:pagefind-english',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // The corpus and instant the content guard checked when the build started.
        const { entries } = checkedCorpus(options.contentDir);
        const corpus = publicCorpus(entries, pinBuildInstant());
        const edition = englishEditionFromEntries(entries, corpus);
        const records = englishSearchRecords(edition, buildRelations(corpus));
        const problems: string[] = [];
        let indexed = 0;
        try {
          const { index, errors } = await pagefind.createIndex({
            forceLanguage: 'en',
            rootSelector: pageIndexing.rootSelector,
            excludeSelectors: [...pageIndexing.excludeSelectors],
          });
          problems.push(...errors);
          if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
          for (const record of records) {
            // Only pages that were built: the page itself is the proof that the entry is public.
            const file = path.join(outDir, record.url, 'index.html');
            if (!existsSync(file)) continue;
            const added = await index.addHTMLFile({
              url: record.url,
              content: withEnglishRecord(readFileSync(file, 'utf8'), record),
            });
            problems.push(...added.errors);
            indexed += 1;
          }
          const bundle = path.join(outDir, englishBundlePath);
          // Pagefind leaves files it does not write this time: a kept output (scripts/build/kept-dist.ts)
          // would still serve the fragment of a withdrawn page.
          rmSync(bundle, { recursive: true, force: true });
          const written = await index.writeFiles({ outputPath: bundle });
          problems.push(...written.errors);
        } finally {
          await pagefind.close();
        }
        if (problems.length > 0) throw new Error(`Pagefind (English): ${problems.join('; ')}`);
        logger.info(`英語版の検索インデックス: ${indexed} ページ`);
      },
    },
  };
}
