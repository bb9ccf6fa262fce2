/**
 * Trust, on the real site: a digest says whose release it summarises and never passes off the
 * site's words as the company's; a date the source gives as a day is a day in every output.
 */
import * as cheerio from 'cheerio';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkCorpus } from '../../src/lib/corpus/validate.ts';
import type { Release } from '../../src/schemas/index.ts';
import { realContentDir } from '../helpers/corpus.ts';
import { outputFiles } from '../helpers/dist.ts';

const dist = inject('distDir');
const load = (rel: string) => cheerio.load(readFileSync(path.join(dist, rel), 'utf8'));
const releases = checkCorpus(realContentDir)
  .entries.filter((e) => e.collection === 'releases')
  .map((e) => ({ id: e.id, data: e.data as unknown as Release }));

describe('digests', () => {
  const digests = releases.filter((r) => r.data.kind === 'digest');

  it('are what both real releases are', () => {
    expect(digests.map((r) => r.id).sort()).toEqual([
      '2020/kamaishi-jmam-workation-agreement',
      '2026/soma-three-declarations',
    ]);
  });

  it.each(digests.map((r) => [r.id, r] as const))('%s says at the top that it is a summary, and of whose release', (id) => {
    const $ = load(`releases/${id}/index.html`);
    const notice = $('header .provenance');
    expect(notice.length).toBe(1);
    // Before the body: the reader learns whose words these are before reading them.
    expect($('article').html()!.indexOf('class="provenance"')).toBeLessThan($('article').html()!.indexOf('id="body"'));
    expect(notice.text()).toMatch(/地域プレスルームが要約したもの/);
    expect($('.kicker').text()).toMatch(/^報道発表の要約/);
  });

  it('links the publisher’s site labelled as the site when the original release’s address is unknown', () => {
    const $ = load('releases/2026/soma-three-declarations/index.html');
    expect($('.provenance').text()).toContain('株式会社ワーク・ライフバランス');
    const link = $('dt:contains("元の報道発表") + dd a');
    expect(link.attr('href')).toBe('https://work-life-b.co.jp/');
    expect(link.text()).toContain('ウェブサイト（元の報道発表のページではありません）');
    const article = JSON.parse($('script[type="application/ld+json"]').first().text())['@graph'][0];
    expect(article.author).toMatchObject({ '@type': 'Organization', name: '地域プレスルーム' });
    expect(article.sourceOrganization).toMatchObject({ name: '株式会社ワーク・ライフバランス' });
    expect(article).not.toHaveProperty('isBasedOn');
  });
});

describe('day-precision dates', () => {
  /** Every date in the real releases that the content gives as a day. */
  const days = [
    ...new Set(
      releases.flatMap((r) =>
        [r.data.published, r.data.updated, ...r.data.events.flatMap((e) => [e.start, e.end])].filter(
          (d): d is string => typeof d === 'string',
        ),
      ),
    ),
  ];

  it('include both releases’ publication days', () => {
    expect(days).toEqual(expect.arrayContaining(['2026-06-16', '2020-05-21', '2026-06-24']));
  });

  it('never gain an invented time in any output: HTML, JSON-LD, feeds, JSON, CSV, calendars', () => {
    const files = outputFiles(dist).filter((f) => /\.(html|xml|json|csv|ics)$/.test(f.rel));
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) for (const day of days) expect(f.text, `${f.rel}: ${day}`).not.toContain(`${day}T`);
    const $ = load('releases/2026/soma-three-declarations/index.html');
    expect($('time').first().attr('datetime')).toBe('2026-06-16');
    expect($('meta[property="article:published_time"]').attr('content')).toBe('2026-06-16');
  });

  it('leave no ASCII space between Japanese characters in feeds, JSON, CSV or calendars', () => {
    const files = outputFiles(dist).filter((f) => /\.(xml|json|csv|ics)$/.test(f.rel) && !f.rel.startsWith('pagefind/'));
    for (const f of files) expect(f.text, f.rel).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff、。] [\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
