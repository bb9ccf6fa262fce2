/**
 * The Japanese pages' presenters (src/presenters/) over the real corpus: what each page states,
 * which sections it leaves out, and what it must never show. Expected values are read from the
 * content files (content/releases/…, content/cities/…), not from a build.
 */
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/corpus/validate.ts';
import { publicCorpus } from '../../src/lib/public-corpus.ts';
import { buildRelations, type Entry, type EventItem } from '../../src/lib/relations.ts';
import { aboutView } from '../../src/presenters/about.ts';
import { accessibilityChecks } from '../../src/presenters/accessibility.ts';
import { eventsPageView } from '../../src/presenters/events.ts';
import { contactRows, factRows, type FactRow } from '../../src/presenters/facts.ts';
import { homeView } from '../../src/presenters/home.ts';
import { pressView } from '../../src/presenters/press.ts';
import { releaseListOrder, releaseListPageView } from '../../src/presenters/releases.ts';
import { releaseView } from '../../src/presenters/release.ts';
import type { Operator } from '../../src/schemas/operator.ts';
import type { Release } from '../../src/schemas/index.ts';
import { realContentDir } from '../helpers/corpus.ts';

const now = new Date('2026-11-01T00:00:00+09:00');
const corpus = publicCorpus(checkCorpus(realContentDir).entries, now);
const relations = buildRelations(corpus);
const site = new URL('https://press.example.jp');
const soma = corpus.releases.find((r) => r.id === '2026/soma-three-declarations')!;
const kamaishi = corpus.releases.find((r) => r.id === '2020/kamaishi-jmam-workation-agreement')!;
const eventsOf = (r: Entry<Release>) => relations.events.filter((e) => e.release.id === r.id);
const view = (release: Entry<Release>, events: EventItem[] = eventsOf(release)) =>
  releaseView({ release, relations, events, site });
const terms = (rows: FactRow[]) => rows.map((r) => r.term);
const row = (rows: FactRow[], term: string) => rows.find((r) => r.term === term)?.value;
/** The release with some front matter changed, as another release could have it. */
const variant = (release: Entry<Release>, data: Partial<Release>): Entry<Release> => ({
  ...release,
  data: { ...release.data, ...data },
});

describe('the release presenter', () => {
  it('lists related entries by kind and drops a kind the release names none of', () => {
    // The Sōma release names declarations but no agreement; the Kamaishi release the reverse.
    expect(terms(view(soma).related)).toEqual(['市区町村', '宣言', 'トピック', '発表者']);
    expect(terms(view(kamaishi).related)).toEqual(['市区町村', '連携協定', 'トピック', '発表者']);
    expect(row(view(soma).related, '市区町村')).toEqual([
      { links: [{ href: '/cities/soma/', label: '相馬市' }], as: 'inline-list' },
    ]);
    const bare = variant(soma, { declarations: [], topics: [] });
    expect(terms(view(bare).related)).toEqual(['市区町村', '発表者']);
  });

  it('offers the events in the page navigation only when the release has some', () => {
    expect(view(soma).pageNav.map((i) => i.id)).toEqual(['body', 'events', 'contacts', 'related']);
    const noEvents = variant(soma, { events: [] });
    expect(view(noEvents, []).pageNav.map((i) => i.id)).toEqual(['body', 'contacts', 'related']);
  });

  it('gives each contact only what the release states, and never a mobile number', () => {
    const [city, jmam] = view(kamaishi).contacts;
    expect(city!.organization).toBe('釜石市');
    expect(row(city!.rows, '電話')).toEqual([{ href: 'tel:0193-27-8463', label: '0193-27-8463' }]);
    // JMAM's press office gave an e-mail address and no phone.
    expect(terms(jmam!.rows)).toEqual(['担当', 'メール']);
    const [withMobile] = view(
      variant(soma, { contacts: [{ ...soma.data.contacts[0]!, phone: '090-1234-5678' }] }),
    ).contacts;
    expect(terms(withMobile!.rows)).toEqual(['担当', 'メール']);
    expect(JSON.stringify(withMobile)).not.toContain('090');
  });

  it('says whose words a digest is and where the original is, and nothing of that for an original', () => {
    const digest = view(soma);
    expect(digest.head.kicker).toBe('報道発表の要約・株式会社ワーク・ライフバランス');
    expect(terms(digest.head.facts)).toEqual(['公開日', '発表元', '要約', '元の報道発表']);
    // The source gives no address for the release: the publisher's site, said to be only that.
    expect(row(digest.head.facts, '元の報道発表')).toEqual([
      {
        href: 'https://work-life-b.co.jp/',
        label:
          '株式会社ワーク・ライフバランスのウェブサイト（元の報道発表のページではありません）（外部サイト）',
      },
    ]);
    const original = view(variant(soma, { kind: 'original', source: undefined }));
    expect(original.head.kicker).toBe('報道発表・株式会社ワーク・ライフバランス');
    expect(terms(original.head.facts)).toEqual(['公開日', '発表者']);
    expect(original.head.notice).toBeUndefined();
  });

  it('states of each event only what the source says, and links its page when there is one', () => {
    const [press, kickoff] = view(soma).events;
    expect(press!.anchor).toBe('event-1');
    // No venue or attendance is given for the press conference: no 場所 row, nothing guessed.
    expect(terms(press!.facts)).toEqual(['日時', '種類', '登壇者']);
    expect(row(press!.facts, '登壇者')).toEqual(['阿部勝弘、小室淑恵']);
    expect(press!.link).toBeUndefined();
    expect(kickoff!.link?.href).toBe('https://work-life-b.co.jp/public_event/20260624-2');
    const [signing] = view(kamaishi).events;
    expect(row(signing!.facts, '場所')).toEqual(['オンライン']);
  });

  it('cites and shares the canonical address on the configured site', () => {
    expect(view(soma).citation.url).toBe('https://press.example.jp/releases/2026/soma-three-declarations/');
  });
});

