import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/corpus/validate.ts';
import { publicCorpus } from '../../src/lib/public-corpus.ts';
import { buildRelations } from '../../src/lib/relations.ts';
import {
  mainContentHtml,
  nameVariants,
  queryWords,
  recordHtml,
  searchRecords,
  termsField,
} from '../../src/lib/search-records.ts';
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
  it('has one record per public entry page of the five kinds, and none for topics', () => {
    const want = [
      ...corpus.releases.map((e) => `/releases/${e.id}/`),
      ...corpus.agreements.map((e) => `/agreements/${e.id}/`),
      ...corpus.cities.map((e) => `/cities/${e.id}/`),
      ...corpus.declarations.map((e) => `/declarations/${e.id}/`),
      ...corpus.organizations.map((e) => `/organizations/${e.id}/`),
    ];
    expect(records.map((r) => r.url).sort()).toEqual(want.sort());
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
    expect(r.sortDate).toBe('2026-06-16');
    expect(r.terms).toEqual(expect.arrayContaining(['阿部勝弘', '小室淑恵', '男性育休100%宣言', 'そうまし']));
  });

  it('gives a city its names, reading, English name and code, and sorts it by its latest release', () => {
    const c = record('/cities/kamaishi/');
    expect(c.names).toEqual(
      expect.arrayContaining(['釜石市', '釜石', 'かまいしし', 'かまいし', 'Kamaishi', '032115']),
    );
    expect(c.date).toBeUndefined();
    expect(c.sortDate).toBe('2020-05-21');
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
    expect(record('/organizations/aisin/').sortDate).toBe('0000-00-00');
  });

  it('leaves out releases that are not public yet', () => {
    const early = publicCorpus(checkCorpus(realContentDir).entries, new Date('2026-06-15T23:59:59+09:00'));
    const rs = searchRecords(early, buildRelations(early));
    expect(rs.map((r) => r.url)).not.toContain('/releases/2026/soma-three-declarations/');
    expect(rs.find((r) => r.url === '/cities/soma/')?.filters.topic).toEqual([]);
  });
});

describe('the indexed document', () => {
  it('takes the page content from <main>, without navigation and the <h1>', () => {
    const html = mainContentHtml(
      '<html><body><nav>サイト</nav><main><nav class="breadcrumbs">ホーム</nav><h1>題</h1><p>本文</p><div data-pagefind-ignore>除外</div></main></body></html>',
    );
    expect(html).toBe('<p>本文</p>');
  });

  it('drops id attributes: no anchors (sub-results) in the fragments the search page loads', () => {
    const html = mainContentHtml(
      '<html><body><main><section id="related"><h2 id="h-1">関連</h2><p>本文</p></section></main></body></html>',
    );
    expect(html).toBe('<section><h2>関連</h2><p>本文</p></section>');
  });

  it('carries title, metadata, filters and sort key, escaped', () => {
    const r = { ...record('/organizations/jmam/'), title: 'A & <B> "C"' };
    const $ = cheerio.load(recordHtml(r, '<p>本文</p>'));
    expect($('main[data-pagefind-body] h1').text()).toBe('A & <B> "C"');
    const meta = $('[data-pagefind-meta]')
      .map((_, e) => $(e).attr('data-pagefind-meta'))
      .get();
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
    expect($('[data-pagefind-sort]').attr('data-pagefind-sort')).toBe('date:2020-05-21');
  });
});
