/** The real site, built once by global-setup.ts: a page for every entry, and nothing broken. */
import * as cheerio from 'cheerio';
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { collectionNames } from '../../src/schemas/primitives.ts';
import { checkCorpus } from '../../src/lib/corpus/validate.ts';
import { isPublic, type Publishable } from '../../src/lib/publishing.ts';
import { realContentDir } from '../helpers/corpus.ts';
import { TEST_BUILD_TIME } from './global-setup.ts';

const dist = inject('distDir');

const page = (urlPath: string) => path.join(dist, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
const load = (file: string) => cheerio.load(readFileSync(file, 'utf8'));

// The English edition's collections have their own pages under /en/ (tests/build/english.test.ts).
const japaneseCollections = collectionNames.filter((c) => !c.startsWith('english'));
const entries = checkCorpus(realContentDir).entries.filter((e) => !e.collection.startsWith('english'));
const now = new Date(TEST_BUILD_TIME);
/** Pages of the Japanese edition: everything but /en/. */
const isJapanesePage = (f: string) => !f.startsWith('en/');
const expected = entries.filter(
  (e) => e.collection !== 'releases' || isPublic(e.data as unknown as Publishable, now),
);

describe('built site', () => {
  let htmlFiles: string[] = [];
  beforeAll(() => {
    htmlFiles = globSync('**/*.html', { cwd: dist });
  });

  it('has a page for every entry, titled with its name', () => {
    expect(expected.length).toBe(entries.length); // all real releases are public at the test instant
    for (const e of expected) {
      const file = page(`/${e.collection}/${e.id}/`);
      expect(existsSync(file), file).toBe(true);
      const name = String(e.data.title ?? e.data.name);
      expect(load(file)('h1').text().trim(), file).toBe(name);
    }
  });

  it('has an index for every collection listing all its entries', () => {
    for (const c of japaneseCollections) {
      const $ = load(page(`/${c}/`));
      const hrefs = new Set(
        $('main a')
          .map((_, a) => $(a).attr('href'))
          .get(),
      );
      for (const e of expected.filter((x) => x.collection === c))
        expect(hrefs, `${c}/${e.id}`).toContain(`/${c}/${e.id}/`);
    }
    expect(existsSync(page('/'))).toBe(true);
    expect(existsSync(path.join(dist, '404.html'))).toBe(true);
  });

  it('gives every page its language (ja, en under /en/), one h1, a title and a canonical URL', () => {
    expect(htmlFiles.length).toBeGreaterThan(expected.length);
    const titles = new Map<string, string>();
    for (const f of htmlFiles) {
      const $ = load(path.join(dist, f));
      expect($('html').attr('lang'), f).toBe(isJapanesePage(f) ? 'ja' : 'en');
      expect($('h1').length, f).toBe(1);
      const title = $('title').text();
      expect(title, f).not.toBe('');
      if (f !== '404.html') expect($('link[rel=canonical]').attr('href'), f).toMatch(/^https:\/\//);
      expect(titles.get(title), `${f} repeats the title of ${titles.get(title)}`).toBeUndefined();
      titles.set(title, f);
    }
  });

  it('has no internal link to a page that does not exist', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const f of htmlFiles) {
      const $ = load(path.join(dist, f));
      $('a[href^="/"], link[href^="/"]').each((_, a) => {
        const href = ($(a).attr('href') ?? '').split(/[?#]/)[0] ?? '';
        checked++;
        const target = path.join(dist, decodeURIComponent(href), href.endsWith('/') ? 'index.html' : '');
        if (!existsSync(target)) broken.push(`${f} → ${href}`);
      });
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(htmlFiles.length * 10);
  });

  it('publishes organisational press contacts and never a mobile number', () => {
    for (const f of htmlFiles)
      expect(readFileSync(path.join(dist, f), 'utf8'), f).not.toMatch(/0[789]0-\d{4}-\d{4}/);
    const $ = load(page('/releases/2026/soma-three-declarations/'));
    expect($('#contacts').parent().text()).toContain('03-5730-3081');
  });
});

describe('every page', () => {
  const htmlFiles = globSync('**/*.html', { cwd: dist });
  const pages = htmlFiles.map((f) => ({ f, $: load(path.join(dist, f)) }));

  it('runs no JavaScript: the only scripts are JSON-LD data (the search page is the exception)', () => {
    for (const { f, $ } of pages) {
      if (f.startsWith('search/') || f.startsWith('en/search/')) continue;
      const scripts = $('script')
        .map((_, el) => $(el).attr('type') ?? '(no type)')
        .get();
      expect(
        scripts.filter((t) => t !== 'application/ld+json'),
        f,
      ).toEqual([]);
      expect($('[onclick], [onload], [onerror], a[href^="javascript:"]').length, f).toBe(0);
    }
  });

  it('loads nothing from another origin: styles, icons and images are the site’s own', () => {
    for (const { f, $ } of pages) {
      const resources = $(
        'link[rel=stylesheet], link[rel=icon], link[rel=preload], img, script[src], iframe, source, video, audio',
      )
        .map((_, el) => $(el).attr('href') ?? $(el).attr('src') ?? '')
        .get();
      expect(
        resources.filter((r) => !r.startsWith('/')),
        f,
      ).toEqual([]);
    }
    for (const css of globSync('**/*.css', { cwd: dist })) {
      const text = readFileSync(path.join(dist, css), 'utf8');
      expect(text, css).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
      expect(text, css).not.toMatch(/@import/);
      expect(text, css).not.toMatch(/@font-face/);
    }
  });

  it('has a skip link to main, header, navigation, main and footer landmarks, and footer links to press and accessibility', () => {
    for (const { f, $ } of pages) {
      const skip = $('body > a').first();
      expect(skip.attr('href'), f).toBe('#main');
      expect($('main#main').length, f).toBe(1);
      expect($('body > header').length, f).toBe(1);
      expect($('body > footer').length, f).toBe(1);
      expect($('header nav[aria-label]').length, f).toBe(1);
      const footerLinks = $('footer a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(footerLinks, f).toEqual(expect.arrayContaining(['/press/', '/accessibility/']));
    }
  });

  it('has a unique description and Open Graph tags that match the page', () => {
    const descriptions = new Map<string, string>();
    for (const { f, $ } of pages) {
      const japanese = isJapanesePage(f);
      const description = $('meta[name=description]').attr('content') ?? '';
      expect(description, f).not.toBe('');
      expect([...description].length, f).toBeLessThanOrEqual(120);
      expect(
        descriptions.get(description),
        `${f} repeats the description of ${descriptions.get(description)}`,
      ).toBeUndefined();
      descriptions.set(description, f);
      expect($('meta[property="og:title"]').attr('content'), f).toBeTruthy();
      expect($('meta[property="og:description"]').attr('content'), f).toBe(description);
      expect($('meta[property="og:site_name"]').attr('content'), f).toBe(
        japanese ? '地域プレスルーム' : 'Regional Press Room',
      );
      expect($('meta[property="og:locale"]').attr('content'), f).toBe(japanese ? 'ja_JP' : 'en_GB');
      if (f !== '404.html')
        expect($('meta[property="og:url"]').attr('content'), f).toBe($('link[rel=canonical]').attr('href'));
    }
  });

  it('has breadcrumbs on every page below the home page, ending at the page itself', () => {
    for (const { f, $ } of pages) {
      if (['index.html', 'en/index.html', '404.html'].includes(f) || f.startsWith('search/') || f.startsWith('press/'))
        continue;
      const crumbs = $('nav.breadcrumbs li');
      expect(crumbs.length, f).toBeGreaterThanOrEqual(2);
      expect(crumbs.first().find('a').attr('href'), f).toBe(isJapanesePage(f) ? '/' : '/en/');
      expect(crumbs.last().attr('aria-current'), f).toBe('page');
      expect(crumbs.last().text(), f).toBe($('h1').text());
    }
  });

  it('has well-formed JSON-LD that no page content can break out of', () => {
    let count = 0;
    for (const { f, $ } of pages)
      $('script[type="application/ld+json"]').each((_, el) => {
        const raw = $(el).html() ?? '';
        expect(raw, f).not.toMatch(/[<>]/);
        expect(() => JSON.parse(raw), f).not.toThrow();
        count++;
      });
    expect(count).toBeGreaterThan(pages.length);
  });
});

describe('release page', () => {
  const $ = load(page('/releases/2026/soma-three-declarations/'));
  const graph = () =>
    $('script[type="application/ld+json"]')
      .map((_, el) => JSON.parse($(el).html() ?? '{}'))
      .get()
      .flatMap(
        (ld: Record<string, unknown>) => (ld['@graph'] as Record<string, unknown>[] | undefined) ?? [ld],
      );

  it('shows labelled dates whose machine values are the JSON-LD NewsArticle dates', () => {
    const article = graph().find((x) => x['@type'] === 'NewsArticle');
    const dateOf = (label: string) =>
      $(`dt:contains("${label}")`).first().next('dd').find('time').attr('datetime');
    // The source gives the day only: the page, JSON-LD and Open Graph keep the day.
    expect(dateOf('公開日')).toBe('2026-06-16');
    expect(article?.datePublished).toBe(dateOf('公開日'));
    // No 更新日 in the content: the modified date is the published date, and no label claims otherwise.
    expect($('dt:contains("更新日")').length).toBe(0);
    expect(article?.dateModified).toBe(article?.datePublished);
    expect($('meta[property="article:published_time"]').attr('content')).toBe(article?.datePublished);
  });

  it('links its source, events with the calendar, contacts, related entries and its feeds', () => {
    expect($('dt:contains("元の報道発表") + dd a').attr('href')).toBe('https://work-life-b.co.jp/');
    // A day-only event shows the day, without an invented time.
    expect($('#event-1 time').attr('datetime')).toBe('2026-06-16');
    expect($('#event-1 time').text()).toBe('2026年6月16日（火）');
    expect($('#event-2 a[href="https://work-life-b.co.jp/public_event/20260624-2"]').length).toBe(1);
    // Each event adds itself alone: its own .ics, webcal: and Google Calendar; no whole-city calendar.
    expect($('#event-1 a[href="/calendar/events/2026/soma-three-declarations/2026-06-16.ics"]').length).toBe(
      1,
    );
    expect($('#event-2 a[href="/calendar/events/2026/soma-three-declarations/2026-06-24.ics"]').length).toBe(
      1,
    );
    expect($('#event-2 a[href^="webcal://"]').attr('href')).toBe(
      'webcal://pressroom.example.jp/calendar/events/2026/soma-three-declarations/2026-06-24.ics',
    );
    expect($('#event-2 a[href^="https://calendar.google.com/"]').length).toBe(1);
    expect($('a[href="/calendar/cities/soma.ics"]').length).toBe(0);
    // Neither event states a time or a venue: the page says so instead of guessing.
    for (const id of ['#event-1', '#event-2'])
      expect($(`${id} .event-notice`).text(), id).toBe('時間・会場は発表元でご確認ください');
    const contacts = $('section.contacts');
    expect(contacts.find('h2').text()).toBe('報道関係者お問い合わせ先');
    expect(contacts.find('a[href="tel:03-5730-3081"]').length).toBe(1);
    expect(contacts.find('a[href="mailto:media@work-life-b.com"]').length).toBe(1);
    const related = $('#related').parent();
    for (const href of [
      '/cities/soma/',
      '/declarations/womens-reemployment/',
      '/topics/paternity-leave/',
      '/organizations/work-life-balance/',
    ])
      expect(related.find(`a[href="${href}"]`).length, href).toBe(1);
    const alternates = $('link[rel=alternate][type="application/rss+xml"]')
      .map((_, l) => $(l).attr('href'))
      .get();
    expect(alternates).toEqual(['/feeds/cities/soma.xml', '/feeds/organizations/work-life-balance.xml']);
    for (const href of alternates) expect($(`main a[href="${href}"]`).length, href).toBe(1);
  });

  it('prints without navigation: the stylesheet has print rules that hide it', () => {
    const css = globSync('**/*.css', { cwd: dist })
      .map((f) => readFileSync(path.join(dist, f), 'utf8'))
      .join('\n');
    expect(css).toMatch(/@media print\s*\{[^@]*\.site-header nav[^{]*\{\s*display:\s*none/);
    expect(css).toMatch(/word-break:\s*auto-phrase/);
  });
});

describe('city page', () => {
  it('puts releases, agreements, declarations and events on one timeline, newest first', () => {
    const $ = load(page('/cities/soma/'));
    const items = $('#timeline')
      .parent()
      .find('ol.timeline > li')
      .map((_, li) => ({ kind: $(li).find('.tag').text(), date: $(li).find('time').attr('datetime') ?? '' }))
      .get();
    expect(items.map((i) => i.kind)).toEqual(['イベント', '報道発表', '宣言', '宣言', '宣言', 'イベント']);
    const dates = items.map((i) => i.date.slice(0, 10));
    expect(dates).toEqual([...dates].sort().reverse());
    expect($('#employers').parent().find('a[href="/organizations/soma-city/"]').length).toBe(1);
    expect($('link[rel=alternate][href="/feeds/cities/soma.xml"]').length).toBe(1);
    expect($('main a[href="/calendar/cities/soma.ics"]').length).toBe(1);
    const ld = $('script[type="application/ld+json"]')
      .map((_, el) => $(el).html())
      .get()
      .join();
    expect(ld).toContain('"AdministrativeArea"');
    expect(ld).toContain('"072095"');
  });

  it('places a signature the sources do not date last, marked as undated', () => {
    const $ = load(page('/cities/fukushima/'));
    const items = $('ol.timeline > li');
    expect(items.length).toBe(1);
    expect(items.text()).toContain('日付の記載なし');
  });
});

describe('declaration page', () => {
  const $ = load(page('/declarations/womens-reemployment/'));

  it('states reported versus listed counts and lists every signatory with its source', () => {
    expect($('#registry').parent().text()).toContain('2026年6月 時点で 27 組織が宣言しています');
    expect($('#registry').parent().text()).toContain('6 組織を掲載');
    const rows = $('#registry').parent().find('tbody tr');
    expect(rows.length).toBe(6);
    expect(rows.last().text()).toContain('自治体で6番目');
    expect($('a[href="/data/declarations/womens-reemployment-signatories.csv"]').length).toBe(1);
  });

  it('charts the reported counts as an SVG image with its figures in words and in a table', () => {
    const svg = $('figure.chart svg');
    expect(svg.attr('role')).toBe('img');
    expect(svg.attr('aria-label')).toContain('2026年6月時点で27組織');
    expect(svg.find('rect.bar').length).toBe(1);
    const table = $('#counts').parent().find('table');
    expect(table.find('tbody td').first().text()).toBe('2026年6月');
    expect(table.find('tbody td.num').text()).toBe('27');
  });

  it('says so when the sponsor has published no count', () => {
    const other = load(page('/declarations/paternity-leave-100/'));
    expect(other('#counts').parent().text()).toContain(
      '主催者が発表した宣言組織数は、このサイトの出典にはありません',
    );
    expect(other('figure.chart').length).toBe(0);
  });
});

describe('employers', () => {
  const links = ($: cheerio.CheerioAPI, selector: string) =>
    $(selector)
      .map((_, a) => $(a).attr('href'))
      .get();

  it('lists employers with static filter pages by city and by declaration, each a real page', () => {
    const $ = load(page('/employers/'));
    const filters = links($, 'nav.filters a');
    expect(filters).toEqual(
      expect.arrayContaining(['/employers/cities/soma/', '/employers/declarations/womens-reemployment/']),
    );
    for (const href of filters) expect(existsSync(page(href)), href).toBe(true);
    expect($('main ul.cards > li').length).toBe(7);
  });

  it('narrows the list on a filter page', () => {
    const soma = load(page('/employers/cities/soma/'));
    expect(links(soma, 'main ul.cards h3 a')).toEqual(['/organizations/soma-city/']);
    const womens = load(page('/employers/declarations/womens-reemployment/'));
    expect(links(womens, 'main ul.cards h3 a')).toHaveLength(6);
  });

  it('says honestly that no workplace facts are published yet', () => {
    const $ = load(page('/employers/'));
    expect($('main .notice').text()).toContain('まだ掲載できるデータがありません');
  });
});

describe('events page', () => {
  it('splits events at the build instant: at the test instant every real event is past', () => {
    const $ = load(page('/events/'));
    expect($('section[aria-labelledby=upcoming]').text()).toContain('予定されているイベントはありません');
    const past = $('section[aria-labelledby=past] li time')
      .map((_, t) => $(t).attr('datetime'))
      .get();
    expect(past).toEqual(['2026-06-24', '2026-06-16', '2020-05-21']);
  });
});

describe('organization page', () => {
  it('shows an info box with what the content has, and JSON-LD of the right type', () => {
    const $ = load(page('/organizations/work-life-balance/'));
    const info = $('#info').parent().text();
    for (const fact of [
      '東京都港区',
      '代表取締役社長 小室淑恵',
      '2006年7月',
      '1,000万円',
      'https://work-life-b.co.jp/',
    ])
      expect(info, fact).toContain(fact);
    expect($('script[type="application/ld+json"]').first().html()).toContain('"@type":"Organization"');
    const city = load(page('/organizations/soma-city/'));
    expect(city('script[type="application/ld+json"]').first().html()).toContain(
      '"@type":"GovernmentOrganization"',
    );
  });
});

describe('home page', () => {
  it('has a search box that submits q to the search page without script', () => {
    const $ = load(page('/'));
    const form = $('form[role=search]');
    expect(form.attr('action')).toBe('/search/');
    expect(form.attr('method')).toBe('get');
    const input = form.find('input[name=q]');
    expect($(`label[for="${input.attr('id')}"]`).length).toBe(1);
  });
});
