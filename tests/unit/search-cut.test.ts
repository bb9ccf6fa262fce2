/**
 * The index's text cut ahead while Astro renders (src/lib/search-cut.ts), and the lanes that
 * index parts side by side (src/lib/search-index.ts): neither may change what is indexed.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cutFromSpool,
  cutMain,
  cutName,
  cutSpool,
  fileCut,
  isIndexedPage,
  pruneSpool,
} from '../../src/lib/search-cut.ts';
import { recordSource, withRecord } from '../../src/lib/search-document.ts';
import {
  documentForIndex,
  indexDocument,
  laneCountFromEnv,
  laneParts,
  type PartJob,
} from '../../src/lib/search-index.ts';
import type { SearchRecord } from '../../src/lib/search-records.ts';

const page = (lang: string, main: string) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><header><nav>サイト</nav></header>${main}</main><footer>フッター</footer></body></html>`;

// A <main> with what the index rewrites (ids, a definition list) and what cutting must keep
// whole (an entity, inline elements).
const main =
  '<main id="main"><h1 id="title">釜石市の連携協定</h1><dl><dt>よみ</dt><dd>かまいしし</dd><dt>締結日</dt><dd>2020年4月1日。</dd></dl><p>A&amp;B と<a href="/a/">連携協定</a>を結びました。</p>';

const record = {
  url: '/agreements/kamaishi-jmam/',
  page: '/agreements/kamaishi-jmam/',
  kind: 'agreements',
  title: '釜石市と日本能率協会マネジメントセンターの協定',
  label: '釜石市と日本能率協会マネジメントセンターの協定',
  names: ['釜石市'],
  headline: [],
  terms: ['ワーケーション'],
  filters: { kind: ['協定'], city: ['釜石市'], organization: [], topic: [], year: ['2020'] },
  sortValue: '2020-04-01',
} as unknown as SearchRecord;

describe('cutting a page ahead', () => {
  it('files the cut <main> under that <main>, and the index builds the same document with or without it', () => {
    const spool = mkdtempSync(path.join(tmpdir(), 'pressroom-cut-'));
    const html = page('ja', main);
    const input = { own: recordSource(record).own, page: Buffer.from(html), lang: 'ja' };
    const byItself = indexDocument(record, input, spool);
    expect(byItself.ahead).toBe(false);
    // What the index made before the cut could be made ahead: the page with its record, cut whole.
    const expected = documentForIndex(withRecord(html, record), 'ja');
    expect(byItself.content).toBe(expected);
    expect(expected).toContain('<dt> よみ ： </dt>');
    expect(expected).not.toContain('id="title"');

    fileCut(spool, html);
    expect(readdirSync(spool)).toHaveLength(1);
    const pageMain = html.slice(html.indexOf('<main'), html.lastIndexOf('</main>'));
    expect(cutFromSpool(spool, cutName(pageMain, 'ja'))).toBe(cutMain(pageMain, 'ja'));
    const ahead = indexDocument(record, input, spool);
    expect(ahead).toEqual({ content: expected, ahead: true, cut: cutName(pageMain, 'ja') });

    // Another <main> (the page changed after it was cut) finds nothing, and is cut here.
    const changed = page('ja', main.replace('結びました', '更新しました'));
    const other = indexDocument(record, { ...input, page: Buffer.from(changed) }, spool);
    expect(other.ahead).toBe(false);
    expect(other.content).toBe(documentForIndex(withRecord(changed, record), 'ja'));
    expect(other.content).toContain('更新');
  });

  it('leaves pages in a language written with spaces alone', () => {
    const spool = mkdtempSync(path.join(tmpdir(), 'pressroom-cut-'));
    fileCut(spool, page('en', '<main><p>Kamaishi signed an agreement.</p>'));
    expect(readdirSync(spool)).toEqual([]);
  });

  it('keeps the cuts the index still wants, and prunes the rest', () => {
    const spool = mkdtempSync(path.join(tmpdir(), 'pressroom-cut-'));
    const kept = page('ja', main);
    const gone = page('ja', main.replace('結びました', '更新しました'));
    fileCut(spool, kept);
    fileCut(spool, gone);
    writeFileSync(path.join(spool, 'x.html.123.tmp'), '途中で止まった書き込み');
    const name = (html: string) =>
      cutName(html.slice(html.indexOf('<main'), html.lastIndexOf('</main>')), 'ja');
    expect(readdirSync(spool)).toHaveLength(3);
    pruneSpool(spool, new Set([name(kept)]));
    expect(readdirSync(spool)).toEqual([name(kept)]);

    // A spool is named for the cutting code and the ICU data; another one's cuts are all pruned.
    const cache = mkdtempSync(path.join(tmpdir(), 'pressroom-cache-'));
    const current = cutSpool(cache);
    expect(path.basename(current)).toMatch(/^pressroom-search-cut-[\w-]{16}$/);
    const other = path.join(cache, 'pressroom-search-cut-0123456789abcdef');
    mkdirSync(other);
    mkdirSync(current);
    pruneSpool(current, new Set());
    expect(readdirSync(cache)).toEqual([path.basename(current)]);
  });

  it('takes the entry pages the index reads, not lists, later pages or the English edition', () => {
    for (const p of [
      '/releases/2026/soma-three-declarations/',
      '/agreements/kamaishi-jmam-workation/',
      '/cities/soma/',
      '/declarations/hatarakikata-kasoku/',
      '/organizations/jmam/',
    ])
      expect(isIndexedPage(p), p).toBe(true);
    for (const p of [
      '/releases/',
      '/releases/page/2/',
      '/organizations/jmam/2/',
      '/topics/workation/',
      '/en/releases/2026/soma-three-declarations/',
      '/search/',
    ])
      expect(isIndexedPage(p), p).toBe(false);
  });
});

describe('lanes', () => {
  const part = (path: string, documents: number) =>
    ({ part: { path, from: 0, to: 0 }, records: Array.from({ length: documents }) }) as unknown as PartJob;

  it('share the parts by documents, each lane keeping the parts’ order', () => {
    const parts = [part('/pagefind/', 2753), part('/a1/', 1917), part('/a2/', 1892), part('/a3/', 2012)];
    const lanes = laneParts(parts, 2);
    expect(lanes.map((l) => l.map((p) => p.order))).toEqual([
      [0, 2],
      [1, 3],
    ]);
    expect(laneParts(parts, 1)).toEqual([parts.map((job, order) => ({ order, job }))]);
    // Never more lanes than parts.
    expect(laneParts([parts[0]!], 2)).toHaveLength(1);
  });

  it('are two at most by default, and PRESSROOM_SEARCH_LANES sets them', () => {
    expect(laneCountFromEnv({})).toBeGreaterThanOrEqual(1);
    expect(laneCountFromEnv({})).toBeLessThanOrEqual(2);
    expect(laneCountFromEnv({ PRESSROOM_SEARCH_LANES: '3' })).toBe(3);
    expect(() => laneCountFromEnv({ PRESSROOM_SEARCH_LANES: '0' })).toThrow(/PRESSROOM_SEARCH_LANES/);
    expect(() => laneCountFromEnv({ PRESSROOM_SEARCH_LANES: 'x' })).toThrow(/「x」/);
  });
});
