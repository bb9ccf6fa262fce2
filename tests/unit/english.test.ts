/**
 * The English edition's pure parts: English dates in Japan time, the gate that keeps a summary
 * behind its Japanese original, the page pairs behind hreflang and the language switcher, and
 * how organizations are named in English.
 */
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/corpus/validate.ts';
import { layoutChrome } from '../../src/lib/english/chrome.ts';
import {
  alternatesFor,
  englishEdition,
  organizationNameEn,
  pagePairs,
  prefectureEn,
  publicSummaries,
} from '../../src/lib/english/edition.ts';
import { formatDateEn, formatDateTimeEn } from '../../src/lib/english/format.ts';
import { publicCorpus } from '../../src/lib/public-corpus.ts';
import type { Entry } from '../../src/lib/relations.ts';
import type { EnglishName, EnglishSummary, Organization, Release } from '../../src/schemas/index.ts';
import { realContentDir } from '../helpers/corpus.ts';

describe('English dates', () => {
  it('writes an instant as its day in Japan, marked JST', () => {
    expect(formatDateEn(new Date('2026-06-16T00:00:00+09:00'))).toBe('16 June 2026 (JST)');
    // 20:00 UTC on the 15th is already the 16th in Japan.
    expect(formatDateEn(new Date('2026-06-15T20:00:00Z'))).toBe('16 June 2026 (JST)');
  });

  it('writes a day, a month or a year as written, inventing no time', () => {
    expect(formatDateEn('2026-06-16')).toBe('16 June 2026');
    expect(formatDateEn('2026-06')).toBe('June 2026');
    expect(formatDateEn('1991')).toBe('1991');
    expect(formatDateTimeEn('2026-06-24')).toBe('24 June 2026');
  });

  it('gives an event its time in Japan when it has one', () => {
    expect(formatDateTimeEn(new Date('2026-06-24T05:00:00Z'))).toBe('24 June 2026, 14:00 (JST)');
  });
});

const release = (id: string, published: string, extra: Partial<Release> = {}): Entry<Release> => ({
  id,
  data: { published: new Date(published), draft: false, ...extra } as Release,
});
const summary = (id: string, collection: 'releases' | 'agreements', of: string, draft = false) =>
  ({ id, data: { japanese: { collection, id: of }, title: id, lead: id, draft } }) as Entry<EnglishSummary>;
const emptyCorpus = { releases: [], agreements: [], cities: [], declarations: [], organizations: [], topics: [] };

describe('the English gate', () => {
  const now = new Date('2026-11-01T00:00:00+09:00');
  const releases = [
    release('2026/out', '2026-06-16T10:00:00+09:00'),
    release('2026/embargoed', '2026-10-01T10:00:00+09:00', { embargo: new Date('2026-12-15T05:00:00+09:00') }),
    release('2026/scheduled', '2026-12-01T10:00:00+09:00'),
    release('2026/draft', '2026-09-01T10:00:00+09:00', { draft: true }),
  ];
  // The Japanese gate decides first: the corpus below holds only what it lets out at `now`.
  const entries = releases.map((r) => ({ collection: 'releases' as const, id: r.id, file: r.id, data: r.data }));
  const corpus = publicCorpus(entries, now);

  it('lets a summary out only with its Japanese original, embargo included', () => {
    const summaries = releases.map((r) => summary(`en-${r.id}`, 'releases', r.id));
    expect(publicSummaries(summaries, corpus).map((s) => s.id)).toEqual(['en-2026/out']);
  });

  it('keeps a draft summary back even when its original is out', () => {
    expect(publicSummaries([summary('en', 'releases', '2026/out', true)], corpus)).toEqual([]);
  });

  it('lets nothing out for an entry the corpus does not have', () => {
    expect(publicSummaries([summary('en', 'agreements', 'unknown')], corpus)).toEqual([]);
  });
});

describe('page pairs and the language switcher', () => {
  const corpus = { ...emptyCorpus, cities: [{ id: 'soma', data: {} }] } as never;
  const edition = englishEdition(
    [summary('releases/2026/a', 'releases', '2026/a')],
    [],
    { ...emptyCorpus, releases: [release('2026/a', '2026-06-16T10:00:00+09:00')] },
  );
  const pairs = pagePairs(edition, corpus);

  it('pairs a summarised release, each city and the shared pages', () => {
    expect([...pairs]).toEqual(
      expect.arrayContaining([
        ['/', '/en/'],
        ['/releases/', '/en/releases/'],
        ['/declarations/', '/en/declarations/'],
        ['/search/', '/en/search/'],
        ['/cities/soma/', '/en/cities/soma/'],
        ['/releases/2026/a/', '/en/releases/2026/a/'],
      ]),
    );
  });

  it('leads both ways between paired pages', () => {
    expect(alternatesFor('/releases/2026/a/', pairs)).toEqual({
      lang: 'ja',
      counterpart: '/en/releases/2026/a/',
      switchTo: '/en/releases/2026/a/',
    });
    expect(alternatesFor('/en/releases/2026/a/', pairs)).toEqual({
      lang: 'en',
      counterpart: '/releases/2026/a/',
      switchTo: '/releases/2026/a/',
    });
  });

  it('sends a page without counterpart to the other edition’s home', () => {
    expect(alternatesFor('/organizations/jmam/', pairs)).toEqual({
      lang: 'ja',
      counterpart: undefined,
      switchTo: '/en/',
    });
    expect(alternatesFor('/en/releases/page/2/', pairs)).toEqual({
      lang: 'en',
      counterpart: undefined,
      switchTo: '/',
    });
  });
});

