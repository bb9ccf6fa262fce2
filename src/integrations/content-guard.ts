/**
 * Runs the corpus check before Astro loads any content, so a build never starts on a broken
 * corpus and the editor sees every problem at once (Astro itself stops at the first schema
 * error and only logs dangling references). The content doctor's warnings are printed too, and
 * never stop the build. The checked corpus and the build instant are kept for the rest of the
 * build (src/lib/corpus/shared.ts): the search index reuses them instead of parsing again.
 */
import type { AstroIntegration } from 'astro';
import { doctor, formatWarning } from '../lib/corpus/doctor.ts';
import { formatProblem } from '../lib/corpus/problem.ts';
import { checkedCorpus, pinBuildInstant } from '../lib/corpus/shared.ts';
import { checkCorpus } from '../lib/corpus/validate.ts';

export function contentGuard(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'pressroom:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // A thrown error would add a stack trace that points into this file, not the content.
        const fail = (lines: string[]) => {
          for (const line of lines) logger.error(line);
          if (command === 'build') process.exit(1);
        };
        let now: Date;
        try {
          // The dev server reads the clock per request as before; a build uses one instant throughout.
          now = command === 'build' ? pinBuildInstant() : pinBuildInstant({ ...process.env });
        } catch (e) {
          fail([(e as Error).message]);
          return;
        }
        // The dev server may run this hook again after a config change: it must read the files afresh.
        const { entries, problems } =
          command === 'build' ? checkedCorpus(options.contentDir) : checkCorpus(options.contentDir);
        if (problems.length === 0) {
          for (const w of doctor(entries, now)) logger.warn(formatWarning(w));
          return;
        }
        const summary = `コンテンツに ${problems.length} 件の問題があります。上の一覧を直してください（npm run check で再確認できます）。`;
        if (command !== 'build') {
          for (const p of problems) logger.error(formatProblem(p));
          logger.warn(summary);
          return;
        }
        fail([...problems.map(formatProblem), summary]);
      },
    },
  };
}
