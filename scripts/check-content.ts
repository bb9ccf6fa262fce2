/**
 * npm run check [-- CONTENT_DIR]: validates every entry and lists every problem, one per line
 * (`file: field: message`). Exits 1 when there is any. Otherwise prints the content doctor's
 * warnings (`注意: file: field: message`), which do not change the exit code.
 */
import { doctor, formatWarning } from '../src/lib/corpus/doctor.ts';
import { contentDirFromEnv } from '../src/lib/corpus/layout.ts';
import { formatProblem } from '../src/lib/corpus/problem.ts';
import { checkCorpus } from '../src/lib/corpus/validate.ts';
import { buildInstant } from '../src/lib/publishing.ts';

const dir = process.argv[2] ?? contentDirFromEnv();
let now: Date;
try {
  now = buildInstant();
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
const { entries, problems } = checkCorpus(dir);
for (const p of problems) console.error(formatProblem(p));
if (problems.length) {
  console.error(`\n${problems.length} 件の問題があります（${dir}）。`);
  process.exit(1);
}
// Only over a corpus without problems: an entry that failed would hide the references it makes.
const warnings = doctor(entries, now);
for (const w of warnings) console.error(formatWarning(w));
const note = warnings.length ? `（注意 ${warnings.length} 件。公開は止めません）` : '';
console.log(`${dir}: ${entries.length} 件のエントリに問題はありません${note}。`);
