/** The sitemap, robots.txt and the search index that `astro build` writes by itself. */
import * as cheerio from 'cheerio';
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { outputFiles, pagefindFiles } from '../helpers/dist.ts';
import { expected } from '../helpers/expected.ts';
import { TEST_BUILD_TIME } from './global-setup.ts';
import { joinSegments } from '../../src/lib/search-segment.ts';

const dist = inject('distDir');
const site = 'https://pressroom.example.jp';
const x = expected(new Date(TEST_BUILD_TIME));

describe('sitemap and robots.txt', () => {
  // robots.txt of this build (the example domain) and of a real deployment: tests/build/deployment.test.ts.
  it('writes the sitemap index robots.txt of a real deployment points at', () => {
    expect(existsSync(path.join(dist, 'sitemap-index.xml'))).toBe(true);
  });

  it('lists every HTML page but the 404 page, and nothing else', () => {
    const index = cheerio.load(readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8'), { xml: true });
    const sitemaps = index('sitemap > loc')
      .map((_, l) => index(l).text())
      .get();
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = sitemaps.flatMap((s) => {
      const $ = cheerio.load(readFileSync(path.join(dist, new URL(s).pathname), 'utf8'), { xml: true });
      return $('url > loc')
        .map((_, l) => $(l).text())
        .get();
    });
    const pages = globSync('**/index.html', { cwd: dist }).map(
      (f) => `${site}/${path.dirname(f) === '.' ? '' : `${path.dirname(f).split(path.sep).join('/')}/`}`,
    );
    expect(urls.sort()).toEqual(pages.sort());
    for (const r of x.releases) expect(urls).toContain(`${site}/releases/${r.id}/`);
  });
});

describe('search index', () => {
  // Japanese pages are pre-segmented and indexed under `jpn`, so Pagefind does not run its own
  // analyser (src/lib/search-segment.ts); pagefind.js on a lang="ja" page falls back to it.
  it('is written into dist/pagefind by astro build, one Japanese index (jpn) over the entry pages and events', () => {
    for (const f of [
      'pagefind.js',
      'pagefind-component-ui.js',
      'pagefind-component-ui.css',
      'pagefind-entry.json',
    ])
      expect(existsSync(path.join(dist, 'pagefind', f)), f).toBe(true);
    const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['jpn']);
    const entryPages =
      x.releases.length +
      (['agreements', 'cities', 'declarations', 'organizations'] as const).reduce(
        (n, c) => n + x.of(c).length,
        0,
      );
    // Each event of a public release is a result of its own (it has no page of its own).
    const events = x.releases.reduce((n, r) => n + (r.data.events as unknown[]).length, 0);
    expect(events).toBeGreaterThan(0);
    expect(entry.languages.jpn?.page_count).toBe(entryPages + events);
  });
});

describe('what the search index holds of a page', () => {
  const fragments = pagefindFiles(outputFiles(dist)).filter((f) => f.rel.includes('/fragment/'));
  const fragmentOf = (url: string) => {
    const f = fragments
      .map((x) => JSON.parse(x.text.slice(x.text.indexOf('{'))) as { url: string; content: string })
      .find((x) => x.url === url);
    if (!f) throw new Error(`no fragment for ${url}`);
    // The index holds the text cut into words; join them as the search page does.
    return joinSegments(f.content);
  };

  it('is the page’s own text, not the lists of other releases it links to', () => {
    const release = x.releases.find((r) => r.id === '2026/soma-three-declarations');
    expect(release, 'the Sōma release is public at the test build time').toBeDefined();
    // The city page lists the release; the release's own page is where its title is indexed.
    // (Up to the ideographic space, which Pagefind's text keeps as a plain one.)
    const title = String(release!.data.title).split('　')[0]!;
    expect(fragmentOf('/releases/2026/soma-three-declarations/')).toContain(title);
    expect(readFileSync(path.join(dist, 'cities/soma/index.html'), 'utf8')).toContain(title);
    expect(fragmentOf('/cities/soma/')).not.toContain(title);
    expect(fragmentOf('/cities/soma/')).toContain('相馬市');
    // Feed links are navigation too.
    expect(fragmentOf('/cities/soma/')).not.toContain('（RSS）');
  });

  it('holds no filler: empty states and the headings of lists kept out are not indexed', () => {
    // An organization with no release, agreement or employer data: its page says so, its
    // indexed text does not (報道発表 and 育休 found these pages by their filler alone).
    const html = readFileSync(path.join(dist, 'organizations/nakano-city/index.html'), 'utf8');
    for (const filler of ['まだありません', '発表した報道発表', '育休取得率などの職場のデータ'])
      expect(html, filler).toContain(filler);
    const text = fragmentOf('/organizations/nakano-city/');
    expect(text).toContain('女性の再就職応援宣言');
    for (const filler of ['まだありません', '報道発表', '育休', 'ウェブサイトの情報はありません'])
      expect(text, filler).not.toContain(filler);
  });

  it('holds definition lists as sentences and leaves out tables, which Pagefind would run together', () => {
    expect(readFileSync(path.join(dist, 'cities/soma/index.html'), 'utf8')).toContain('全国地方公共団体コード');
    const city = fragmentOf('/cities/soma/');
    expect(city).toContain('全国地方公共団体コード：072095。');
    expect(city).toContain('都道府県：福島県。');
    expect(city).not.toMatch(/よみそうまし|都道府県福島県|コード072095/);
    expect(city).toContain('人口減少');
    const declaration = readFileSync(path.join(dist, 'declarations/paternity-leave-100/index.html'), 'utf8');
    expect(declaration).toContain('<table');
    expect(fragmentOf('/declarations/paternity-leave-100/')).not.toContain('表明日');
  });

  it('indexes each event under its anchor on the release page, with its Japanese date', () => {
    const event = fragmentOf('/releases/2026/soma-three-declarations/#event-2');
    expect(event).toContain('キックオフ講演会');
    expect(event).toContain('2026年6月24日');
  });
});
