/**
 * The English pages' presenters (src/presenters/english/) over the real corpus and English
 * edition: whose release a summary says it summarises, what the related section holds, and the
 * pages of a city. Expected names are read from content/en/names.yaml and content/cities/.
 */
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/corpus/validate.ts';
import { englishEditionFromEntries } from '../../src/lib/english/edition.ts';
import { publicCorpus } from '../../src/lib/public-corpus.ts';
import { buildRelations, type Entry } from '../../src/lib/relations.ts';
import { englishAgreementView } from '../../src/presenters/english/agreement.ts';
import { englishCityPage, englishCityView } from '../../src/presenters/english/city.ts';
import { englishDeclarations } from '../../src/presenters/english/declarations.ts';
import { englishHomeView } from '../../src/presenters/english/home.ts';
import { englishReleaseView } from '../../src/presenters/english/release.ts';
import type { FactRow } from '../../src/presenters/facts.ts';
import type { Release } from '../../src/schemas/index.ts';
import { realContentDir } from '../helpers/corpus.ts';

const now = new Date('2026-11-01T00:00:00+09:00');
const { entries } = checkCorpus(realContentDir);
const corpus = publicCorpus(entries, now);
const relations = buildRelations(corpus);
const edition = englishEditionFromEntries(entries, corpus);
const site = new URL('https://press.example.jp');
const summaryOf = (collection: string, id: string) =>
  [...edition.summaries.values()].find(
    (s) => s.data.japanese.collection === collection && s.data.japanese.id === id,
  )!;
const release = (id: string) => relations.byId.releases.get(id)!;
const kamaishiRelease = () => release('2020/kamaishi-jmam-workation-agreement');
const kamaishiId = '2020/kamaishi-jmam-workation-agreement';
const somaId = '2026/soma-three-declarations';
const view = (id: string, r: Entry<Release> = release(id)) =>
  englishReleaseView({
    summary: summaryOf('releases', id),
    japanese: r,
    context: { relations, edition, site },
  });
const terms = (rows: FactRow[]) => rows.map((r) => r.term);

describe('the English release presenter', () => {
  it('names whose release the summary retells: the source’s publisher, by its official English name', () => {
    const v = view(kamaishiId);
    expect(v.head.notice.text).toContain('published in Japanese by JMAM.');
    expect(terms(v.head.facts)).toEqual(['Published', 'Published by', 'Japanese text', 'Source']);
    // The source gives no address for the release: JMAM's site, said to be only that.
    expect(v.head.facts.find((r) => r.term === 'Source')?.value).toEqual([
      {
        href: 'https://www.jmam.co.jp/',
        label: 'Website of JMAM (not the release itself) (external site)',
      },
    ]);
  });

  it('keeps related cities and declarations that exist, and the section only when something is related', () => {
    const kamaishi = view(kamaishiId);
    expect(terms(kamaishi.related)).toEqual(['Cities']);
    expect(kamaishi.agreements.map((a) => a.href)).toEqual(['/en/agreements/kamaishi-jmam-workation/']);
    const soma = view(somaId);
    expect(terms(soma.related)).toEqual(['Cities', 'Declarations']);
    expect(soma.agreements).toEqual([]);
    expect(soma.hasRelated).toBe(true);
    const alone = view(somaId, {
      ...release(somaId),
      data: { ...release(somaId).data, cities: [], declarations: [] },
    });
    expect(alone.hasRelated).toBe(false);
  });

  it('gives contacts with the organisation’s English name and the department as written, in Japanese', () => {
    const [city, jmam] = view(kamaishiId).contacts;
    expect(city!.organization).toEqual({ text: 'Kamaishi City', lang: 'en' });
    // As the release gives it (the schema joins the folded lines of Japanese text).
    expect(city!.rows[0]).toEqual({
      term: 'Department',
      value: [kamaishiRelease().data.contacts[0]!.department],
      lang: 'ja',
    });
    expect(city!.rows[0]!.value).toEqual([expect.stringMatching(/^総務企画部.*オープンシティ推進室$/)]);
    expect(terms(jmam!.rows)).toEqual(['Department', 'E-mail']);
  });

  it('points structured data at the English page on the configured site', () => {
    const ld = view(somaId).layout.jsonLd[0] as Record<string, unknown>;
    expect(ld.url).toBe('https://press.example.jp/en/releases/2026/soma-three-declarations/');
  });
});

describe('the English agreement presenter', () => {
  it('says it was signed online when it was, and lists its releases', () => {
    const agreement = relations.byId.agreements.get('kamaishi-jmam-workation')!;
    const v = englishAgreementView({
      summary: summaryOf('agreements', agreement.id),
      japanese: agreement,
      context: { relations, edition, site },
    });
    expect(agreement.data.signing?.method).toBe('online');
    expect(v.head.facts[0]).toEqual({
      term: 'Signed',
      value: [{ date: agreement.data.signed }, ' (signed online)'],
    });
    expect(v.releases.map((r) => r.href)).toEqual([`/en/releases/${kamaishiId}/`]);
  });
});

describe('the English city presenter', () => {
  const kamaishi = englishCityView(relations.byId.cities.get('kamaishi')!, relations, edition);

  it('states the city’s facts with its government’s English name', () => {
    expect(terms(kamaishi.facts)).toEqual(
      expect.arrayContaining(['Japanese name', 'Prefecture', 'Local government code', 'Local government']),
    );
    expect(kamaishi.facts.find((r) => r.term === 'Japanese name')).toEqual({
      term: 'Japanese name',
      value: ['釜石市'],
      lang: 'ja',
    });
    expect(kamaishi.prefecture).toBe('Iwate Prefecture');
  });

  it('leads a later page back to the first', () => {
    expect(englishCityPage(kamaishi, 1).layout.breadcrumbs).toHaveLength(1);
    const second = englishCityPage(kamaishi, 2);
    expect(second.title).toBe('Kamaishi (page 2)');
    expect(second.layout.breadcrumbs.at(-1)).toEqual({ href: '/en/cities/kamaishi/', label: 'Kamaishi' });
  });
});

describe('the English declarations overview', () => {
  it('gives the sponsor’s count with its date, and what this site lists', () => {
    const womens = englishDeclarations(corpus, relations, edition).find(
      (d) => d.id === 'womens-reemployment',
    )!;
    const signatories = womens.facts.find((r) => r.term === 'Signatories')?.value;
    expect(signatories).toEqual([
      expect.stringMatching(
        /^27 organisations as of June 2026 \(reported by the sponsor\); \d+ known to this site$/,
      ),
    ]);
  });
});

describe('the English home presenter', () => {
  it('lists the newest releases and the cities north to south', () => {
    const v = englishHomeView(corpus, relations, edition);
    expect(v.latest.map((r) => r.href)).toEqual([`/en/releases/${somaId}/`, `/en/releases/${kamaishiId}/`]);
    expect(v.cities[0]).toEqual({
      href: '/en/cities/kamaishi/',
      label: 'Kamaishi',
      meta: ' (Iwate Prefecture)',
    });
  });
});
