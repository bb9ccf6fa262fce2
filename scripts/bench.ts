/**
 * npm run bench [-- --releases N] [--seed S] [--mdx-share 0.1] [--content DIR] [--no-incremental]
 *                 [--index-in-astro] [--cpu-prof] [--keep] [--no-record] [--echo]
 *
 * --content DIR benchmarks a copy of an existing corpus (e.g. content/) instead of a generated one.
 *
 * The build is what `npm run build` runs: `astro build` with the search index left for
 * scripts/search-index.ts, which runs when Astro has exited; --index-in-astro builds the index
 * inside `astro build` instead (what a plain `astro build` does), for comparison.
 *
 * Generates a synthetic corpus of N releases into a temporary folder (never content/), builds
 * the real site over it with `astro build` (whatever integrations the project has, Pagefind
 * included), and reports time, CPU, peak memory of the whole process tree, pages, sizes, the
 * Pagefind index, the bytes of a first search, and a rebuild after editing one release.
 * Writes bench/out/<timestamp>.json, prints a table, appends a row to bench/RESULTS.md.
 */
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  globSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkCorpus } from '../src/lib/corpus/validate.ts';
import { htmlPages, isSearchPage, pageWeight, PAGE_BUDGET_BYTES, scriptFindings } from './bench/budgets.ts';
import {
  BENCH_BUILD_TIME,
  DEFAULT_MDX_SHARE,
  DEFAULT_SEED,
  generateCorpus,
  type CorpusSummary,
} from './bench/corpus.ts';
import { isPublic, type Publishable } from '../src/lib/publishing.ts';
import { measureFirstSearch } from './bench/first-search.ts';
import { measure, type Measurement } from './bench/measure.ts';
import { summarizeProfiles } from './bench/profile.ts';
import { appendHistory, table, type BenchResult, type BuildFigures } from './bench/report.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    releases: { type: 'string', default: '1000' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    'mdx-share': { type: 'string', default: String(DEFAULT_MDX_SHARE) },
    content: { type: 'string' },
    incremental: { type: 'boolean', default: true },
    'index-in-astro': { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    record: { type: 'boolean', default: true },
    echo: { type: 'boolean', default: false },
  },
  allowNegative: true, // --no-incremental, --no-record
});
const releases = Number(args.releases);
const seed = Number(args.seed);
const mdxShare = Number(args['mdx-share']);
if (!Number.isInteger(releases) || releases < 1) throw new Error(`--releases must be a positive integer`);
if (!(mdxShare >= 0 && mdxShare <= 1)) throw new Error(`--mdx-share must be between 0 and 1`);
const incremental = args.incremental;
const record = args.record;

const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);
const work = mkdtempSync(path.join(os.tmpdir(), 'pressroom-bench-'));
const contentDir = path.join(work, 'content');
const outDir = path.join(work, 'dist');
const cacheDir = path.join(work, 'cache');
const profDir = path.join(work, 'prof');

function dirStats(dir: string) {
  if (!existsSync(dir)) return undefined;
  const files = globSync('**/*', { cwd: dir })
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile());
  return { bytes: files.reduce((a, f) => a + statSync(f).size, 0), files: files.length };
}

/** A duration our own log lines state, e.g. 「追加 1234 ms」. */
function statedMs(m: Measurement, re: RegExp): number | undefined {
  for (const l of m.lines) {
    const hit = re.exec(l.text);
    if (hit) return Number(hit[1]);
  }
  return undefined;
}

/**
 * Phases of the build, cut at the log lines Astro prints when each begins and at our own (the
 * site data load, the search index). Astro's whole-site phases are start-up, content sync, the
 * Vite bundle (with the `.mdx` modules) and, inside rendering, the data-store compile that the
 * first getCollection() triggers (our `site data` line times it).
 */
