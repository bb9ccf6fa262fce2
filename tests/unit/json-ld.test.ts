import { describe, expect, it } from 'vitest';
import { cityLd, eventLd, newsArticleLd, organizationType, serializeJsonLd } from '../../src/lib/json-ld.ts';
import { buildRelations } from '../../src/lib/relations.ts';
import { realCorpus } from '../helpers/real-corpus.ts';

describe('serializeJsonLd', () => {
  it('cannot end the script element or open a comment, whatever the data says', () => {
    const title = '</script><script>alert(1)</script><!-- & \u2028\u2029';
    const out = serializeJsonLd({ headline: title });
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).not.toContain('</script');
    // Still the same JSON value.
    expect(JSON.parse(out)).toEqual({ headline: title });
  });

  it('leaves ordinary Japanese text as it is', () => {
    expect(serializeJsonLd({ name: '相馬市「選ばれる地域」' })).toBe('{"name":"相馬市「選ばれる地域」"}');
  });

  it('rejects values JSON cannot represent', () => {
    expect(() => serializeJsonLd(undefined)).toThrow();
  });
});

describe('structured data over the real corpus', () => {
  const corpus = realCorpus();
  const rel = buildRelations(corpus);
  const site = 'https://pressroom.example.jp';

  const articleFor = (id: string, publisherIds: string[]) => {
    const release = rel.byId.releases.get(id)!;
    const organization = (oid: string) => rel.byId.organizations.get(oid);
    const ld = newsArticleLd({
      release,
      url: `${site}/releases/${id}/`,
      publishers: publisherIds.map((p) => organization(p)!),
      sourcePublisher: release.data.source && organization(release.data.source.publisher.id),
      pressRoom: { name: '地域プレスルーム', url: `${site}/` },
      cities: [],
      topics: ['働き方改革'],
      events: rel.events.filter((e) => e.release.id === release.id),
      organizationUrl: (o) => `${site}/organizations/${o.id}/`,
      organization,
    });
    return ld['@graph'] as Record<string, unknown>[];
  };

  it('dates a release as the source does: a day stays a day, with no invented time', () => {
    const [article] = articleFor('2026/soma-three-declarations', ['work-life-balance']);
    expect(article?.['@type']).toBe('NewsArticle');
    expect(article?.datePublished).toBe('2026-06-16');
    expect(article?.dateModified).toBe('2026-06-16');
    // Folded YAML lines are joined without stray spaces between Japanese words.
    expect(article?.description).not.toMatch(/\P{ASCII} \P{ASCII}/u);
  });

  it('makes the press room the author of a digest, and the summarised company its source', () => {
    const [article] = articleFor('2026/soma-three-declarations', ['work-life-balance']);
    expect(rel.byId.releases.get('2026/soma-three-declarations')?.data.kind).toBe('digest');
    expect(article?.author).toEqual({ '@type': 'Organization', name: '地域プレスルーム', url: `${site}/` });
    expect(article?.publisher).toEqual(article?.author);
    expect(article?.sourceOrganization).toMatchObject({ name: '株式会社ワーク・ライフバランス' });
    // The original release's address is not known: no home page stands in for it.
    expect(article).not.toHaveProperty('isBasedOn');
  });

  it('makes the publishers the authors of an original, and cites a known original release', () => {
    const base = rel.byId.releases.get('2026/soma-three-declarations')!;
    const original = { ...base, data: { ...base.data, kind: 'original' as const } };
    const withUrl = {
      ...base,
      data: { ...base.data, source: { ...base.data.source!, url: 'https://example.org/news/1' } },
    };
    const organization = (oid: string) => rel.byId.organizations.get(oid);
    const graph = (r: typeof base) =>
      newsArticleLd({
        release: r,
        url: `${site}/x/`,
        publishers: [organization('work-life-balance')!],
        sourcePublisher: organization('work-life-balance'),
        pressRoom: { name: '地域プレスルーム', url: `${site}/` },
        cities: [],
        topics: [],
        events: [],
        organizationUrl: (o) => `${site}/organizations/${o.id}/`,
        organization,
      })['@graph'] as Record<string, unknown>[];
    const [a] = graph(original);
    expect(a?.author).toEqual([expect.objectContaining({ name: '株式会社ワーク・ライフバランス' })]);
    expect(a).not.toHaveProperty('sourceOrganization');
    expect(graph(withUrl)[0]?.isBasedOn).toBe('https://example.org/news/1');
  });

  it('marks up no event whose venue the source does not name (a search engine would reject it)', () => {
    const events = articleFor('2026/soma-three-declarations', ['work-life-balance']).slice(1);
    expect(rel.events.filter((e) => e.release.id === '2026/soma-three-declarations')).toHaveLength(2);
    expect(events).toEqual([]);
    const kamaishi = articleFor('2020/kamaishi-jmam-workation-agreement', ['kamaishi-city', 'jmam']).slice(1);
    expect(kamaishi).toEqual([]);
  });

  it('marks up an event with a stated venue, with attendance and organiser only when stated', () => {
    const item = rel.events.find((e) => e.release.id === '2026/soma-three-declarations')!;
    const ld = eventLd({ ...item, event: { ...item.event, place: '相馬市役所' } }, `${site}/e`);
    expect(ld).toMatchObject({ location: { '@type': 'Place', name: '相馬市役所' }, startDate: '2026-06-16' });
    expect(ld).not.toHaveProperty('eventAttendanceMode');
    expect(ld).not.toHaveProperty('organizer');
    const online = eventLd({ ...item, event: { ...item.event, place: '相馬市役所', attendance: 'mixed' } }, 'u');
    expect(online?.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
  });

  it('types public bodies as GovernmentOrganization and companies as Organization', () => {
    expect(organizationType('municipality')).toBe('GovernmentOrganization');
    expect(organizationType('prefecture')).toBe('GovernmentOrganization');
    expect(organizationType('company')).toBe('Organization');
  });

  it('gives a city its municipal code and the body that governs it', () => {
    const graph = cityLd(rel.byId.cities.get('soma')!, `${site}/cities/soma/`, {
      name: '相馬市',
      url: `${site}/organizations/soma-city/`,
    })['@graph'] as Record<string, unknown>[];
    expect(graph[0]).toMatchObject({
      '@type': 'AdministrativeArea',
      identifier: { value: '072095' },
      containedInPlace: { name: '福島県' },
    });
    expect(graph[1]).toMatchObject({
      '@type': 'GovernmentOrganization',
      areaServed: { '@id': `${site}/cities/soma/` },
    });
  });
});
