import * as cheerio from 'cheerio';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/corpus/validate.ts';
import { publicCorpus } from '../../src/lib/public-corpus.ts';
import { buildRelations } from '../../src/lib/relations.ts';
import { pageIndexing, recordDocument, withRecord } from '../../src/lib/search-document.ts';
import { recordMarkup } from '../../src/lib/search-markup.ts';
import { searchRecords } from '../../src/lib/search-records.ts';
import { nameVariants, queryWords, termsField } from '../../src/lib/search-terms.ts';
import { documentForIndex } from '../../src/lib/search-index.ts';
import { joinSegments } from '../../src/lib/search-segment.ts';
import { realContentDir } from '../helpers/corpus.ts';

const now = new Date('2026-11-01T00:00:00+09:00');
const corpus = publicCorpus(checkCorpus(realContentDir).entries, now);
const records = searchRecords(corpus, buildRelations(corpus));
const record = (url: string) => {
  const r = records.find((x) => x.url === url);
  if (!r) throw new Error(`no record for ${url}`);
  return r;
};

describe('query words', () => {
  it('cuts a phrase the way the browser cuts the query (Intl.Segmenter), plus the whole phrase', () => {
    // Intl.Segmenter keeps 育休 whole inside 男性育休; the index-time analyser may not.
    expect(queryWords('男性育休100%宣言')).toEqual(['男性', '育休', '100', '宣言', '男性育休100宣言']);
    expect(queryWords('ワーク・ライフバランス')).toEqual([
      'ワーク',
      'ライフ',
      'バランス',
      'ワークライフバランス',
    ]);
    // Lone kana (の) carry no meaning and are left out.
    expect(queryWords('女性の再就職')).not.toContain('の');
    expect(queryWords('JMAM')).toEqual(['jmam']);
  });

  it('joins the words of many phrases into one space-separated field without repeats', () => {
    expect(termsField(['相馬市', '相馬'])).toBe('相馬 市 相馬市');
  });

  it('knows the ways a name is typed', () => {
    expect(nameVariants('株式会社ワーク・ライフバランス')).toEqual([
      '株式会社ワーク・ライフバランス',
      'ワーク・ライフバランス',
      'ワークライフバランス',
    ]);
    expect(nameVariants('釜石市')).toEqual(['釜石市', '釜石']);
    expect(nameVariants('住友生命保険相互会社')).toContain('住友生命保険');
  });
});