function phases(m: Measurement): { name: string; from: number; to: number }[] {
  const at = (re: RegExp, after = 0) => m.lines.find((l) => l.ms >= after && re.test(l.text))?.ms;
  const syncStart = at(/\[content\] Syncing content/);
  const syncEnd = at(/\[content\] Synced content/);
  const bundleStart = at(/Building static entrypoints/);
  const renderStart = at(/generating static routes/);
  const renderEnd = renderStart === undefined ? undefined : at(/✓ Completed in/, renderStart);
  const done = at(/\[build\] Complete!/);
  const indexStart = at(/検索インデックスを作っています/);
  // After its start: Astro's own log may mention the index before the index process runs.
  const indexEnd = indexStart === undefined ? undefined : at(/検索インデックス: /, indexStart);
  const cut: [string, number | undefined, number | undefined][] = [
    ['startup+config+guard', 0, syncStart],
    ['content sync', syncStart, syncEnd],
    ['vite bundle', bundleStart, renderStart],
    ['render pages', renderStart, renderEnd],
    ['after render (integrations)', renderEnd, done],
    ['astro exit', done, indexStart ?? m.wallMs],
    ['search index (own process)', indexStart, indexEnd],
  ];
  const out = cut
    .filter(([, a, b]) => a !== undefined && b !== undefined)
    .map(([name, a, b]) => ({ name, from: a!, to: b! }));
  // Stated durations inside those phases (not cut points: they overlap the phases above).
  const load = statedMs(m, /サイトのデータを読み込みました（(\d+) ms）/);
  const add = statedMs(m, /追加 (\d+) ms/);
  const write = statedMs(m, /書き出し (\d+) ms/);
  if (load !== undefined)
    out.push({ name: '  of which site data load (getCollection: data-store compile)', from: 0, to: load });
  if (add !== undefined) out.push({ name: '  of which index: read, cut, add pages', from: 0, to: add });
  if (write !== undefined) out.push({ name: '  of which index: Pagefind writeFiles', from: 0, to: write });
  return out;
}

async function build(
  label: string,
  extraNodeArgs: string[] = [],
): Promise<BuildFigures & { measurement: Measurement }> {
  log(`${label}: astro build${args['index-in-astro'] ? ' (index inside)' : ', then the search index'}…`);
  // What `npm run build` runs (scripts/build.ts), as one measured process tree: the peak is that
  // of whichever step needs more, the time their sum. process.execPath is the project's pinned Node.
  const node = JSON.stringify(process.execPath);
  const steps = args['index-in-astro']
    ? `${node} ${extraNodeArgs.join(' ')} ${JSON.stringify(path.join(root, 'node_modules/astro/bin/astro.mjs'))} build`
    : `PRESSROOM_ASTRO_NODE_ARGS=${JSON.stringify(extraNodeArgs.join(' '))} ${node} ${JSON.stringify(path.join(root, 'scripts/build.ts'))}`;
  const m = await measure('/bin/sh', ['-c', steps], {
    cwd: root,
    echo: args.echo,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      BUILD_TIME: BENCH_BUILD_TIME,
      PRESSROOM_CONTENT_DIR: contentDir,
      PRESSROOM_OUT_DIR: outDir,
      PRESSROOM_CACHE_DIR: cacheDir,
    },
  });
  if (m.status !== 0) {
    const tail = m.lines
      .slice(-40)
      .map((l) => l.text)
      .join('\n');
    throw new Error(`${label}: astro build failed (exit ${m.status}); work folder kept at ${work}\n${tail}`);
  }
  const pages = htmlPages(outDir).length;
  const cuts = phases(m);
  const dist = dirStats(outDir) ?? { bytes: 0, files: 0 };
  return {
    measurement: m,
    status: m.status,
    wallMs: m.wallMs,
    cpuMs: m.userMs + m.sysMs,
    cpuSource: m.cpuSource,
    peakTreeRssBytes: m.peakTreeRssBytes,
    maxProcessRssBytes: m.maxProcessRssBytes,
    pages,
    pagesPerSecond: pages / (m.wallMs / 1000),
    distBytes: dist.bytes,
    distFiles: dist.files,
    phases: Object.fromEntries(cuts.map((p) => [p.name, p.to - p.from])),
    phasePeaks: Object.fromEntries(
      cuts
        .filter((p) => !p.name.startsWith(' '))
        .map((p) => [
          p.name,
          m.rss.filter((s) => s.ms >= p.from && s.ms <= p.to).reduce((a, s) => Math.max(a, s.bytes), 0),
        ]),
    ),
    peakPhase:
      cuts.find((p) => !p.name.startsWith(' ') && m.peakAtMs >= p.from && m.peakAtMs <= p.to)?.name ??
      'unknown',
  };
}

