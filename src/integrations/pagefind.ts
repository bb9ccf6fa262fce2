/**
 * Builds the Pagefind search index at the end of `astro build` (no second build step), from one
 * document per public entry page: the built page, of which Pagefind reads the main content, plus
 * the title, kind, dates, filters and search terms computed from the corpus
 * (src/lib/search-records.ts).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { checkCorpus } from '../lib/corpus/validate.ts';
import { publicCorpus } from '../lib/public-corpus.ts';
import { buildInstant } from '../lib/publishing.ts';
import { buildRelations } from '../lib/relations.ts';
import { pageIndexing, recordDocument, searchRecords } from '../lib/search-records.ts';

export function pagefindSearch(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'pressroom:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const corpus = publicCorpus(checkCorpus(options.contentDir).entries, buildInstant());
        const records = searchRecords(corpus, buildRelations(corpus));
        const problems: string[] = [];
        let indexed = 0;
        try {
          const { index, errors } = await pagefind.createIndex({
            forceLanguage: 'ja',
            rootSelector: pageIndexing.rootSelector,
            excludeSelectors: [...pageIndexing.excludeSelectors],
          });
          problems.push(...errors);
          if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
          for (const record of records) {
            // Only pages that were built: the page itself is the proof that the entry is public.
            const file = path.join(outDir, record.page, 'index.html');
            if (!existsSync(file)) continue;
            const added = await index.addHTMLFile({
              url: record.url,
              content: recordDocument(record, readFileSync(file, 'utf8')),
            });
            problems.push(...added.errors);
            indexed += 1;
          }
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          problems.push(...written.errors);
        } finally {
          // The indexer is a child process: stop it even when indexing failed, or the build hangs.
          await pagefind.close();
        }
        // Pagefind reports problems instead of throwing; a build with a broken index must fail.
        if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
        logger.info(`検索インデックス: ${indexed} ページ`);
      },
    },
  };
}
