/**
 * The entry pages' and lists' presenters (src/presenters/): what each page shows, decided from
 * the real corpus or from small hand-made entries. Expected values come from the content files,
 * read by a person, not from the presenters' output.
 */
import { describe, expect, it } from 'vitest';
import {
  buildEmployerIndex,
  type Employer,
  type EmployerIndex,
  type WorkplaceFact,
} from '../../src/lib/employers.ts';
import { buildRelations, type Corpus, type Entry } from '../../src/lib/relations.ts';
import { presentAgreement } from '../../src/presenters/agreement.ts';
import { presentCity } from '../../src/presenters/city.ts';
import { presentDeclaration } from '../../src/presenters/declaration.ts';
import { allEmployersPaths, employerFilterPaths, presentEmployers } from '../../src/presenters/employers.ts';
import { entryPaths } from '../../src/presenters/entry.ts';
import type { FactRow } from '../../src/presenters/facts.ts';
import { indexItems } from '../../src/presenters/indexes.ts';
import { presentOrganization } from '../../src/presenters/organization.ts';
import { presentReleasesEntry, releasesEntryPaths } from '../../src/presenters/releases-entry.ts';
import { presentTopic } from '../../src/presenters/topic.ts';
import { paginate } from '../helpers/paginate.ts';
import { realCorpus } from '../helpers/real-corpus.ts';

const corpus = realCorpus();
const relations = buildRelations(corpus);
const employers = buildEmployerIndex(corpus.organizations, relations);
const site = { corpus, relations };
const SITE = 'https://press.example.lg.jp';

const one = <T>(list: readonly Entry<T>[], id: string): Entry<T> => {
  const e = list.find((x) => x.id === id);
  if (!e) throw new Error(`no ${id} in the real corpus`);
  return e;
};
const terms = (rows: FactRow[]) => rows.map((r) => r.term);
const row = (rows: FactRow[], term: string) => rows.find((r) => r.term === term)?.value;

describe('entryPaths: each entry with its list in pages', () => {
  it('gives every entry of a collection one first page, holding the corpus entry itself', () => {
    for (const kind of ['cities', 'agreements', 'declarations', 'organizations', 'topics'] as const) {
      const paths = entryPaths(kind, { paginate }, site);
      const firsts = paths.filter((p) => p.params.page === undefined);
      expect(firsts.map((p) => p.params.id)).toEqual(corpus[kind].map((e) => e.id));
      // The same object, so the page can hand it to Astro's render().
      for (const p of firsts) expect(corpus[kind]).toContain(p.props.entry);
    }
  });

  it('lists a city’s timeline, not only its releases', () => {
    const kamaishi = entryPaths('cities', { paginate }, site).find((p) => p.params.id === 'kamaishi')!;
    // content/agreements/kamaishi-jmam-workation.mdx names kamaishi: the agreement is on its timeline.
    expect(kamaishi.props.page.data.map((i) => i.kind)).toContain('agreement');
  });

  it('lists an agreement’s releases', () => {
    const [path] = entryPaths('agreements', { paginate }, site);
    expect(path!.props.page.data.map((r) => r.id)).toEqual(['2020/kamaishi-jmam-workation-agreement']);
  });

  it('puts releases after the 20th on /page/2/, newest first across pages', () => {
    const base = corpus.releases[0]!;
    const topic = corpus.topics[0]!;
    // 25 releases of one topic, published on 1–25 January 2026.
    const releases = Array.from({ length: 25 }, (_, i) => ({
      id: `2026/synthetic-${String(i + 1).padStart(2, '0')}`,
      data: {
        ...base.data,
        published: `2026-01-${String(i + 1).padStart(2, '0')}`,
        topics: [{ collection: 'topics', id: topic.id }],
      },
    })) as Corpus['releases'];
    const big = { ...corpus, releases, topics: [topic] };
    const paths = entryPaths('topics', { paginate }, { corpus: big, relations: buildRelations(big) });
    expect(paths.map((p) => p.params.page)).toEqual([undefined, 'page/2']);
    expect(paths[1]!.props.page.url.current).toBe(`/topics/${topic.id}/page/2/`);
    expect(paths[0]!.props.page.data[0]!.id).toBe('2026/synthetic-25');
    expect(paths[1]!.props.page.data.map((r) => r.id)).toEqual([
      '2026/synthetic-05',
      '2026/synthetic-04',
      '2026/synthetic-03',
      '2026/synthetic-02',
      '2026/synthetic-01',
    ]);
  });
});

