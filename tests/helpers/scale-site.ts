/**
 * The generated archive of 1,000 releases (scripts/bench/corpus.ts, about 30 s to build), built
 * once per test run and shared by every file that uses it (tests/build/budgets-at-scale.test.ts,
 * tests/e2e/search-archive.test.ts): one build, not one per file.
 *
 * The search index is cut into parts of at most 300 releases (PRESSROOM_SEARCH_PART_RELEASES), so
 * this archive has archive parts (/pagefind-archive-1/ …) as a large real archive has with the
 * default 3,000. A few releases are copies of generated ones with a test paragraph carrying a word
 * that nothing else in the archive has (the generator draws every text from one vocabulary, so no
 * word of its own is found only in old releases), so the search tests know which part holds what.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { BENCH_BUILD_TIME, generateCorpus } from '../../scripts/bench/corpus.ts';
import { sharedBuild, type BuildResult } from './astro-build.ts';

export const SCALE_RELEASES = 1000;
/** Releases per index part: 2023–2026 are the recent part, 2011–2022 three archive parts. */
export const SCALE_PART_RELEASES = 300;

/**
 * The test words: `oldOnly` in one release of 2014 (the oldest archive part), `spread` in a
 * release of each part, picked so that each part's copy sits at a different place in its part's
 * date order (the earliest release of 2023, the latest of 2014): ordering merged results by
 * Pagefind's score would put them out of date order.
 */
export const probeWords = { oldOnly: '瑠璃', spread: '琥珀' } as const;

interface Probe {
  word: string;
  year: number;
  pick: 'first' | 'last' | 'middle';
}
const probes: Probe[] = [
  { word: probeWords.spread, year: 2023, pick: 'first' },
  { word: probeWords.spread, year: 2020, pick: 'middle' },
  { word: probeWords.spread, year: 2017, pick: 'middle' },
  { word: probeWords.spread, year: 2014, pick: 'last' },
  { word: probeWords.oldOnly, year: 2014, pick: 'middle' },
];

/** The release id of each probe copy, in the order above. */
export const probeIds = probes.map((p, i) => `${p.year}/search-probe-${i + 1}`);

const frontMatter = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/;

/** A fresh copy of the archive with the probes (the same files every time: the corpus is seeded). */
export function scaleContent(): string {
  const content = path.join(mkdtempSync(path.join(tmpdir(), 'pressroom-scale-')), 'content');
  generateCorpus(content, { releases: SCALE_RELEASES });
  const now = new Date(BENCH_BUILD_TIME).getTime();
  probes.forEach((probe, i) => {
    const dir = path.join(content, 'releases', String(probe.year));
    // Public Markdown releases of the year, oldest first.
    const candidates = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => {
        const [, yaml = '', body = ''] = frontMatter.exec(readFileSync(path.join(dir, f), 'utf8')) ?? [];
        return { data: parse(yaml) as Record<string, unknown>, body };
      })
      .filter(({ data }) => data.draft !== true && data.embargo === undefined)
      .filter(({ data }) => new Date(String(data.published)).getTime() <= now)
      .sort((a, b) => String(a.data.published).localeCompare(String(b.data.published)));
    const source =
      probe.pick === 'first'
        ? candidates[0]
        : probe.pick === 'last'
          ? candidates.at(-1)
          : candidates[Math.floor(candidates.length / 2)];
    if (!source) throw new Error(`no public release in ${probe.year} to copy`);
    const data = { ...source.data, title: `試験用の写し${i + 1}：${String(source.data.title)}` };
    const body = `${source.body.trim()}\n\n試験用の段落です。展示室では${probe.word}を使った品を紹介します。\n`;
    writeFileSync(
      path.join(dir, `search-probe-${i + 1}.md`),
      `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`,
    );
  });
  return content;
}

/** The one build of the archive in this test run (see sharedBuild). */
export function scaleSite(content: string): BuildResult {
  return sharedBuild('scale-archive-1000', () => ({
    contentDir: content,
    env: { BUILD_TIME: BENCH_BUILD_TIME, PRESSROOM_SEARCH_PART_RELEASES: String(SCALE_PART_RELEASES) },
  }));
}
