/**
 * npm run check [-- CONTENT_DIR]: validates every entry and lists every problem, one per line
 * (`file: field: message`). Exits 1 when there is any.
 */
import { contentDirFromEnv } from '../src/lib/corpus/layout.ts';
import { formatProblem } from '../src/lib/corpus/problem.ts';
import { checkCorpus } from '../src/lib/corpus/validate.ts';

const dir = process.argv[2] ?? contentDirFromEnv();
const { entries, problems } = checkCorpus(dir);
for (const p of problems) console.error(formatProblem(p));
if (problems.length) {
  console.error(`\n${problems.length} 件の問題があります（${dir}）。`);
  process.exit(1);
}
console.log(`${dir}: ${entries.length} 件のエントリに問題はありません。`);