describe('the route of the entries listed with their releases', () => {
  const kinds = ['agreements', 'declarations', 'organizations', 'topics'] as const;
  const paths = releasesEntryPaths({ paginate }, site);

  it('has every agreement, declaration, organization and topic, its kind as the first segment', () => {
    for (const kind of kinds) {
      const firsts = paths.filter((p) => p.props.kind === kind && p.params.page === undefined);
      expect(firsts.map((p) => p.params.id)).toEqual(corpus[kind].map((e) => e.id));
      // Astro's paginate() builds each page's address from every parameter of the route.
      for (const p of firsts) expect(p.params.collection).toBe(kind);
    }
    // No city: a city lists its timeline, on its own route.
    expect(paths.some((p) => (p.params.collection as string) === 'cities')).toBe(false);
  });

  it('shows each entry with its own kind’s presenter, the lead on the first page only', () => {
    for (const p of paths.filter((x) => x.params.page === undefined)) {
      const first = presentReleasesEntry(site, p.props, 1, SITE);
      expect(first.kind).toBe(p.props.kind);
      expect(first.frame.firstPage).toBe(`/${p.props.kind}/${p.props.entry.id}/`);
      expect(presentReleasesEntry(site, p.props, 2, SITE).lead).toBeUndefined();
    }
    // content/agreements/kamaishi-jmam-workation.mdx: its summary, its wrapped lines joined.
    const kamaishi = paths.find(
      (p) => p.props.kind === 'agreements' && p.params.id === 'kamaishi-jmam-workation',
    )!;
    expect(presentReleasesEntry(site, kamaishi.props, 1, SITE).lead).toMatch(
      /^岩手県釜石市とJMAMが2020年5月21日に結んだ協定。釜石市でのワーケーション事業を通じて地方創生/,
    );
  });
});

describe('presentCity', () => {
  const soma = one(corpus.cities, 'soma');

  it('shows 相馬市’s profile from content/cities/soma.mdx, leaving out what it does not give', () => {
    const { frame, profile } = presentCity({ ...site, employers }, soma, 1, SITE);
    expect(frame.title).toBe('相馬市');
    expect(frame.kicker).toBe('福島県');
    expect(terms(profile!.facts)).toEqual([
      'よみ',
      '都道府県',
      '全国地方公共団体コード',
      '自治体の組織情報',
      '首長',
    ]);
    expect(row(profile!.facts, 'よみ')).toEqual(['そうまし（Soma）']);
    expect(row(profile!.facts, '自治体の組織情報')).toEqual([
      { href: '/organizations/soma-city/', label: '相馬市' },
    ]);
    // 2026-06-16 was a Tuesday.
    expect(row(profile!.facts, '首長')).toEqual(['阿部勝弘', '（2026年6月16日（火）時点）']);
    // No heritage or transport in the file: no empty heading.
    expect(profile!.lists).toEqual([]);
    expect(profile!.strategies.map((s) => s.name)).toEqual(['令和8年度相馬市働き方改革推進プロジェクト']);
  });

  it('lists the employers based in the city, with their commitments, and links the full list', () => {
    const { profile } = presentCity({ ...site, employers }, soma, 1, SITE);
    expect(profile!.employers.map((e) => e.href)).toEqual(['/organizations/soma-city/']);
    const meta = profile!.employers[0]!.meta!;
    expect(meta.startsWith('賛同した宣言: ')).toBe(true);
    for (const name of ['男性育休100%宣言', '女性の再就職応援宣言', '働き方改革加速宣言'])
      expect(meta).toContain(name);
    expect(profile!.allEmployers).toEqual({
      href: '/employers/cities/soma/',
      label: '相馬市の雇用主を詳しく見る',
    });
  });

  it('names at most ten employers and counts the rest in the link', () => {
    const someone = employers.byFilter.cities.get('soma')![0]!;
    const twelve: Employer[] = Array.from({ length: 12 }, (_, i) => ({
      ...someone,
      organization: { ...someone.organization, id: `org-${i}` },
      signatures: [],
    }));
    const index: EmployerIndex = {
      ...employers,
      byFilter: { ...employers.byFilter, cities: new Map([['soma', twelve]]) },
    };
    const { profile } = presentCity({ ...site, employers: index }, soma, 1, SITE);
    expect(profile!.employers).toHaveLength(10);
    expect(profile!.employers[0]!.meta).toBeUndefined();
    expect(profile!.allEmployers!.label).toBe('相馬市の雇用主をすべて見る（12 組織）');
  });

  it('says a city has no employers rather than linking an empty list', () => {
    const { profile } = presentCity({ ...site, employers }, one(corpus.cities, 'myoko'), 1, SITE);
    expect(profile!.employers).toEqual([]);
    expect(profile!.allEmployers).toBeUndefined();
  });

  it('ties the city to its local government in JSON-LD, at the site’s address', () => {
    const ld = presentCity({ ...site, employers }, soma, 1, SITE).frame.jsonLd[0] as { '@graph': object[] };
    expect(ld['@graph'][1]).toMatchObject({
      '@type': 'GovernmentOrganization',
      url: `${SITE}/organizations/soma-city/`,
      areaServed: { '@id': `${SITE}/cities/soma/` },
    });
  });

  it('carries only the timeline after the first page, with a way back to the city', () => {
    const { frame, profile } = presentCity({ ...site, employers }, soma, 2, SITE);
    expect(profile).toBeUndefined();
    expect(frame.title).toBe('相馬市（2ページ目）');
    expect(frame.jsonLd).toEqual([]);
    expect(frame.list.intro).toBeUndefined();
    expect(frame.breadcrumbs).toEqual([
      { href: '/', label: 'ホーム' },
      { href: '/cities/', label: '市区町村' },
      { href: '/cities/soma/', label: '相馬市' },
    ]);
    // The feed and calendar stay: subscribing is what a journalist came for, on any page.
    expect(frame.feeds.map((f) => f.href)).toEqual(['/feeds/cities/soma.xml']);
  });
});

