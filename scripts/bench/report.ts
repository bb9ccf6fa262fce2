/** Formatting for the benchmark: the printed table and the dated row in bench/RESULTS.md. */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

export interface BuildFigures {
  status: number | null;
  wallMs: number;
  cpuMs: number;
  cpuSource: string;
  peakTreeRssBytes: number;
  /** The build phase during which memory peaked. */
  peakPhase: string;
  maxProcessRssBytes: number | undefined;
  pages: number;
  pagesPerSecond: number;
  distBytes: number;
  distFiles: number;
  /** ms spent in each phase of `astro build`, from the time its log lines arrived. */
  phases: Record<string, number>;
  /** Peak RSS of the process tree (bytes) within each cut phase. */
  phasePeaks: Record<string, number>;
}

export interface BenchResult {
  date: string;
  commit: string;
  machine: { nproc: number; ramBytes: number; cpu: string; node: string; platform: string };
  loadBefore: number[];
  loadAfter: number[];
  options: { releases: number; seed: number; mdxShare: number; content?: string };
  corpus: Record<string, unknown> & { generateMs: number; checkMs: number };
  full: BuildFigures;
  pagefind: { bytes: number; files: number } | null;
  firstSearch: { gzipBytes: number; rawBytes: number; requests: number; url: string } | null;
  pagesSurvey: {
    pages: number;
    maxGzip: number;
    maxPage: string;
    medianGzip: number;
    overBudget: number;
    overBudgetExamples: { page: string; gzip: number }[];
    withScript: number;
  };
  incremental: (BuildFigures & { edited: string; editVisible: boolean; restored?: number }) | null;
  profile?: unknown;
}

export const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
export const mib = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MiB`;
export const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const na = 'n/a';

export function table(r: BenchResult): string {
  const rows: [string, string][] = [
    ['releases (md / mdx)', `${r.options.releases} (${String(r.corpus.md)} / ${String(r.corpus.mdx)})`],
    ['wall time (npm run build)', `${sec(r.full.wallMs)} (target at 10k: 120 s on an idle machine)`],
    ['CPU time (user+sys, tree)', sec(r.full.cpuMs)],
    [
      'peak RSS (process tree)',
      `${mib(r.full.peakTreeRssBytes)} (during ${r.full.peakPhase}; target ≤ 3072 MiB, aim 2048)`,
    ],
    ['pages written', String(r.full.pages)],
    ['pages / second', r.full.pagesPerSecond.toFixed(0)],
    ['dist/ size', `${mib(r.full.distBytes)} in ${r.full.distFiles} files`],
    ['Pagefind index', r.pagefind ? `${mib(r.pagefind.bytes)} in ${r.pagefind.files} files` : na],
    [
      'first search (gzip)',
      r.firstSearch ? `${kib(r.firstSearch.gzipBytes)} in ${r.firstSearch.requests} requests` : na,
    ],
    [
      'largest page (HTML+CSS gzip)',
      `${kib(r.pagesSurvey.maxGzip)} ${r.pagesSurvey.maxPage}; ${r.pagesSurvey.overBudget} page(s) over 14 KiB`,
    ],
    [
      'incremental rebuild (1 release edited)',
      r.incremental
        ? `${sec(r.incremental.wallMs)} wall = ${((100 * r.incremental.wallMs) / r.full.wallMs).toFixed(0)} % of the full build (target ≤ 40 %), ` +
          `${mib(r.incremental.peakTreeRssBytes)} peak, ${r.incremental.restored ?? '?'} page(s) restored`
        : na,
    ],
    [
      'rebuild phases',
      r.incremental
        ? Object.entries(r.incremental.phases)
            .map(([k, v]) => `${k.trim()} ${sec(v)}`)
            .join(', ')
        : na,
    ],
    [
      'phases',
      Object.entries(r.full.phases)
        .map(([k, v]) => `${k.trim()} ${sec(v)}`)
        .join(', '),
    ],
    [
      'peak RSS per phase',
      Object.entries(r.full.phasePeaks ?? {})
        .map(([k, v]) => `${k} ${mib(v)}`)
        .join(', '),
    ],
    [
      'load average before / after',
      `${r.loadBefore.map((l) => l.toFixed(2)).join(' ')} / ${r.loadAfter.map((l) => l.toFixed(2)).join(' ')}`,
    ],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}

const historyHeader =
  '| date | commit | releases | wall | CPU | peak RSS | pages | pages/s | dist | Pagefind | first search | largest page | incremental | load (1 min, before→after) | machine |\n' +
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |\n';

export function historyRow(r: BenchResult): string {
  const m = r.machine;
  const cells = [
    r.date.slice(0, 16).replace('T', ' '),
    r.commit,
    `${r.options.releases} (${Math.round(r.options.mdxShare * 100)}% mdx)`,
    sec(r.full.wallMs),
    sec(r.full.cpuMs),
    mib(r.full.peakTreeRssBytes),
    String(r.full.pages),
    r.full.pagesPerSecond.toFixed(0),
    mib(r.full.distBytes),
    r.pagefind ? `${mib(r.pagefind.bytes)} / ${r.pagefind.files} files` : na,
    r.firstSearch ? kib(r.firstSearch.gzipBytes) : na,
    kib(r.pagesSurvey.maxGzip),
    r.incremental
      ? `${sec(r.incremental.wallMs)} (${((100 * r.incremental.wallMs) / r.full.wallMs).toFixed(0)} %)`
      : na,
    `${r.loadBefore[0]?.toFixed(2)}→${r.loadAfter[0]?.toFixed(2)}`,
    `${m.nproc} × ${m.cpu}, ${(m.ramBytes / 1024 ** 3).toFixed(0)} GiB, Node ${m.node}`,
  ];
  return `| ${cells.join(' | ')} |\n`;
}

/** Appends a row to the history table that ends RESULTS.md (creating the table if missing). */
export function appendHistory(file: string, r: BenchResult) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  // The table is the last thing in the file, so a row appended at the end extends it.
  if (!/^## History$/m.test(text))
    appendFileSync(file, `${text.endsWith('\n') || text === '' ? '' : '\n'}\n## History\n\n${historyHeader}`);
  appendFileSync(file, historyRow(r));
}
