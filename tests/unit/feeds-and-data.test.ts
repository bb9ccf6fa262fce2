import * as cheerio from 'cheerio';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  absolutizeUrls,
  allReleasesFeed,
  channelCustomData,
  FEED_ITEM_LIMIT,
  scopedFeeds,
} from '../../src/lib/feeds.ts';
import { signatoriesCsv } from '../../src/lib/open-data.ts';
import { buildRelations, type Corpus } from '../../src/lib/relations.ts';

const site = new URL('https://pressroom.example.jp/');

describe('feeds', () => {
  it('declare their language and their own URL (atom:link rel="self"), escaped', () => {
    expect(channelCustomData('https://pressroom.example.jp/feeds/a.xml?x=1&y=2')).toBe(
      '<language>ja</language><atom:link href="https://pressroom.example.jp/feeds/a.xml?x=1&amp;y=2" rel="self" type="application/rss+xml"/>',
    );
  });

  it('make site-relative links and images absolute, and leave others alone', () => {
    expect(
      absolutizeUrls(
        '<p><a href="/cities/soma/">相馬市</a> <a href="https://example.org/">外部</a> <a href="#x">節</a><img src="/i.png" alt="図"></p>',
        site,
      ),
    ).toBe(
      '<p><a href="https://pressroom.example.jp/cities/soma/">相馬市</a> <a href="https://example.org/">外部</a> <a href="#x">節</a><img src="https://pressroom.example.jp/i.png" alt="図"></p>',
    );
  });
});

describe('absolutizeUrls, against the cheerio pass it replaced', () => {
  // The previous implementation, kept here as the reference: feeds must not change by a byte.
  const viaCheerio = (html: string) => {
    const $ = cheerio.load(html, null, false);
    for (const [selector, attr] of [
      ['a[href^="/"]', 'href'],
      ['img[src^="/"]', 'src'],
    ] as const)
      $(selector).each((_, el) => {
        const value = $(el).attr(attr);
        if (value && !value.startsWith('//')) $(el).attr(attr, new URL(value, site).href);
      });
    return $.html();
  };
  const bodies = {
    'protocol-relative and other schemes': '<p><a href="//cdn.example/x">a</a><a href="mailto:x@example.jp">m</a><a href="/">home</a></p>',
    'entities, quotes and void elements': '<p title="&quot;引用&quot; &amp; more">A&amp;B &lt;tag&gt; &nbsp;x<br/>y<img src="/a b.png" alt=\'"q"\'></p>',
    'query, fragment and non-ASCII paths': '<a href="/search/?q=相馬&amp;p=2#r">検索</a><a href="/releases/2026/soma/#events">催し</a>',
    'links inside SVG, and xlink:href': '<svg><a href="/cities/soma/"><text>x</text></a><use xlink:href="/s.svg#i"></use></svg>',
    'tables, lists and a template': '<table><tr><td><a href="/x/">x</a></td></tr></table><ul><li><a href="/y/">y</a></li></ul><template><a href="/t/">t</a></template>',
    'upper-case tags and attributes': '<A HREF="/Upper/">u</A><IMG SRC="/I.PNG">',
    'unclosed and stray markup': '<p><a href="/p/">p<p>next</b>',
  };
  for (const [name, html] of Object.entries(bodies))
    it(`gives the same HTML: ${name}`, () => {
      expect(absolutizeUrls(html, site)).toBe(viaCheerio(html));
    });
});

describe('feed length', () => {
  it('carries the newest FEED_ITEM_LIMIT releases of a scope, newest first', () => {
    const release = (i: number) => ({
      id: `2026/r${i}`,
      data: {
        published: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000),
        cities: [{ collection: 'cities', id: 'soma' }],
        publishers: [],
        agreements: [],
        declarations: [],
        topics: [],
        events: [],
      },
    });
    const corpus = {
      releases: Array.from({ length: FEED_ITEM_LIMIT + 10 }, (_, i) => release(i)),
      agreements: [],
      cities: [{ id: 'soma', data: { name: '相馬市' } }],
      declarations: [],
      organizations: [],
      topics: [],
    } as unknown as Corpus;
    const newest = Array.from({ length: FEED_ITEM_LIMIT }, (_, i) => `2026/r${FEED_ITEM_LIMIT + 9 - i}`);
    expect(allReleasesFeed(corpus).releases.map((r) => r.id)).toEqual(newest);
    const city = scopedFeeds(corpus, buildRelations(corpus)).find((f) => f.path === '/feeds/cities/soma.xml');
    expect(city?.releases.map((r) => r.id)).toEqual(newest);
  });
});

describe('signatories CSV', () => {
  const org = (id: string, name: string) => ({
    id,
    data: { name, kind: 'company', summary: 's', sources: [] },
  });
  const corpus = {
    releases: [],
    agreements: [],
    cities: [],
    topics: [],
    organizations: [
      org('a', '=HYPERLINK("https://evil.example")'),
      org('b', '株式会社"引用"と,カンマ'),
      org('s', '主催'),
    ],
    declarations: [
      {
        id: 'd',
        data: {
          name: '宣言',
          sponsor: { collection: 'organizations', id: 's' },
          purpose: 'p',
          reportedCounts: [],
          signatories: [
            {
              organization: { collection: 'organizations', id: 'a' },
              note: '+1 番目',
              source: { url: 'https://example.org/' },
            },
            {
              organization: { collection: 'organizations', id: 'b' },
              note: '@mention\tと-2',
              municipalOrdinal: 6,
              source: { url: 'https://example.org/' },
            },
          ],
        },
      },
    ],
  } as unknown as Corpus;
  const csv = signatoriesCsv('d', buildRelations(corpus), site);

  it('starts with a UTF-8 byte order mark and ends lines with CRLF, for Excel', () => {
    expect(csv.startsWith('\ufeff組織ID,組織名,')).toBe(true);
    expect(csv.split('\r\n').length).toBe(4); // header, two rows, final line end
  });

  it('quotes with the CSV library and defuses cells a spreadsheet would run as formulas', () => {
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['組織名'])).toEqual([
      '\'=HYPERLINK("https://evil.example")',
      '株式会社"引用"と,カンマ',
    ]);
    expect(rows.map((r) => r['備考'])).toEqual(["'+1 番目", "'@mention\tと-2"]);
    // No registry position unless the source gives one: only a stated municipal ordinal.
    expect(rows.map((r) => r['自治体での順番'])).toEqual(['', '6']);
  });
});