describe('presentAgreement', () => {
  const agreement = one(corpus.agreements, 'kamaishi-jmam-workation');
  const { frame, about } = presentAgreement(site, agreement, 1);

  it('states the parties, date, way of signing and cities of the agreement', () => {
    expect(frame.kicker).toBe('包括連携協定');
    expect(terms(about!.facts)).toEqual(['当事者', '締結日', '締結の方法', '関係する市区町村']);
    expect(row(about!.facts, '当事者')).toEqual([
      {
        links: [
          { href: '/organizations/kamaishi-city/', label: '釜石市' },
          { href: '/organizations/jmam/', label: '株式会社日本能率協会マネジメントセンター' },
        ],
        as: 'inline-list',
      },
    ]);
    expect(row(about!.facts, '締結日')).toEqual([{ date: '2020-05-21' }]);
    const how = row(about!.facts, '締結の方法')!;
    expect(how[0]).toBe('オンラインで締結');
    expect(how[1]).toMatchObject({ paragraph: true });
  });

  it('shows a programme’s stages in order with their total length', () => {
    const [program] = about!.programs;
    expect(terms(program!.facts)).toEqual(['テーマ', '構成', '参加対象', '実施時期']);
    // 1 day in Tokyo, 4 in Kamaishi, 1 in Tokyo.
    expect(row(program!.facts, '構成')).toEqual([
      { steps: ['東京で1日', '釜石で3泊4日', '東京で1日'] },
      { meta: '計6日間' },
    ]);
    expect(program!.courses).toHaveLength(2);
  });

  it('names the local partners with their role', () => {
    expect(about!.partners.map((p) => p.meta)).toEqual(['旅行関係', 'プログラム開発']);
    expect(about!.partners.map((p) => p.href)).toEqual([
      '/organizations/kamaishi-dmc/',
      '/organizations/pasona-tohoku-sosei/',
    ]);
  });

  it('keeps only the releases on the following pages', () => {
    const later = presentAgreement(site, agreement, 2);
    expect(later.about).toBeUndefined();
    expect(later.frame.breadcrumbs.at(-1)).toEqual({
      href: '/agreements/kamaishi-jmam-workation/',
      label: agreement.data.title,
    });
  });
});

