import { describe, expect, it } from 'vitest';
import { documentForIndex } from '../../src/lib/search-index.ts';
import {
  indexLanguage,
  isPresegmented,
  joinSegments,
  segmentForIndex,
  segmentHtmlText,
} from '../../src/lib/search-segment.ts';

// What the browser's segmenter makes of a query: pagefind.js cuts the query with it on a ja page.
const queryWords = (q: string) =>
  [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(q)]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment);

describe('segmentForIndex', () => {
  it('cuts Japanese into the words the query segmenter finds, joined by single spaces', () => {
    const text = '相馬市が働き方改革加速宣言に賛同しました。';
    const cut = segmentForIndex(text);
    expect(cut.split(' ').join('')).toBe(text);
    for (const w of queryWords('相馬市 働き方改革')) expect(cut.split(' ')).toContain(w);
    expect(cut).not.toMatch(/ {2}/);
  });

  it('keeps Latin words and numbers whole, and collapses the text’s own whitespace', () => {
    expect(segmentForIndex('Soma  City は 2026年')).toBe('Soma City は 2026 年');
  });
});

describe('segmentHtmlText', () => {
  it('cuts text between tags and leaves tags, attributes and entities alone', () => {
    const html =
      '<h2 class="x">釜石市の協定</h2><p data-pagefind-meta="title:釜石市の協定">A&amp;B と<a href="/a/">連携協定</a></p>';
    const out = segmentHtmlText(html);
    expect(out).toContain('<h2 class="x"> 釜石 市 の 協定 </h2>');
    expect(out).toContain('data-pagefind-meta="title:釜石市の協定"');
    // Neighbouring inline elements stay separate words: 「と」 and 「連携」, not 「と連携」.
    expect(out).toContain('> A &amp; B と <a href="/a/"> 連携 協定 </a>');
  });
});

describe('joinSegments', () => {
  it('removes the spaces segmentation added between Japanese words, also around <mark>', () => {
    expect(joinSegments('釜石 市 の <mark>協定</mark> を 締結 。 Soma City と')).toBe(
      '釜石市の<mark>協定</mark>を締結。Soma Cityと',
    );
    expect(joinSegments(segmentForIndex('2026年6月に相馬市で'))).toBe('2026年6月に相馬市で');
  });
});

describe('index language', () => {
  it('pre-segments ja, zh and th under a tag Pagefind does not segment, keeps others', () => {
    expect([isPresegmented('ja'), isPresegmented('ja-JP'), isPresegmented('en')]).toEqual([
      true,
      true,
      false,
    ]);
    expect(indexLanguage('ja')).toBe('jpn');
    expect(indexLanguage('en')).toBe('en');
  });

  it('re-tags and segments a Japanese page, passes an English page through untouched', () => {
    const page = (lang: string, text: string) =>
      `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body><main><p>${text}</p></main></body></html>`;
    const ja = documentForIndex(page('ja', '相馬市の宣言'), 'ja');
    expect(ja).toContain('<html lang="jpn">');
    expect(ja).toContain('<p> 相馬 市 の 宣言 </p>');
    const en = page('en', 'Soma City joins three declarations');
    expect(documentForIndex(en, 'en')).toBe(en);
  });
});