describe('fact rows', () => {
  it('keeps the rows that have a value, in order', () => {
    const a = { term: 'a', value: ['x'] };
    const c = { term: 'c', value: ['z'] };
    expect(factRows([a, undefined, false, '', c])).toEqual([a, c]);
  });

  it('marks a Japanese department on an English page and links phone and mail', () => {
    const rows = contactRows(
      { department: '広報', phone: '03-5730-3081', email: 'media@example.jp' },
      { department: 'Department', phone: 'Phone', email: 'E-mail' },
      'ja',
    );
    expect(rows).toEqual([
      { term: 'Department', value: ['広報'], lang: 'ja' },
      { term: 'Phone', value: [{ href: 'tel:03-5730-3081', label: '03-5730-3081' }] },
      { term: 'E-mail', value: [{ href: 'mailto:media@example.jp', label: 'media@example.jp' }] },
    ]);
    for (const mobile of ['070-1234-5678', '080-1234-5678', '090-1234-5678'])
      expect(
        terms(
          contactRows({ department: '広報', phone: mobile }, { department: 'd', phone: 'p', email: 'e' }),
        ),
      ).toEqual(['d']);
  });
});

describe('the home presenter', () => {
  it('lists the newest releases first and the cities north to south by municipal code', () => {
    const v = homeView({ corpus, relations, now });
    expect(v.latest.map((r) => r.id)).toEqual([soma.id, kamaishi.id]);
    expect(v.cities.map((c) => c.label)).toEqual([
      '釜石市', // 03 岩手県
      '福島市', // 07 福島県: 072010 before 072095
      '相馬市',
      '中野区', // 13 東京都
      '東大和市',
      '妙高市', // 15 新潟県
      '田辺市', // 30 和歌山県
      '白浜町',
    ]);
    expect(v.cities[0]!.meta).toBe('（岩手県）');
  });

  it('shows as upcoming only events that have not ended at the build instant', () => {
    // On 20 June 2026 the press conference of the 16th is past, the kick-off on the 24th is not.
    const june = homeView({ corpus, relations, now: new Date('2026-06-20T12:00:00+09:00') });
    expect(june.upcoming.map((e) => e.event.title)).toEqual([soma.data.events[1]!.title]);
    expect(soma.data.events[1]!.title).toMatch(/^キックオフ講演会/);
    expect(homeView({ corpus, relations, now }).upcoming).toEqual([]);
  });

  it('gives a declaration the sponsor’s count only with its date', () => {
    const v = homeView({ corpus, relations, now });
    for (const d of v.declarations) expect(d.text).toMatch(/このサイトに掲載 \d+ 組織/);
    for (const d of v.declarations.filter((x) => x.text.startsWith('主催者の発表で')))
      expect(d.text).toMatch(/組織（\d{4}年\d{1,2}月(\d{1,2}日（.）)?時点）/);
  });
});