describe('presentDeclaration', () => {
  it('lists the registry in the declaration’s order, with each signatory’s city where it has one', () => {
    const { about } = presentDeclaration(site, one(corpus.declarations, 'womens-reemployment'), 1);
    const rows = about!.signatories;
    // content/declarations/womens-reemployment.mdx: Wakayama first, Soma sixth.
    expect(rows.map((r) => r.organization.href)).toEqual([
      '/organizations/wakayama-prefecture/',
      '/organizations/kochi-prefecture/',
      '/organizations/higashiyamato-city/',
      '/organizations/fukushima-city/',
      '/organizations/nakano-city/',
      '/organizations/soma-city/',
    ]);
    expect(rows[0]).toMatchObject({ kind: '都道府県', city: undefined, announced: '記載なし' });
    expect(rows[5]).toMatchObject({
      kind: '市区町村',
      city: { href: '/cities/soma/', label: '相馬市' },
      announced: '2026年6月16日（火）',
      note: '自治体で6番目',
    });
    expect(about!.employersUrl).toBe('/employers/declarations/womens-reemployment/');
    expect(about!.csvUrl).toBe('/data/declarations/womens-reemployment-signatories.csv');
  });

  it('says when the opening date is unknown and leaves out an official page it does not have', () => {
    const known = presentDeclaration(site, one(corpus.declarations, 'womens-reemployment'), 1).about!;
    expect(row(known.facts, '賛同募集の開始')).toEqual(['2023年7月']);
    expect(row(known.facts, '宣言の公式ページ')).toEqual([
      {
        href: 'https://work-life-b.co.jp/womens_career.html',
        label: 'https://work-life-b.co.jp/womens_career.html（外部サイト）',
      },
    ]);
    expect(known.commitment).toBeDefined();
    const unknown = presentDeclaration(site, one(corpus.declarations, 'paternity-leave-100'), 1).about!;
    expect(row(unknown.facts, '賛同募集の開始')).toEqual(['記載なし']);
    expect(terms(unknown.facts)).not.toContain('宣言の公式ページ');
  });
});

describe('presentOrganization', () => {
  it('sorts an employer’s workplace facts newest first and links its city’s employer list', () => {
    const somaCity = one(corpus.organizations, 'soma-city');
    const fact = (asOf: string, label: string): WorkplaceFact => ({
      label,
      value: '1',
      asOf,
      source: { url: 'https://example.jp/' },
    });
    const withFacts = {
      ...somaCity,
      data: {
        ...somaCity.data,
        employer: {
          industries: ['行政'],
          workplaceFacts: [fact('2024-03-31', 'b'), fact('2026-04-01', 'a'), fact('2025-01-15', 'c')],
        },
      },
    };
    const { about } = presentOrganization(site, withFacts, 1, SITE);
    expect(about!.employer!.facts.map((f) => f.asOf)).toEqual(['2026-04-01', '2025-01-15', '2024-03-31']);
    expect(about!.employer!.listUrl).toBe('/employers/cities/soma/');
    expect(row(about!.facts, '業種')).toEqual(['行政']);
  });

  it('hides the sections an organization has nothing for, and marks an empty list unsearchable', () => {
    const { about } = presentOrganization(site, one(corpus.organizations, 'soma-city'), 1, SITE);
    expect(about!.business).toEqual([]);
    expect(about!.trackRecord).toEqual([]);
    // Soma city sponsors no declaration and nobody names it as a client: those sections are left out.
    expect(about!.links.map((s) => s.id)).toEqual(['agreements', 'signed']);
    expect(about!.links[0]!.items).toEqual([]);
    expect(about!.links.map((s) => s.unsearchable)).toEqual([true, false]);
    expect(about!.links[1]!.items).toHaveLength(3);
    // No website in content/organizations/soma-city.yaml: the row says so, out of search.
    expect(about!.facts.find((r) => r.term === 'ウェブサイト')).toEqual({
      term: 'ウェブサイト',
      value: [{ meta: 'ウェブサイトの情報はありません。' }],
      unsearchable: true,
    });
    expect(row(about!.facts, '代表者')).toEqual(['市長 阿部勝弘']);
    expect(row(about!.facts, '所在地')).toEqual([{ href: '/cities/soma/', label: '相馬市' }]);
  });

  it('lists the declarations a sponsor runs', () => {
    const { about } = presentOrganization(site, one(corpus.organizations, 'work-life-balance'), 1, SITE);
    expect(about!.links.find((s) => s.id === 'sponsored')?.items).toHaveLength(3);
  });

  it('shows JMAM’s origin, track record with its places, and no employer section', () => {
    const { frame, about } = presentOrganization(site, one(corpus.organizations, 'jmam'), 1, SITE);
    expect(frame.kicker).toBe('企業');
    expect(row(about!.facts, '分社元')).toEqual([{ href: '/organizations/jma/', label: expect.any(String) }]);
    expect(row(about!.facts, 'ウェブサイト')).toEqual([
      { href: 'https://www.jmam.co.jp/', label: 'https://www.jmam.co.jp/（外部サイト）' },
    ]);
    expect(about!.business).toHaveLength(3);
    const since2019 = about!.trackRecord[2]!;
    expect(since2019.text.startsWith('2019年〜 2019年度から')).toBe(true);
    expect(since2019.links.map((l) => l.label)).toEqual(['田辺市', '白浜町', '妙高市']);
    expect(about!.trackRecord[0]!.asOf).toBe('（2020年5月時点）');
    expect(about!.employer).toBeUndefined();
    expect(about!.links.find((s) => s.id === 'agreements')?.items.map((i) => i.href)).toEqual([
      '/agreements/kamaishi-jmam-workation/',
    ]);
  });
});

