/**
 * The embargo canary. Three releases that must not be public at the first build instant carry
 * unique strings in every field that reaches a page (title, file name, body, contact, event,
 * image): a scheduled one, an embargoed one and a draft. Built before their time, the strings
 * appear in no file of dist/ — HTML, feeds, sitemap, search index (decompressed), calendar,
 * JSON, CSV, whatever the build emits. Built after it, the scheduled and embargoed ones are
 * published everywhere the site publishes releases; the draft still nowhere.
 *
 * The English edition is held to the same gate: the embargoed and the draft release each have an
 * English summary with strings of its own, which leak nowhere before the original's time (the
 * English feed and the English search index included); after it, the embargoed one's summary is
 * published in English, the draft's still nowhere.
 */
import * as cheerio from 'cheerio';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, type BuildResult } from '../helpers/astro-build.ts';
import { copyCorpus } from '../helpers/corpus.ts';
import { outputFiles, pagefindFiles, traces, type OutputFile } from '../helpers/dist.ts';

const canaries = {
  scheduled: { token: 'zqcanaryscheduled7', published: '2026-12-01T10:00:00+09:00' },
  embargoed: {
    token: 'zqcanaryembargoed7',
    published: '2026-10-01T10:00:00+09:00',
    embargo: '2026-12-15T05:00:00+09:00',
  },
  draft: { token: 'zqcanarydraft7', published: '2026-09-01T10:00:00+09:00', draft: true },
} as const;
type Canary = (typeof canaries)[keyof typeof canaries];

const slug = (c: Canary) => `2026/${c.token}-release`;

/** English summaries of the embargoed and the draft canary, with tokens of their own. */
const englishCanaries = {
  embargoed: { token: 'zqcanaryenglishembargoed7', of: canaries.embargoed },
  draft: { token: 'zqcanaryenglishdraft7', of: canaries.draft },
} as const;
type EnglishCanary = (typeof englishCanaries)[keyof typeof englishCanaries];
const englishTitle = (e: EnglishCanary) => `Soma announces initiative ${e.token}`;

function englishSummary(e: EnglishCanary): string {
  return `---
japanese: releases/${slug(e.of)}
title: ${englishTitle(e)}
subtitle: Subtitle ${e.token}
lead: Lead ${e.token} in English.
---

Body ${e.token} in English.
`;
}
const allEnglish = Object.values(englishCanaries);
const title = (c: Canary) => `相馬市の新しい取組 ${c.token} を発表`;

function canaryRelease(c: Canary): string {
  const { token } = c;
  return `---
kind: digest
title: ${title(c)}
subtitle: 副題 ${token}
lead: リード文 ${token} です。
published: ${c.published}
${'embargo' in c ? `embargo: ${c.embargo}\n` : ''}${'draft' in c ? 'draft: true\n' : ''}publishers: [work-life-balance, soma-city]
source:
  publisher: work-life-balance
  url: https://work-life-b.co.jp/${token}
cities: [soma]
declarations: [paternity-leave-100]
topics: [work-style-reform]
events:
  - title: 説明会 ${token}
    start: 2027-02-01T14:00:00+09:00
    place: 相馬市役所 ${token} 会議室
contacts:
  - organization: soma-city
    department: 広報 ${token} 係
    email: ${token}@city.soma.example.jp
images:
  - src: ./${token}.png
    alt: 写真 ${token}
    credit: 提供 ${token}
---

本文 ${token} です。
`;
}

const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

const before = '2026-11-01T00:00:00+09:00';
const after = '2027-01-01T00:00:00+09:00';
const all = Object.values(canaries);

let contentDir: string;
const builds: Record<'before' | 'after', { build: BuildResult; files: OutputFile[] }> = {} as never;

beforeAll(() => {
  contentDir = copyCorpus({
    ...Object.fromEntries(all.map((c) => [`releases/${slug(c)}.mdx`, canaryRelease(c)])),
    ...Object.fromEntries(allEnglish.map((e) => [`en/releases/2026/${e.token}.md`, englishSummary(e)])),
  });
  // A real image beside each release, so the canary holds if images become Astro assets.
  for (const c of all) writeFileSync(path.join(contentDir, 'releases/2026', `${c.token}.png`), onePixelPng);
  for (const [name, at] of [
    ['before', before],
    ['after', after],
  ] as const) {
    const build = astroBuild({ contentDir, env: { BUILD_TIME: at } });
    if (build.status !== 0) throw new Error(`build at ${at} failed:\n${build.output.slice(-3000)}`);
    builds[name] = { build, files: outputFiles(build.outDir) };
  }
});

const releasePage = (outDir: string, c: Canary) => path.join(outDir, 'releases', slug(c), 'index.html');