function surveyPages(): BenchResult['pagesSurvey'] {
  const cssCache = new Map<string, number>();
  const weights = htmlPages(outDir)
    .filter((p) => !isSearchPage(p))
    .map((p) => ({
      ...pageWeight(outDir, p, { cssCache }),
      script: scriptFindings(readFileSync(path.join(outDir, p), 'utf8')).length > 0,
    }));
  const sorted = weights.map((w) => w.totalGzip).sort((a, b) => a - b);
  const over = weights
    .filter((w) => w.totalGzip > PAGE_BUDGET_BYTES)
    .sort((a, b) => b.totalGzip - a.totalGzip);
  const max = weights.reduce((a, w) => (w.totalGzip > a.totalGzip ? w : a), weights[0]!);
  return {
    pages: weights.length,
    maxGzip: max.totalGzip,
    maxPage: max.page,
    medianGzip: sorted[Math.floor(sorted.length / 2)] ?? 0,
    overBudget: over.length,
    overBudgetExamples: over.slice(0, 10).map((w) => ({ page: w.page, gzip: w.totalGzip })),
    withScript: weights.filter((w) => w.script).length,
  };
}

function commit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync(
      'git',
      ['status', '--porcelain', '--', 'src', 'astro.config.mjs', 'package.json'],
      { cwd: root, encoding: 'utf8' },
    ).trim();
    return dirty ? `${sha}+dirty` : sha;
  } catch {
    return 'unknown';
  }
}

/** The summary generateCorpus gives, for a corpus that was copied instead. */
function describeCorpus(entries: ReturnType<typeof checkCorpus>['entries']): CorpusSummary {
  const count = (c: string) => entries.filter((e) => e.collection === c).length;
  const files = entries
    .filter((e) => e.collection === 'releases')
    .map((e) => ({
      rel: path.relative(contentDir, path.resolve(e.file)),
      data: e.data as unknown as Publishable & { events?: unknown[] },
    }));
  const open = files.filter((r) => isPublic(r.data, new Date(BENCH_BUILD_TIME)));
  return {
    dir: contentDir,
    seed: NaN,
    releases: files.length,
    mdx: files.filter((r) => r.rel.endsWith('.mdx')).length,
    md: files.filter((r) => r.rel.endsWith('.md')).length,
    unpublished: files.length - open.length,
    events: files.reduce((a, r) => a + (r.data.events?.length ?? 0), 0),
    cities: count('cities'),
    organizations: count('organizations'),
    agreements: count('agreements'),
    declarations: count('declarations'),
    topics: count('topics'),
    editTarget: open.at(-1)?.rel ?? '',
  };
}

const loadBefore = os.loadavg();
log(`work folder ${work}`);
let t = performance.now();
let generated: CorpusSummary | undefined;
if (args.content) {
  log(`copying ${args.content}…`);
  cpSync(args.content, contentDir, { recursive: true });
} else {
  log(`generating ${releases} releases (seed ${seed}, ${Math.round(mdxShare * 100)}% .mdx)…`);
  generated = generateCorpus(contentDir, { releases, seed, mdxShare });
}
const generateMs = performance.now() - t;
t = performance.now();
// The same check the build's content guard runs first; timed on its own because it is ours.
const check = checkCorpus(contentDir);
const checkMs = performance.now() - t;
if (check.problems.length)
  throw new Error(
    `the corpus is invalid: ${check.problems.length} problem(s), first: ${JSON.stringify(check.problems[0])}`,
  );