describe('presentTopic', () => {
  it('shows the description on the first page only', () => {
    const topic = one(corpus.topics, 'workation');
    expect(presentTopic(topic, 1).lead).toBe(topic.data.description);
    expect(presentTopic(topic, 2).lead).toBeUndefined();
    expect(presentTopic(topic, 1).frame.feeds[0]!.href).toBe('/feeds/topics/workation.xml');
  });
});

describe('employer lists', () => {
  const pageOf = (data: Employer[], currentPage = 1) => ({
    data,
    currentPage,
    lastPage: 2,
    start: 0,
    end: data.length - 1,
    total: data.length,
  });

  it('route one list per city and per declaration that has employers', () => {
    const paths = employerFilterPaths({ paginate }, employers);
    expect(paths.map((p) => `${p.params.filter}/${p.params.id}`)).toEqual([
      ...employers.filters.cities.map((f) => `cities/${f.entry.id}`),
      ...employers.filters.declarations.map((f) => `declarations/${f.entry.id}`),
    ]);
    const soma = paths.find((p) => p.params.id === 'soma')!;
    expect(soma.props.page.data.map((e) => e.organization.id)).toEqual(['soma-city']);
    expect(allEmployersPaths({ paginate }, employers)[0]!.props.page.total).toBe(employers.all.length);
  });

  it('mark the filter being shown and lead back to every employer', () => {
    const soma = employers.byFilter.cities.get('soma')!;
    const view = presentEmployers(employers, pageOf(soma), { kind: 'cities', id: 'soma', name: '相馬市' });
    expect(view.title).toBe('相馬市の雇用主');
    const current = view.filterGroups.flatMap((g) => g.links).filter((l) => l.current);
    expect(current.map((l) => l.href)).toEqual(['/employers/cities/soma/']);
    expect(view.breadcrumbs.map((b) => b.href)).toEqual(['/', '/employers/']);
    expect(view.all).toMatchObject({ href: '/employers/', count: `${employers.all.length} 組織` });
    expect(view.intro).toBe(view.description);
  });

  it('on a following page, mark no filter and link the list’s first page', () => {
    const soma = employers.byFilter.cities.get('soma')!;
    const view = presentEmployers(employers, pageOf(soma, 2), { kind: 'cities', id: 'soma', name: '相馬市' });
    expect(view.title).toBe('相馬市の雇用主（2ページ目）');
    expect(view.filterGroups.flatMap((g) => g.links).some((l) => l.current)).toBe(false);
    expect(view.breadcrumbs.at(-1)).toEqual({ href: '/employers/cities/soma/', label: '相馬市の雇用主' });
  });

  it('list every employer without a way back', () => {
    const view = presentEmployers(employers, pageOf(employers.all));
    expect(view.all).toBeUndefined();
    expect(view.breadcrumbs).toEqual([{ href: '/', label: 'ホーム' }]);
    expect(view.intro).not.toBe(view.description);
  });
});

describe('collection indexes', () => {
  it('list cities north to south by municipal code', () => {
    // Codes: 釜石 032115, 福島 072010, 相馬 072095, 中野 131148, 東大和 132209, 妙高 152170,
    // 田辺 302066, 白浜 304018.
    expect(indexItems('cities', site).map((i) => i.label)).toEqual([
      '釜石市',
      '福島市',
      '相馬市',
      '中野区',
      '東大和市',
      '妙高市',
      '田辺市',
      '白浜町',
    ]);
  });

  it('say what kind each organization is, and list topics in the order of the topics file', () => {
    const jmam = indexItems('organizations', site).find((i) => i.href === '/organizations/jmam/');
    expect(jmam?.meta).toBe('企業');
    expect(indexItems('topics', site)[0]!.href).toBe('/topics/workation/');
  });
});