describe(`built at ${before}, before any canary is due`, () => {
  it('no file of dist/ contains any canary string, in its path or its content', () => {
    const { files } = builds.before;
    expect(files.length).toBeGreaterThan(40);
    expect(
      traces(
        files,
        all.map((c) => c.token),
      ),
    ).toEqual([]);
  });

  it('no file contains an English summary’s strings either, English feed and index included', () => {
    const { files } = builds.before;
    // The English outputs exist, so the absence below is not for want of an English edition.
    for (const rel of ['en/index.html', 'en/releases/index.html', 'en/feeds/releases.xml'])
      expect(files.some((f) => f.rel === rel), rel).toBe(true);
    expect(files.some((f) => f.rel.startsWith('en/pagefind/'))).toBe(true);
    expect(traces(files, allEnglish.map((e) => e.token))).toEqual([]);
  });

  it('checked the search index decompressed, when the build made one', () => {
    // Before the search issue is merged there is no index; once it is, its files are gzip
    // streams and the test above read them decompressed.
    for (const f of pagefindFiles(builds.before.files)) expect(f.compressed, f.rel).toBe(true);
  });

  it('reports the next scheduled publication, in the log and in schedule.json, without naming it', () => {
    const { build, files } = builds.before;
    const schedule = files.find((f) => f.rel === 'schedule.json');
    expect(JSON.parse(schedule!.text)).toEqual({
      builtAt: before,
      nextPublication: canaries.scheduled.published,
    });
    expect(build.output).toContain('次の公開予定: 2026年12月1日（火）10:00');
  });

  it('still builds the rest of the site, printing the content doctor’s warnings without failing', () => {
    expect(builds.before.build.output).toMatch(/注意: .*kamaishi-jmam-workation-agreement\.md: contacts: /);
    expect(
      existsSync(path.join(builds.before.build.outDir, 'releases/2026/soma-three-declarations/index.html')),
    ).toBe(true);
  });
});

describe(`built at ${after}, past the schedule and the embargo`, () => {
  it('publishes the scheduled and the embargoed release on their own pages, every field shown', () => {
    for (const c of [canaries.scheduled, canaries.embargoed]) {
      const $ = cheerio.load(readFileSync(releasePage(builds.after.build.outDir, c), 'utf8'));
      expect($('h1').text()).toBe(title(c));
      expect($('main').text()).toContain(`本文 ${c.token} です。`);
      expect($('#contacts').parent().text()).toContain(`広報 ${c.token} 係`);
      expect($('#events').parent().text()).toContain(`説明会 ${c.token}`);
    }
  });

  it('lists them where releases are listed: the release index and their city', () => {
    for (const page of ['releases/index.html', 'cities/soma/index.html']) {
      const html = readFileSync(path.join(builds.after.build.outDir, page), 'utf8');
      for (const c of [canaries.scheduled, canaries.embargoed])
        expect(html, page).toContain(`/releases/${slug(c)}/`);
    }
  });

  it('publishes them in every feed, search index, calendar and data file the build makes', () => {
    const { files } = builds.after;
    const kinds = {
      feed: files.filter((f) => /^feeds\/releases\.xml$/.test(f.rel)),
      search: pagefindFiles(files).filter((f) => f.rel.includes('fragment/')),
      calendar: files.filter((f) => f.rel === 'events.ics'),
      data: files.filter((f) => f.rel === 'data/releases.json'),
      sitemap: files.filter((f) => /^sitemap.*\.xml$/.test(f.rel)),
    };
    for (const [kind, list] of Object.entries(kinds)) expect(list.length, `${kind} files`).toBeGreaterThan(0);
    for (const c of [canaries.scheduled, canaries.embargoed]) {
      for (const [kind, list] of Object.entries(kinds))
        expect(
          list.some((f) => f.text.includes(c.token)),
          `${kind} (${list.map((f) => f.rel).join(', ')}) lacks ${c.token}`,
        ).toBe(true);
    }
  });

  it('keeps the draft out of every file', () => {
    expect(traces(builds.after.files, [canaries.draft.token])).toEqual([]);
  });

  it('publishes the embargoed release’s English summary in English: page, list, feed, search', () => {
    const { files, build } = builds.after;
    const e = englishCanaries.embargoed;
    const page = path.join(build.outDir, 'en/releases', slug(e.of), 'index.html');
    const $ = cheerio.load(readFileSync(page, 'utf8'));
    expect($('html').attr('lang')).toBe('en');
    expect($('h1').text()).toBe(englishTitle(e));
    expect($('main').text()).toContain(`Body ${e.token} in English.`);
    const kinds = {
      list: files.filter((f) => f.rel === 'en/releases/index.html'),
      feed: files.filter((f) => f.rel === 'en/feeds/releases.xml'),
      search: files.filter((f) => f.rel.startsWith('en/pagefind/fragment/')),
    };
    for (const [kind, list] of Object.entries(kinds)) {
      expect(list.length, `${kind} files`).toBeGreaterThan(0);
      expect(
        list.some((f) => f.text.includes(e.token)),
        kind,
      ).toBe(true);
    }
  });

  it('lists the scheduled release, which has no English summary, in English as “Japanese only”', () => {
    const $ = cheerio.load(readFileSync(path.join(builds.after.build.outDir, 'en/releases/index.html'), 'utf8'));
    const link = $(`a[href="/releases/${slug(canaries.scheduled)}/"]`);
    expect(link.attr('lang')).toBe('ja');
    expect(link.text().trim()).toBe(title(canaries.scheduled));
    expect(link.closest('li').text()).toContain('Japanese only');
  });

  it('keeps the draft release’s English summary out of every file', () => {
    expect(traces(builds.after.files, [englishCanaries.draft.token])).toEqual([]);
  });

  it('has nothing left to schedule', () => {
    const schedule = builds.after.files.find((f) => f.rel === 'schedule.json');
    expect(JSON.parse(schedule!.text)).toEqual({ builtAt: after, nextPublication: null });
    expect(builds.after.build.output).toContain('公開を待っている報道発表はありません');
  });
});
