/**
 * Runs the corpus check before Astro loads any content, so a build never starts on a broken
 * corpus and the editor sees every problem at once (Astro itself stops at the first schema
 * error and only logs dangling references).
 */
import type { AstroIntegration } from 'astro';
import { formatProblem } from '../lib/corpus/problem.ts';
import { checkCorpus } from '../lib/corpus/validate.ts';

export function contentGuard(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'pressroom:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems } = checkCorpus(options.contentDir);
        if (problems.length === 0) return;
        for (const p of problems) logger.error(formatProblem(p));
        const summary = `コンテンツに ${problems.length} 件の問題があります。上の一覧を直してください（npm run check で再確認できます）。`;
        if (command !== 'build') {
          logger.warn(summary);
          return;
        }
        // A thrown error would add a stack trace that points into this file, not the content.
        logger.error(summary);
        process.exit(1);
      },
    },
  };
}
