/**
 * The English edition in the real build: its pages exist for exactly the public summaries, in
 * English with their Japanese counterparts paired both ways, digests that say so, dates in
 * Japan time, and an English feed that parses.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import * as cheerio from 'cheerio';
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { expected } from '../helpers/expected.ts';
import { TEST_BUILD_TIME } from './global-setup.ts';

const dist = inject('distDir');
const site = 'https://pressroom.example.jp';
const x = expected(new Date(TEST_BUILD_TIME));
const load = (urlPath: string) =>
  cheerio.load(readFileSync(path.join(dist, urlPath, urlPath.endsWith('/') ? 'index.html' : ''), 'utf8'));
const fileToPath = (f: string) => `/${f.split(path.sep).join('/').replace(/index\.html$/, '')}`;
const summaries = x.of('englishSummaries').map((s) => ({
  ...s,
  japanese: s.data.japanese as { collection: 'releases' | 'agreements'; id: string },
}));

describe('English pages', () => {
  const html = globSync('en/**/*.html', { cwd: dist }).map(fileToPath);

  it('exist for the home, the release list, every summary, every city, declarations and search', () => {
    const required = [
      '/en/',
      '/en/releases/',
      '/en/declarations/',
      '/en/search/',
      ...summaries.map((s) => `/en/${s.japanese.collection}/${s.japanese.id}/`),
      ...x.of('cities').map((c) => `/en/cities/${c.id}/`),
    ];
    expect(html.toSorted()).toEqual(required.toSorted());
    // Both real releases and the agreement have summaries: the edition is not empty.
    expect(summaries.length).toBe(3);
  });

  it('are in English, with Japanese names marked as Japanese', () => {
    for (const p of html) {
      const $ = load(p);
      expect($('html').attr('lang'), p).toBe('en');
      // Japanese text inside an English page is marked, so screen readers switch voice.
      $('main [lang="ja"]').each((_, el) => expect($(el).text(), p).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/));
    }
    const $ = load('/en/releases/2026/soma-three-declarations/');
    expect($('main [lang="ja"]').first().text()).toBe('株式会社ワーク・ライフバランス');
  });

  it('keep the spaces between inline elements that compressHTML would remove', () => {
    const $ = load('/en/releases/2026/soma-three-declarations/');
    const publishedBy = $('dt:contains("Published by") + dd').text();
    expect(publishedBy).toBe(
      '株式会社ワーク・ライフバランス (Kabushiki-gaisha Wāku Raifu Baransu; romanised by this site, not an official name)',
    );
  });
});

describe('hreflang', () => {
  const all = globSync('**/*.html', { cwd: dist }).map(fileToPath);
  const alternates = (p: string) => {
    const $ = load(p);
    return {
      ja: $('link[rel=alternate][hreflang=ja]').attr('href'),
      en: $('link[rel=alternate][hreflang=en]').attr('href'),
    };
  };
  const paired = all.filter((p) => alternates(p).ja !== undefined);

  it('pairs every English page but list pages after the first, and as many Japanese ones', () => {
    const english = paired.filter((p) => p.startsWith('/en/'));
    expect(english.length).toBe(globSync('en/**/*.html', { cwd: dist }).length);
    expect(paired.length).toBe(english.length * 2);
  });

  it('resolves every pair both ways: each page names itself and its counterpart, which names it back', () => {
    for (const p of paired) {
      const a = alternates(p);
      expect([a.ja, a.en], p).toContain(`${site}${p}`);
      for (const href of [a.ja, a.en]) {
        const target = new URL(href!).pathname;
        expect(existsSync(path.join(dist, target, 'index.html')), `${p} → ${target}`).toBe(true);
        expect(alternates(target), `${target} back to ${p}`).toEqual(a);
      }
    }
  });

  it('gives every page a language switcher to its counterpart, or to the other edition’s home', () => {
    for (const p of all) {
      if (p === '/404.html') continue;
      const $ = load(p);
      const link = $('.language-switch a');
      const a = alternates(p);
      const english = p.startsWith('/en/');
      const counterpart = english ? a.ja : a.en;
      expect(link.attr('href'), p).toBe(counterpart ? new URL(counterpart).pathname : english ? '/' : '/en/');
      expect(link.attr('lang'), p).toBe(english ? 'ja' : 'en');
    }
  });
});

