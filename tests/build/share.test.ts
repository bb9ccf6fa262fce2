/**
 * Over the real build: every release page carries its citation, share links and og:image (a
 * real 1200 × 630 PNG in dist/); headings carry BudouX phrase breaks; employer lists have no
 * per-card filler; a declaration says what a signer commits to only when its source does.
 */
import * as cheerio from 'cheerio';
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('distDir');
const siteUrl = process.env.SITE_URL || 'https://pressroom.example.jp';
const load = (urlPath: string) =>
  cheerio.load(readFileSync(path.join(dist, urlPath, urlPath.endsWith('/') ? 'index.html' : ''), 'utf8'));
const releasePages = globSync('releases/2*/*/index.html', { cwd: dist }).map((f) => `/${path.dirname(f)}/`);

describe('release pages', () => {
  it('exist for both real releases', () => {
    expect(releasePages.sort()).toEqual([
      '/releases/2020/kamaishi-jmam-workation-agreement/',
      '/releases/2026/soma-three-declarations/',
    ]);
  });

  it('cite the Soma digest as the press room’s summary of the publisher’s release, in one element', () => {
    const $ = load('/releases/2026/soma-three-declarations/');
    expect($('#cite').text()).toBe('この記事を引用する');
    const citation = $('p.citation');
    expect(citation).toHaveLength(1);
    // Facts from the seed: title as published here, publisher, 2026-06-16, the page's own URL.
    expect(citation.text()).toBe(
      '地域プレスルーム「相馬市がワーク・ライフバランスの3宣言に賛同　働き方改革で『選ばれる地域』を目指す」' +
        '（株式会社ワーク・ライフバランスの報道発表の要約、2026年6月16日公開）' +
        `${siteUrl}/releases/2026/soma-three-declarations/`,
    );
    // Plain text: nothing inside that a selection would split or a paste would carry as markup.
    expect(citation.children()).toHaveLength(0);
  });

  it('are cited on the press page exactly as on the release page itself', () => {
    const example = load('/press/')('#cite ~ blockquote p, section:has(#cite) blockquote p').first().text();
    expect(example).toBe(load('/releases/2026/soma-three-declarations/')('p.citation').text());
  });

  it('offer share links to LINE, X, Facebook and mail carrying the page’s URL, and nothing that loads', () => {
    for (const urlPath of releasePages) {
      const $ = load(urlPath);
      const url = `${siteUrl}${urlPath}`;
      const hrefs = $('a[data-share]')
        .toArray()
        .map((a) => $(a).attr('href') ?? '');
      expect(hrefs.map((h) => h.split('?')[0])).toEqual([
        'https://social-plugins.line.me/lineit/share',
        'https://x.com/intent/post',
        'https://www.facebook.com/sharer/sharer.php',
        'mailto:',
      ]);
      for (const h of hrefs) expect(decodeURIComponent(h)).toContain(url);
      // Nothing on the page would fetch from another origin on load.
      const loaders = $('script[src], img[src], iframe, link[rel=stylesheet], link[rel=preload], source[src]')
        .toArray()
        .map((e) => $(e).attr('src') ?? $(e).attr('href') ?? '');
      for (const src of loaders) expect(src.startsWith('/') && !src.startsWith('//'), src).toBe(true);
      expect($('script:not([type="application/ld+json"])')).toHaveLength(0);
    }
  });

  it('name a 1200 × 630 PNG og:image that exists in dist/, with its size and alt text', () => {
    for (const urlPath of releasePages) {
      const $ = load(urlPath);
      const meta = (p: string) => $(`meta[property="${p}"]`).attr('content');
      const image = meta('og:image') ?? '';
      expect(image).toBe(`${siteUrl}/og${urlPath.replace(/\/$/, '.png')}`);
      expect(meta('og:image:width')).toBe('1200');
      expect(meta('og:image:height')).toBe('630');
      expect(meta('og:image:alt')).toContain($('h1').text());
      expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
      const file = path.join(dist, new URL(image).pathname);
      expect(existsSync(file), file).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });

  it('is the only kind of page with an og:image; others keep the small card', () => {
    const $ = load('/cities/soma/');
    expect($('meta[property="og:image"]')).toHaveLength(0);
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary');
  });
});

describe('headings', () => {
  const html = globSync('**/*.html', { cwd: dist });

  it('carry <wbr> between phrases in every page, never inside the words phones broke', () => {
    let withBreaks = 0;
    for (const f of html) {
      const $ = cheerio.load(readFileSync(path.join(dist, f), 'utf8'));
      $('h1, h2, h3, h4, h5, h6').each((_, h) => {
        const inner = $(h).html() ?? '';
        if (inner.includes('<wbr>')) withBreaks++;
        for (const word of ['働き方改革', '6月24日', 'マネジメントセンター', 'お問い合わせ先'])
          for (let i = 1; i < word.length; i++) {
            const broken = `${word.slice(0, i)}<wbr>${word.slice(i)}`;
            expect(inner.includes(broken), `${f}: ${broken}`).toBe(false);
          }
      });
    }
    expect(withBreaks).toBeGreaterThan(100);
    const $ = load('/releases/2026/soma-three-declarations/');
    expect($('h1 > span.phrases').html()).toContain('賛同　<wbr>働き方改革で<wbr>');
    expect(load('/organizations/jmam/')('h1').html()).toBe(
      '<span class="phrases">株式会社<wbr>日本能率協会<wbr>マネジメントセンター</span>',
    );
  });
});

describe('employers and declarations', () => {
  const pages = globSync('employers/**/index.html', { cwd: dist });

  it('have no per-card filler, and say once what is missing', () => {
    expect(pages.length).toBeGreaterThan(3);
    for (const f of pages) {
      const text = readFileSync(path.join(dist, f), 'utf8');
      expect(text, f).not.toContain('まだ掲載していません');
      expect(text, f).not.toContain('ウェブサイトの情報はまだありません');
      expect(text, f).not.toContain('賛同した宣言は掲載していません');
      const $ = cheerio.load(text);
      // None of the real employers has workplace facts: the list says so once, not on each card.
      expect($('p.notice').length, f).toBe(1);
      expect($('p.notice').text(), f).toContain('職場のデータ');
      expect($('.cards > li').length, f).toBeGreaterThan(0);
    }
  });

  it('state a signer’s commitment only where the source states one', () => {
    const women = load('/declarations/womens-reemployment/')('p.commitment').text();
    expect(women).toContain('宣言する組織が約束すること');
    expect(women).toContain('もう一度活躍できる環境を整える');
    for (const id of ['paternity-leave-100', 'work-style-reform-acceleration'])
      expect(load(`/declarations/${id}/`)('p.commitment'), id).toHaveLength(0);
  });
});