describe('English names', () => {
  const org = (id: string, data: Partial<Organization>): Entry<Organization> => ({
    id,
    data: { kind: 'company', ...data } as Organization,
  });
  const names: Entry<EnglishName>[] = [
    { id: 'organizations/jmam', data: { id: { collection: 'organizations', id: 'jmam' }, official: { name: 'JMAM' } } as EnglishName },
    {
      id: 'organizations/wlb',
      data: { id: { collection: 'organizations', id: 'wlb' }, romanized: 'Kabushiki-gaisha Wāku Raifu Baransu' } as EnglishName,
    },
  ];
  const edition = englishEdition([], names, emptyCorpus);
  const cities = new Map([['kamaishi', { id: 'kamaishi', data: { nameEn: 'Kamaishi' } } as never]]);

  it('uses an official English name only where one is recorded with its source', () => {
    expect(organizationNameEn(org('jmam', { name: '株式会社日本能率協会マネジメントセンター' }), edition, cities)).toEqual({
      text: 'JMAM',
      lang: 'en',
    });
  });

  it('names a municipal government after its city’s English name', () => {
    const city = org('kamaishi-city', { name: '釜石市', kind: 'municipality', city: { collection: 'cities', id: 'kamaishi' } });
    expect(organizationNameEn(city, edition, cities)).toEqual({ text: 'Kamaishi City', lang: 'en' });
  });

  it('otherwise keeps the Japanese name, with the site’s romanisation marked as such', () => {
    expect(organizationNameEn(org('wlb', { name: '株式会社ワーク・ライフバランス' }), edition, cities)).toEqual({
      text: '株式会社ワーク・ライフバランス',
      lang: 'ja',
      gloss: { text: 'Kabushiki-gaisha Wāku Raifu Baransu', kind: 'romanized' },
    });
    expect(organizationNameEn(org('other', { name: '株式会社アイシン' }), edition, cities)).toEqual({
      text: '株式会社アイシン',
      lang: 'ja',
      gloss: undefined,
    });
  });

  it('names prefectures as a reader abroad knows them', () => {
    expect(prefectureEn('岩手県')).toBe('Iwate Prefecture');
    expect(prefectureEn('東京都')).toBe('Tokyo');
    expect(prefectureEn('北海道')).toBe('Hokkaido');
  });
});

describe('the real English edition', () => {
  const { entries, problems } = checkCorpus(realContentDir);
  const summaries = entries.filter((e) => e.collection === 'englishSummaries');

  it('passes the corpus check and summarises both releases and the agreement', () => {
    expect(problems).toEqual([]);
    expect(summaries.map((s) => s.data.japanese).toSorted((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([
      { collection: 'agreements', id: 'kamaishi-jmam-workation' },
      { collection: 'releases', id: '2020/kamaishi-jmam-workation-agreement' },
      { collection: 'releases', id: '2026/soma-three-declarations' },
    ]);
  });
});

describe('the layout around each edition', () => {
  const pairs = new Map([['/releases/2026/a/', '/en/releases/2026/a/']]);

  it('gives English pages English navigation, and the Japanese press and accessibility pages marked ja', () => {
    const c = layoutChrome(alternatesFor('/en/releases/2026/a/', pairs), '/en/releases/2026/a/');
    expect(c.lang).toBe('en');
    expect(c.homeUrl).toBe('/en/');
    for (const link of c.nav) expect(link.href).toMatch(/^\/en\//);
    expect(c.footerNav).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ href: '/press/', hreflang: 'ja' }),
        expect.objectContaining({ href: '/accessibility/', hreflang: 'ja' }),
      ]),
    );
    expect(c.hreflang).toEqual({ ja: '/releases/2026/a/', en: '/en/releases/2026/a/' });
    expect(c.switcher).toMatchObject({ href: '/releases/2026/a/', lang: 'ja' });
  });

  it('leaves the Japanese navigation as it was, adding only the switch to English', () => {
    const c = layoutChrome(alternatesFor('/organizations/jmam/', pairs), '/organizations/jmam/');
    expect(c.lang).toBe('ja');
    expect(c.nav.map((l) => l.href)).toEqual([
      '/releases/',
      '/cities/',
      '/employers/',
      '/events/',
      '/declarations/',
      '/organizations/',
      '/search/',
    ]);
    expect(c.hreflang).toBeUndefined();
    expect(c.switcher).toMatchObject({ href: '/en/', lang: 'en' });
  });
});
