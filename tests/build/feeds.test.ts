/** Every RSS feed of the built site, read with a real feed parser and checked against the content. */
import { parseFeed } from '@rowanmanning/feed-parser';
import * as cheerio from 'cheerio';
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { expected, publishedMs } from '../helpers/expected.ts';
import { TEST_BUILD_TIME } from './global-setup.ts';

const dist = inject('distDir');
const site = 'https://pressroom.example.jp';
const x = expected(new Date(TEST_BUILD_TIME));
const releaseUrl = (id: string) => `${site}/releases/${id}/`;

/** Each feed and the releases it must carry, newest first, derived from the release fields. */
const scopes: { file: string; page: string; releases: string[] }[] = [
  { file: 'feeds/releases.xml', page: '/releases/', releases: x.releases.map((r) => r.id) },
  ...(
    [
      ['cities', 'cities'],
      ['organizations', 'publishers'],
      ['topics', 'topics'],
      ['declarations', 'declarations'],
    ] as const
  ).flatMap(([kind, field]) =>
    x.of(kind).map((e) => ({
      file: `feeds/${kind}/${e.id}.xml`,
      page: `/${kind}/${e.id}/`,
      releases: x.releases.filter((r) => x.refs(r, field).includes(e.id)).map((r) => r.id),
    })),
  ),
];

