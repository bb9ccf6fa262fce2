/**
 * Builds the Pagefind search index at the end of `astro build` (no second build step), from one
 * document per public entry page: the built page, of which Pagefind reads the main content, plus
 * the title, kind, dates, filters and search terms computed from the corpus
 * (src/lib/search-records.ts).
 *
 * Each page is indexed in its own `<html lang>`. Japanese pages are cut into words here, with the
 * segmenter the browser uses on the query, and indexed under `jpn` so that Pagefind does not run
 * its own analyser (src/lib/search-segment.ts): that analyser was most of the index's time and
 * memory at 10,000 releases. Pages in a language written with spaces (an English edition) keep
 * their tag and Pagefind's own word splitting, in their own index.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { checkedCorpus, pinBuildInstant } from '../lib/corpus/shared.ts';
import { publicCorpus } from '../lib/public-corpus.ts';
import { buildRelations } from '../lib/relations.ts';
import { pageIndexing, searchRecords, withRecord } from '../lib/search-records.ts';
import { indexLanguage, isPresegmented, segmentHtmlText } from '../lib/search-segment.ts';

// The layout's <html lang="…">: the first attribute Astro writes on the root element.
const htmlLang = /<html\b[^>]*?\slang="([^"]+)"/;

/**
 * The document Pagefind indexes for one built page in the language `lang` of its `<html>`:
 * pre-segmented and re-tagged when Pagefind would otherwise segment it itself.
 */
export function documentForIndex(html: string, lang: string): string {
  if (!isPresegmented(lang)) return html;
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  const retagged = html.slice(0, start).replace(htmlLang, (m, l: string) =>
    m.replace(`lang="${l}"`, `lang="${indexLanguage(l)}"`),
  );
  return retagged + segmentHtmlText(html.slice(start, end), lang) + html.slice(end);
}

export function pagefindSearch(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'pressroom:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // The corpus and instant the content guard checked when the build started.
        const corpus = publicCorpus(checkedCorpus(options.contentDir).entries, pinBuildInstant());
        const records = searchRecords(corpus, buildRelations(corpus));
        const problems: string[] = [];
        const languages = new Map<string, number>();
        try {
          const { index, errors } = await pagefind.createIndex({
            rootSelector: pageIndexing.rootSelector,
            excludeSelectors: [...pageIndexing.excludeSelectors],
          });
          problems.push(...errors);
          if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
          for (const record of records) {
            // Only pages that were built: the page itself is the proof that the entry is public.
            const file = path.join(outDir, record.url, 'index.html');
            if (!existsSync(file)) continue;
            const page = withRecord(readFileSync(file, 'utf8'), record);
            const lang = htmlLang.exec(page)?.[1];
            if (!lang) throw new Error(`${record.url}: the built page has no <html lang>`);
            const added = await index.addHTMLFile({ url: record.url, content: documentForIndex(page, lang) });
            problems.push(...added.errors);
            languages.set(indexLanguage(lang), (languages.get(indexLanguage(lang)) ?? 0) + 1);
          }
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          problems.push(...written.errors);
        } finally {
          // The indexer is a child process: stop it even when indexing failed, or the build hangs.
          await pagefind.close();
        }
        // Pagefind reports problems instead of throwing; a build with a broken index must fail.
        if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
        const counts = [...languages].map(([l, n]) => `${l} ${n}`).join(', ');
        logger.info(`検索インデックス: ${counts} ページ`);
      },
    },
  };
}