describe('the events presenter', () => {
  const page = (currentPage: number, lastPage: number, start: number, length: number) => ({
    data: Array.from({ length }, () => ({}) as EventItem),
    start,
    size: 20,
    currentPage,
    lastPage,
  });
  const site = { relations, now };

  it('splits a page into upcoming and past and points the first page to where the past begins', () => {
    const counts = { upcomingCount: 25, pastCount: 15 };
    const first = eventsPageView(page(1, 2, 0, 20), counts, site);
    expect(first.upcoming).toHaveLength(20);
    expect(first.past).toBeUndefined();
    expect(first.pastLink).toEqual({
      href: '/events/page/2/#past',
      label: '過去のイベント（2ページ目から）',
    });
    const second = eventsPageView(page(2, 2, 20, 20), counts, site);
    expect(second.upcoming).toHaveLength(5);
    expect(second.past).toHaveLength(15);
    expect(second.pastLink).toBeUndefined();
    expect(second.title).toBe('イベント（2ページ目）');
    expect(second.layout.breadcrumbs.map((c) => c.href)).toEqual(['/', '/events/']);
  });

  it('says there is nothing upcoming on the first page, and nothing past on the last', () => {
    const onlyPast = eventsPageView(page(1, 1, 0, 3), { upcomingCount: 0, pastCount: 3 }, site);
    expect(onlyPast.upcoming).toEqual([]);
    expect(onlyPast.past).toHaveLength(3);
    expect(onlyPast.pastLink).toBeUndefined();
    const onlyUpcoming = eventsPageView(page(1, 1, 0, 3), { upcomingCount: 3, pastCount: 0 }, site);
    expect(onlyUpcoming.past).toEqual([]);
  });
});

describe('the release list presenter', () => {
  it('groups a page by year and links the page where each year begins', () => {
    const { releases, years } = releaseListOrder(corpus);
    const v = releaseListPageView({ data: releases, currentPage: 1, total: releases.length }, years);
    expect(v.byYear.map((y) => [y.id, y.heading, y.releases.length])).toEqual([
      ['y2026', '2026年', 1],
      ['y2020', '2020年', 1],
    ]);
    expect(v.years).toEqual([
      { href: '/releases/#y2026', label: '2026年' },
      { href: '/releases/#y2020', label: '2020年' },
    ]);
    expect(v.layout.breadcrumbs).toHaveLength(1);
  });

  it('offers no year navigation for a single year', () => {
    const v = releaseListPageView({ data: [soma], currentPage: 1, total: 1 }, [{ group: '2026', page: 1 }]);
    expect(v.years).toEqual([]);
  });
});

describe('the press presenter', () => {
  const v = pressView({ corpus, relations }, site);

  it('lists every topic’s and declaration’s feed with its number of releases', () => {
    const [topics, declarations] = v.listed;
    expect(topics!.feeds.map((f) => f.name)).toEqual(corpus.topics.map((t) => t.data.name));
    // 働き方改革 is a topic of both releases; 男性育休 of the Sōma release only.
    expect(topics!.feeds.find((f) => f.name === '働き方改革')).toEqual({
      path: '/feeds/topics/work-style-reform.xml',
      name: '働き方改革',
      count: '2 件',
    });
    expect(topics!.feeds.find((f) => f.name === '男性育休')?.count).toBe('1 件');
    expect(declarations!.feeds).toHaveLength(3);
  });

  it('gives one example feed per growing scope and an example calendar that has events', () => {
    const [cities] = v.onEntryPages;
    // The first city in municipal-code order.
    expect(cities!.example?.path).toBe('/feeds/cities/kamaishi.xml');
    expect(cities!.example?.url).toBe('https://press.example.jp/feeds/cities/kamaishi.xml');
    expect(v.exampleCalendar?.href).toBe('/calendar/cities/kamaishi.ics');
  });

  it('cites the newest release as its page would', () => {
    expect(v.citeExample).toMatch(
      /^地域プレスルーム「相馬市がワーク・ライフバランスの3宣言に賛同.*」（株式会社ワーク・ライフバランスの報道発表の要約、2026年6月16日公開）https:\/\/press\.example\.jp\/releases\/2026\/soma-three-declarations\/$/,
    );
  });
});

describe('the operator page presenter', () => {
  const operator = (o: Partial<Operator>) => ({ name: '市役所 広報課', example: false, ...o }) as Operator;

  it('shows the example file as not set', () => {
    expect(aboutView(operator({ example: true, email: 'a@example.jp' }))).toEqual({});
  });

  it('links the contact the operator gave, and only that', () => {
    const v = aboutView(operator({ email: 'koho@city.example.lg.jp' }));
    expect(v.operator?.contact).toEqual([
      {
        term: 'メール',
        value: [{ href: 'mailto:koho@city.example.lg.jp', label: 'koho@city.example.lg.jp' }],
      },
    ]);
    const form = aboutView(operator({ contactUrl: 'https://city.example.lg.jp/form' }));
    expect(terms(form.operator!.contact)).toEqual(['お問い合わせフォーム']);
  });
});

describe('the accessibility statement', () => {
  it('links every checked page but itself and the 404 page', () => {
    const { pages } = accessibilityChecks('4.0.0');
    expect(pages.find((p) => p.label === 'ページが見つからないときの案内')?.href).toBeUndefined();
    expect(pages.find((p) => p.label === 'アクセシビリティ（このページ）')?.href).toBeUndefined();
    expect(pages.find((p) => p.label === '報道発表')?.href).toBe('/releases/2026/soma-three-declarations/');
    expect(pages.filter((p) => p.href)).toHaveLength(pages.length - 2);
  });
});