describe('RSS feeds', () => {
  it('exist for all releases and for every city, organization, topic and declaration, and nothing else', () => {
    const files = globSync('feeds/**/*.xml', { cwd: dist }).map((f) => f.split(path.sep).join('/'));
    expect(files.sort()).toEqual(scopes.map((s) => s.file).sort());
    // The real content gives some scopes releases and leaves others empty: both kinds are tested.
    expect(scopes.filter((s) => s.releases.length > 0).length).toBeGreaterThan(5);
    expect(scopes.filter((s) => s.releases.length === 0).length).toBeGreaterThan(5);
  });

  for (const scope of scopes)
    it(`${scope.file} parses and carries exactly the public releases of its scope`, () => {
      const xml = readFileSync(path.join(dist, scope.file), 'utf8');
      const feed = parseFeed(xml);
      expect(feed.meta.type).toBe('rss');
      expect(feed.language).toBe('ja');
      expect(feed.self).toBe(`${site}/${scope.file}`);
      expect(feed.url).toBe(`${site}${scope.page}`);
      expect(feed.title).toMatch(/\S/);
      // A browser shows the feed through the site's XSLT; feed readers ignore the instruction.
      expect(xml).toMatch(/^<\?xml[^>]*\?><\?xml-stylesheet href="\/feeds\/feed\.xsl" type="text\/xsl"\?>/);
      expect(feed.items.map((i) => i.url)).toEqual(scope.releases.map(releaseUrl));
      for (const item of feed.items) {
        const release = x.releases.find((r) => releaseUrl(r.id) === item.url);
        expect(item.title).toBe(release?.data.title);
        expect(item.id).toBe(item.url); // guid = canonical URL
        expect(item.published?.getTime()).toBe(publishedMs(release?.data.published));
      }
      // The raw XML: <guid isPermaLink="true"> and the atom namespace for atom:link.
      const $ = cheerio.load(xml, { xml: true });
      expect($('rss').attr('xmlns:atom')).toBe('http://www.w3.org/2005/Atom');
      $('item guid').each((_, g) => expect($(g).attr('isPermaLink')).toBe('true'));
    });

  it('have titles that say their scope, and no two feeds share a title', () => {
    const titles = scopes.map((s) => parseFeed(readFileSync(path.join(dist, s.file), 'utf8')).title);
    expect(new Set(titles).size).toBe(titles.length);
    const title = (file: string) => parseFeed(readFileSync(path.join(dist, file), 'utf8')).title;
    // 相馬市 is both a city and an organization (the city government): two scopes, two names.
    expect(title('feeds/cities/soma.xml')).toBe('相馬市に関する報道発表｜地域プレスルーム');
    expect(title('feeds/organizations/soma-city.xml')).toBe('相馬市が発表した報道発表｜地域プレスルーム');
    expect(title('feeds/releases.xml')).toBe('すべての報道発表｜地域プレスルーム');
  });

  it('no page lists the same feed twice, or two feeds under one name', () => {
    for (const file of globSync('**/index.html', { cwd: dist })) {
      const $ = cheerio.load(readFileSync(path.join(dist, file), 'utf8'));
      const alternates = $('link[rel="alternate"][type="application/rss+xml"]');
      const hrefs = alternates.map((_, l) => $(l).attr('href')).get();
      const titles = alternates.map((_, l) => $(l).attr('title')).get();
      expect(new Set(hrefs).size, file).toBe(hrefs.length);
      expect(new Set(titles).size, file).toBe(titles.length);
      // The whole page, footer included: a feed is offered in one place.
      const links = $('a[href^="/feeds/"]');
      const linkHrefs = links.map((_, a) => $(a).attr('href')).get();
      const linkTexts = links.map((_, a) => $(a).text()).get();
      expect(new Set(linkHrefs).size, file).toBe(linkHrefs.length);
      expect(new Set(linkTexts).size, file).toBe(linkTexts.length);
    }
    // The Kamaishi release names the city and the city government: two feeds, two names.
    const $ = cheerio.load(
      readFileSync(path.join(dist, 'releases/2020/kamaishi-jmam-workation-agreement/index.html'), 'utf8'),
    );
    expect(
      $('main .feeds a')
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual([
      '釜石市に関する報道発表（RSS）',
      '釜石市が発表した報道発表（RSS）',
      '株式会社日本能率協会マネジメントセンターが発表した報道発表（RSS）',
    ]);
  });

  it('are linked right under the heading of each city, organization, topic and declaration page', () => {
    for (const s of scopes.filter((s) => s.file !== 'feeds/releases.xml')) {
      const $ = cheerio.load(readFileSync(path.join(dist, s.page.slice(1), 'index.html'), 'utf8'));
      const top = $('main h1').nextAll('.feeds-top').first();
      expect(top.find(`a[href="/${s.file}"]`).length, s.page).toBe(1);
      // Nothing but the heading's own lines (a tagline) comes between the h1 and the links.
      expect($('main h1').nextUntil('.feeds-top').filter('section, h2, nav').length, s.page).toBe(0);
    }
  });

  it('gives each item the full text of the release: for a digest, whose release it is, then the lead', () => {
    const feed = parseFeed(readFileSync(path.join(dist, 'feeds/cities/soma.xml'), 'utf8'));
    const item = feed.items[0];
    const soma = x.releases.find((r) => r.id === '2026/soma-three-declarations');
    expect(item?.description).toBe(soma?.data.lead);
    // A heading and a sentence from the end of the MDX body: the whole body is there, as HTML.
    expect(item?.content).toMatch(/<h2[^>]*>阿部勝弘市長のコメント（要旨）<\/h2>/);
    expect(item?.content).toContain('自身も残業をせずに二人の子を育てている');
    expect(
      item?.content?.startsWith(
        '<p>この記事は、株式会社ワーク・ライフバランスの報道発表を地域プレスルームが要約したものです。',
      ),
    ).toBe(true);
    expect(item?.content).toContain(`<p>${soma?.data.lead}</p>`);
    // A digest is the press room's text: its creator is the press room, not the company.
    expect(item?.authors.map((a) => a.name)).toEqual(['地域プレスルーム']);
    expect(item?.categories.map((c) => c.term)).toContain('男性育休');
  });

  it('dates a day-precision release at 00:00 of that day in Japan, keeping +0900 (not 15:00 GMT the day before)', () => {
    const xml = readFileSync(path.join(dist, 'feeds/cities/soma.xml'), 'utf8');
    expect(xml).toContain('<pubDate>Tue, 16 Jun 2026 00:00:00 +0900</pubDate>');
    expect(xml).not.toContain('GMT</pubDate>');
    expect(parseFeed(xml).items[0]?.published?.toISOString()).toBe('2026-06-15T15:00:00.000Z');
  });

  it('are announced with <link rel="alternate"> on the releases index and the press page', () => {
    for (const page of ['releases/index.html', 'press/index.html']) {
      const $ = cheerio.load(readFileSync(path.join(dist, page), 'utf8'));
      const link = $('link[rel="alternate"][type="application/rss+xml"]');
      expect(link.attr('href'), page).toBe('/feeds/releases.xml');
      expect(link.attr('title'), page).toMatch(/\S/);
    }
  });

  it('are all findable: the press page lists the bounded ones, each city and organization page its own', () => {
    const hrefsIn = (file: string) => {
      const $ = cheerio.load(readFileSync(path.join(dist, file), 'utf8'));
      return new Set(
        $('main a')
          .map((_, a) => $(a).attr('href'))
          .get(),
      );
    };
    const press = hrefsIn('press/index.html');
    // Topics (a controlled vocabulary) and declarations are few: every feed is on the press page.
    for (const s of scopes)
      if (!/^feeds\/(cities|organizations)\//.test(s.file)) expect(press, s.file).toContain(`/${s.file}`);
    expect(press).toContain('/events.ics');
    for (const name of ['releases', 'cities', 'organizations', 'declarations'])
      expect(press).toContain(`/data/${name}.json`);
    for (const d of x.of('declarations'))
      expect(press).toContain(`/data/declarations/${d.id}-signatories.csv`);
    // Cities and organizations grow with the archive, so the press page would too: it links their
    // indexes and shows one example address; each one's page links its feed (and calendar).
    expect(press).toContain('/cities/');
    expect(press).toContain('/organizations/');
    const onPressPage = [...press].filter((h) =>
      /^\/(feeds\/(cities|organizations)|calendar)\//.test(h ?? ''),
    );
    expect(onPressPage.length).toBeLessThanOrEqual(3);
    for (const c of x.of('cities')) {
      const page = hrefsIn(`cities/${c.id}/index.html`);
      expect(page, c.id).toContain(`/feeds/cities/${c.id}.xml`);
      // A calendar only where there are events (tests/build/calendar.test.ts has the rest).
      const hasEvents = x.releases.some(
        (r) => x.refs(r, 'cities').includes(c.id) && (r.data.events as unknown[]).length > 0,
      );
      expect(page.has(`/calendar/cities/${c.id}.ics`), c.id).toBe(hasEvents);
    }
    for (const o of x.of('organizations'))
      expect(hrefsIn(`organizations/${o.id}/index.html`), o.id).toContain(`/feeds/organizations/${o.id}.xml`);
    for (const href of press)
      if (href?.startsWith('/')) expect(existsSync(path.join(dist, href)), href).toBe(true);
  });
});