const corpus = generated ?? describeCorpus(check.entries);

const full = await build('full build', args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : []);
// Every part of the Japanese index (src/lib/search-parts.ts): the recent one and the archive's.
const pagefindStats =
  readdirSync(outDir)
    .filter((d) => d === 'pagefind' || /^pagefind-archive-\d+$/.test(d))
    .map((d) => dirStats(path.join(outDir, d)))
    .reduce<{ bytes: number; files: number } | null>(
      (a, s) => (s ? { bytes: (a?.bytes ?? 0) + s.bytes, files: (a?.files ?? 0) + s.files } : a),
      null,
    );
log('measuring a first search in Chromium…');
const search = await measureFirstSearch(outDir);
log('surveying page weights…');
const pagesSurvey = surveyPages();

let incrementalFigures: BenchResult['incremental'] = null;
if (incremental && corpus.editTarget) {
  const file = path.join(contentDir, corpus.editTarget);
  const marker = `ベンチマーク用の追記（${Date.now()}）。`;
  appendFileSync(file, `\n${marker}\n`);
  const rebuilt = await build('rebuild after editing one release');
  const id = corpus.editTarget.replace(/^releases\//, '').replace(/\.mdx?$/, '');
  const page = path.join(outDir, 'releases', id, 'index.html');
  const { measurement: _m, ...figures } = rebuilt;
  incrementalFigures = {
    ...figures,
    restored: rebuilt.measurement.lines.filter((l) => /\((?:restored|cached)\)/.test(l.text)).length,
    edited: corpus.editTarget,
    editVisible: existsSync(page) && readFileSync(page, 'utf8').includes(marker),
  };
}

const { dir: _dir, ...corpusSummary } = corpus;
const { measurement: _full, ...fullFigures } = full;
const result: BenchResult = {
  date: new Date().toISOString(),
  commit: commit(),
  machine: {
    nproc: os.availableParallelism(),
    ramBytes: os.totalmem(),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  },
  loadBefore,
  loadAfter: os.loadavg(),
  options: args.content
    ? { releases: corpus.releases, seed: NaN, mdxShare: corpus.mdx / corpus.releases, content: args.content }
    : { releases, seed, mdxShare },
  corpus: { ...corpusSummary, generateMs, checkMs },
  full: fullFigures,
  pagefind: pagefindStats,
  firstSearch: search
    ? {
        gzipBytes: search.gzipBytes,
        rawBytes: search.rawBytes,
        requests: search.responses.length,
        url: search.url,
      }
    : null,
  pagesSurvey,
  incremental: incrementalFigures,
};
if (args['cpu-prof'] && existsSync(profDir))
  result.profile = summarizeProfiles(
    globSync('*.cpuprofile', { cwd: profDir }).map((f) => path.join(profDir, f)),
    root,
  );

const outFile = path.join(root, 'bench/out', `${result.date.replace(/[:.]/g, '-')}.json`);
mkdirSync(path.dirname(outFile), { recursive: true });
writeFileSync(
  outFile,
  `${JSON.stringify({ ...result, firstSearchResponses: search?.responses ?? null }, null, 2)}\n`,
);
if (record) appendHistory(path.join(root, 'bench/RESULTS.md'), result);

console.log(`\n${table(result)}\n`);
if (result.profile) console.log(JSON.stringify(result.profile, null, 2));
console.log(`JSON: ${path.relative(root, outFile)}${record ? '; row appended to bench/RESULTS.md' : ''}`);
if (incrementalFigures && !incrementalFigures.editVisible)
  console.log('WARNING: the edited release did not show the edit after the rebuild');
if (args.keep) console.log(`work folder kept: ${work}`);
else rmSync(work, { recursive: true, force: true });