describe('search records of the real corpus', () => {
  it('has one record per public entry page of the five kinds and per event, and none for topics', () => {
    const want = [
      ...corpus.releases.map((e) => `/releases/${e.id}/`),
      ...corpus.agreements.map((e) => `/agreements/${e.id}/`),
      ...corpus.cities.map((e) => `/cities/${e.id}/`),
      ...corpus.declarations.map((e) => `/declarations/${e.id}/`),
      ...corpus.organizations.map((e) => `/organizations/${e.id}/`),
      ...corpus.releases.flatMap((e) => e.data.events.map((_, i) => `/releases/${e.id}/#event-${i + 1}`)),
    ];
    expect(records.map((r) => r.url).sort()).toEqual(want.sort());
    // Three events in the real corpus: the 2020 signing, the 2026 press conference and kick-off.
    expect(records.filter((r) => r.kind === 'events')).toHaveLength(3);
  });

  it('makes an event a result of its own, found by its title and its day as Japanese write it', () => {
    const e = record('/releases/2026/soma-three-declarations/#event-2');
    expect(e.page).toBe('/releases/2026/soma-three-declarations/');
    expect(e.title).toMatch(/^キックオフ講演会・パネルディスカッション/);
    expect(e.date).toBe('2026-06-24');
    expect(e.terms).toContain('6月24日');
    expect(e.body?.[0]).toBe(e.title);
    expect(e.body?.[1]).toMatch(/^2026年6月24日/);
    expect(e.filters.kind).toEqual(['イベント']);
    expect(e.filters.city).toEqual(['相馬市']);
  });

  it('labels entries of the same name with their kind, and leaves unique names alone', () => {
    expect(record('/cities/soma/').label).toBe('相馬市（市区町村）');
    expect(record('/organizations/soma-city/').label).toBe('相馬市（組織）');
    // The ranked title stays the name: a longer title would rank the entry lower.
    expect(record('/cities/soma/').title).toBe('相馬市');
    expect(record('/organizations/jmam/').label).toBe('株式会社日本能率協会マネジメントセンター');
    const labels = records.map((r) => r.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('sorts dated entries before undated ones when sorting by newest (descending)', () => {
    const byNewest = [...records].sort((a, b) => b.sortValue.localeCompare(a.sortValue));
    const firstUndated = byNewest.findIndex((r) => r.date === undefined);
    expect(firstUndated).toBeGreaterThan(0);
    expect(byNewest.slice(firstUndated).every((r) => r.date === undefined)).toBe(true);
    // Among undated entries, the one with the latest activity comes first.
    expect(byNewest[firstUndated]?.sortValue).toBe('0:2026-06-16');
  });

  it('writes search terms in normal form (full-width, half-width and case folded)', () => {
    expect(queryWords('ＪＭＡＭ')).toEqual(['jmam']);
    expect(queryWords('ﾜｰｹｰｼｮﾝ')).toEqual(queryWords('ワーケーション'));
  });

  it('gives a release its kind, cities, publishers, topics, year and date', () => {
    const r = record('/releases/2026/soma-three-declarations/');
    expect(r.filters).toEqual({
      kind: ['報道発表'],
      city: ['相馬市'],
      organization: ['株式会社ワーク・ライフバランス'],
      topic: ['働き方改革', '男性育休', '女性の再就職・キャリア', '採用力・人材確保', '地方創生'],
      year: ['2026'],
    });
    expect(r.date).toBe('2026-06-16');
    expect(r.sortValue).toBe('1:2026-06-16');
    expect(r.terms).toEqual(expect.arrayContaining(['阿部勝弘', '小室淑恵', '男性育休100%宣言', 'そうまし']));
  });

  it('gives a city its names, reading, English name and code, and sorts it by its latest release', () => {
    const c = record('/cities/kamaishi/');
    expect(c.names).toEqual(
      expect.arrayContaining(['釜石市', '釜石', 'かまいしし', 'かまいし', 'Kamaishi', '032115']),
    );
    expect(c.date).toBeUndefined();
    expect(c.sortValue).toBe('0:2020-05-21');
    expect(c.filters.organization).toContain('釜石市');
  });

  it('gives an organization its short name, and a declaration its signatories’ cities', () => {
    expect(record('/organizations/jmam/').names).toContain('JMAM');
    expect(record('/declarations/womens-reemployment/').filters.city).toEqual([
      '東大和市',
      '福島市',
      '中野区',
      '相馬市',
    ]);
    expect(record('/organizations/aisin/').sortValue).toBe('0:0000-00-00');
  });

  it('leaves out releases that are not public yet', () => {
    const early = publicCorpus(checkCorpus(realContentDir).entries, new Date('2026-06-15T23:59:59+09:00'));
    const rs = searchRecords(early, buildRelations(early));
    expect(rs.map((r) => r.url)).not.toContain('/releases/2026/soma-three-declarations/');
    expect(rs.find((r) => r.url === '/cities/soma/')?.filters.topic).toEqual([]);
  });
});

describe('the indexed document', () => {
  const page = (main: string) =>
    `<!doctype html><html lang="ja"><head><title>t</title><style>p{}</style></head><body><header><nav>サイト全体</nav></header><main>${main}</main><footer>フッター</footer><aside><p>余白の文章</p></aside></body></html>`;

  /** Indexes one page as the build does (pre-segmented, as `jpn`) and returns what Pagefind stored. */
  async function indexed(html: string, url: string) {
    const { index, errors } = await pagefind.createIndex({
      rootSelector: pageIndexing.rootSelector,
      excludeSelectors: [...pageIndexing.excludeSelectors],
    });
    if (!index) throw new Error(errors.join('; '));
    try {
      const added = await index.addHTMLFile({ url, content: documentForIndex(html, 'ja') });
      expect(added.errors).toEqual([]);
      const { files } = await index.getFiles();
      const fragment = files.find((f) => f.path.includes('fragment/'));
      if (!fragment) throw new Error('no fragment written');
      const text = gunzipSync(fragment.content).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as {
        content: string;
        meta: Record<string, string>;
        filters: Record<string, string[]>;
        sort?: Record<string, string>;
      };
    } finally {
      await index.deleteIndex();
    }
  }
  afterAll(() => pagefind.close());

  // The index holds the text cut into words; the search page joins them again.
  const plain = (s: string) => joinSegments(s);

  it('indexes the main content only, without navigation, header, footer or ignored parts', async () => {
    const r = record('/organizations/jmam/');
    const doc = await indexed(
      withRecord(
        page(
          `<nav class="breadcrumbs">パンくず</nav><h1>${r.title}</h1><p>本文の文章</p><div data-pagefind-ignore>除外する部分</div><noscript>スクリプトなし</noscript>`,
        ),
        r,
      ),
      r.url,
    );
    const content = plain(doc.content);
    expect(content).toContain('本文の文章');
    for (const absent of [
      'サイト全体',
      'パンくず',
      'フッター',
      '余白の文章',
      '除外する部分',
      'スクリプトなし',
    ]) {
      expect(content).not.toContain(absent);
    }
    expect(doc.meta.title).toBe(r.title);
  }, 30_000);

  it('carries title, metadata, filters and sort key, escaped', async () => {
    const r = { ...record('/organizations/jmam/'), title: `A & <B> "C" 'D'` };
    const $ = cheerio.load(`<main>${recordMarkup(r)}</main>`);
    const meta = $('[data-pagefind-meta]')
      .map((_, e) => $(e).attr('data-pagefind-meta'))
      .get();
    expect(meta).toContain(`title:A & <B> "C" 'D'`);
    expect(meta).toContain('kind:組織');
    expect(meta.find((m) => m.startsWith('names:'))).toContain('jmam');
    const filters = $('[data-pagefind-filter]')
      .map((_, e) => $(e).attr('data-pagefind-filter'))
      .get();
    // JMAM published the 2020 release, so its topics are JMAM's too; JMAM has no profiled city.
    expect(filters).toEqual([
      '種別:組織',
      '組織:株式会社日本能率協会マネジメントセンター',
      ...['ワーケーション', '地方創生', '働き方改革', '人材育成', '復興・防災の学び'].map(
        (t) => `トピック:${t}`,
      ),
    ]);
    expect($('[data-pagefind-sort]').attr('data-pagefind-sort')).toBe('date:0:2020-05-21');
    // And Pagefind reads them back as such from a page.
    const doc = await indexed(withRecord(page('<h1>x</h1><p>本文</p>'), r), r.url);
    expect(doc.meta.title).toBe(`A & <B> "C" 'D'`);
    expect(doc.meta.kind).toBe('組織');
    expect(doc.filters['トピック']).toContain('地方創生');
  }, 30_000);

  it('writes an event’s own document with its lines as text, markup in them included', () => {
    const event = records.find((r) => r.kind === 'events')!;
    const body = ['<script>alert(1)</script>', `"引用" と 'アポストロフィ' & 記号`];
    const $ = cheerio.load(recordDocument({ ...event, body }, ''));
    expect($('main script')).toHaveLength(0);
    expect($('main p').map((_, p) => $(p).text()).get()).toEqual(body);
  });

  it('drops id attributes inside <main>: no anchors (sub-results) in the fragments', async () => {
    const r = record('/organizations/jmam/');
    const html = withRecord(
      page('<section id="related"><h2 id="h-1" class="x">関連</h2><p>本文 id="見出し" の例</p></section>'),
      r,
    );
    expect(html).toContain('<section><h2 class="x">関連</h2>');
    // Text that looks like an attribute is text, and stays.
    expect(html).toContain('本文 id="見出し" の例');
    const doc = await indexed(html, r.url);
    expect((doc as { anchors?: unknown[] }).anchors ?? []).toEqual([]);
  }, 30_000);

  it('indexes a definition list as 「項目：値。」 sentences, not one run of cells', async () => {
    const r = record('/cities/soma/');
    const doc = await indexed(
      withRecord(
        page(
          '<h1>相馬市</h1><dl><dt>よみ</dt><dd>そうまし（Soma）</dd><dt>位置</dt><dd>福島県の北部。</dd><dt>サイト</dt><dd><span class="meta">情報はありません。</span></dd></dl><table><tr><th>組織</th><th>種別</th></tr></table>',
        ),
        r,
      ),
      r.url,
    );
    const content = plain(doc.content);
    expect(content).toContain('よみ：そうまし（Soma）。位置：福島県の北部。サイト：情報はありません。');
    expect(content).not.toContain('。。');
    // Tables are left out.
    expect(content).not.toContain('組織種別');
  }, 30_000);

  it('refuses a page without <main> instead of indexing nothing', () => {
    expect(() => withRecord('<html><body><p>x</p></body></html>', record('/organizations/jmam/'))).toThrow(
      /has no <main>…<\/main>/,
    );
  });
});
