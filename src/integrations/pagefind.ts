/**
 * Builds the Pagefind search index during `astro build` (no second build step), from one
 * document per public entry page: the rendered page, of which Pagefind reads the main content,
 * plus the title, kind, dates, filters and search terms computed from the corpus
 * (src/lib/search-records.ts).
 *
 * Pages reach Pagefind as they are rendered (src/middleware.ts), so its indexing runs on the
 * second core while Astro renders on the first; the index is written once the build is done.
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
import { setRenderedPageSink } from '../lib/rendered-pages.ts';
import { pageIndexing, searchRecords, withRecord, type SearchRecord } from '../lib/search-records.ts';

export function pagefindSearch(options: { contentDir: string }): AstroIntegration {
  let started:
    | {
        index: pagefind.PagefindIndex;
        records: Map<string, SearchRecord>;
        added: Map<string, Promise<pagefind.NewFileResponse>>;
      }
    | undefined;

  return {
    name: 'pressroom:pagefind',
    hooks: {
      'astro:build:start': async () => {
        const corpus = publicCorpus(checkCorpus(options.contentDir).entries, buildInstant());
        const records = new Map(searchRecords(corpus, buildRelations(corpus)).map((r) => [r.url, r]));
        const { index, errors } = await pagefind.createIndex({
          forceLanguage: 'ja',
          rootSelector: pageIndexing.rootSelector,
          excludeSelectors: [...pageIndexing.excludeSelectors],
        });
        if (!index) {
          await pagefind.close();
          throw new Error(`Pagefind: ${errors.join('; ')}`);
        }
        const added = new Map<string, Promise<pagefind.NewFileResponse>>();
        started = { index, records, added };
        setRenderedPageSink({
          wants: (pathname) => records.has(pathname) && !added.has(pathname),
          take: (pathname, html) => {
            const record = records.get(pathname);
            // Not awaited: Pagefind queues the page and works on it while the next one renders.
            if (record)
              added.set(pathname, index.addHTMLFile({ url: record.url, content: withRecord(html, record) }));
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setRenderedPageSink(undefined);
        if (!started) throw new Error('Pagefind: the index was not started (astro:build:start did not run)');
        const { index, records, added } = started;
        started = undefined;
        const outDir = fileURLToPath(dir);
        const problems: string[] = [];
        let fromDisk = 0;
        try {
          for (const record of records.values()) {
            if (added.has(record.url)) continue;
            // A page the middleware did not see (none is expected): index the written file.
            // No file means no page: the entry is not public, and the index must not have it.
            const file = path.join(outDir, record.url, 'index.html');
            if (!existsSync(file)) continue;
            added.set(
              record.url,
              index.addHTMLFile({ url: record.url, content: withRecord(readFileSync(file, 'utf8'), record) }),
            );
            fromDisk += 1;
          }
          for (const result of await Promise.all(added.values())) problems.push(...result.errors);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          problems.push(...written.errors);
        } finally {
          // The indexer is a child process: stop it even when indexing failed, or the build hangs.
          await pagefind.close();
        }
        // Pagefind reports problems instead of throwing; a build with a broken index must fail.
        if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
        logger.info(`検索インデックス: ${added.size} ページ（描画後に読み込んだもの ${fromDisk}）`);
      },
    },
  };
}