describe('an English release summary', () => {
  const $ = load('/en/releases/2026/soma-three-declarations/');
  const ld = $('script[type="application/ld+json"]')
    .map((_, el) => JSON.parse($(el).html() ?? '{}'))
    .get()
    .find((d: Record<string, unknown>) => d['@type'] === 'NewsArticle');

  it('says at the top that it is the press room’s summary, naming the publisher', () => {
    const notice = $('article header .notice').text();
    expect(notice).toContain('press room’s English summary');
    expect(notice).toContain('株式会社ワーク・ライフバランス');
  });

  // The content gives the day (or, before day-precision dates, midnight JST of that day).
  const published = x.releases.find((r) => r.id === '2026/soma-three-declarations')!.data.published;
  const instant = published instanceof Date;

  it('dates it in English, in Japan time, as published, inventing no time', () => {
    const time = $('dt:contains("Published") + dd time');
    expect(time.text()).toBe(instant ? '16 June 2026 (JST)' : '16 June 2026');
    expect(time.attr('datetime')).toBe(instant ? '2026-06-16T00:00:00+09:00' : '2026-06-16');
  });

  it('has JSON-LD in English by the press room, with the publisher as source organisation', () => {
    expect(ld.inLanguage).toBe('en');
    expect(ld.author).toMatchObject({ '@type': 'Organization', name: 'Regional Press Room' });
    expect(ld.publisher).toEqual(ld.author);
    expect(ld.sourceOrganization).toEqual({
      '@type': 'Organization',
      name: '株式会社ワーク・ライフバランス (Kabushiki-gaisha Wāku Raifu Baransu)',
    });
    // The Japanese page; no original release address is known for this release.
    expect(ld.isBasedOn).toEqual([
      expect.objectContaining({ '@id': `${site}/releases/2026/soma-three-declarations/`, inLanguage: 'ja' }),
    ]);
    expect(ld.datePublished).toBe(instant ? '2026-06-16T00:00:00+09:00' : '2026-06-16');
  });

  it('labels the source link as the publisher’s site when the release’s own address is unknown', () => {
    const link = $('dt:contains("Source") + dd a');
    expect(link.attr('href')).toBe('https://work-life-b.co.jp/');
    expect(link.text()).toContain('not the release itself');
  });

  it('links the Japanese release and publishes no mobile number', () => {
    expect($('a[hreflang=ja][href="/releases/2026/soma-three-declarations/"]').length).toBeGreaterThan(0);
    for (const f of globSync('en/**/*', { cwd: dist, withFileTypes: true }).filter((d) => d.isFile()))
      expect(readFileSync(path.join(f.parentPath, f.name)).toString('utf8'), f.name).not.toMatch(
        /0[789]0-?\d{4}-?\d{4}/,
      );
  });
});

describe('English lists', () => {
  it('list every public release with its English title, newest first', () => {
    const $ = load('/en/releases/');
    const links = $('main .cards a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links).toEqual(x.releases.map((r) => `/en/releases/${r.id}/`));
  });

  it('name cities by their English names and prefectures', () => {
    const $ = load('/en/');
    expect($('#cities').next('ul').text()).toContain('Kamaishi (Iwate Prefecture)');
  });

  it('give each declaration its reported count with the date it was true', () => {
    const $ = load('/en/declarations/');
    expect($('main').text()).toContain('27 organisations as of June 2026 (reported by the sponsor)');
  });
});

describe('the English feed', () => {
  const xml = readFileSync(path.join(dist, 'en/feeds/releases.xml'), 'utf8');
  const feed = parseFeed(xml);

  it('parses as RSS in English and carries the summarised releases, newest first', () => {
    expect(feed.meta.type).toBe('rss');
    expect(feed.language).toBe('en');
    expect(feed.self).toBe(`${site}/en/feeds/releases.xml`);
    const summarised = new Set(summaries.filter((s) => s.japanese.collection === 'releases').map((s) => s.japanese.id));
    expect(feed.items.map((i) => i.url)).toEqual(
      x.releases.filter((r) => summarised.has(r.id)).map((r) => `${site}/en/releases/${r.id}/`),
    );
    for (const item of feed.items) {
      const s = summaries.find((e) => `${site}/en/releases/${e.japanese.id}/` === item.url)!;
      expect(item.title).toBe(s.data.title);
      expect(item.content).toContain(String(s.data.lead).slice(0, 40));
      expect(existsSync(path.join(dist, new URL(item.url!).pathname, 'index.html'))).toBe(true);
    }
  });
});
