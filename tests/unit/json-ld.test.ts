import { describe, expect, it } from 'vitest';
import { cityLd, newsArticleLd, organizationType, serializeJsonLd } from '../../src/lib/json-ld.ts';
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

  it('describes a release as a NewsArticle dated as on the page, with its events', () => {
    const release = rel.byId.releases.get('2026/soma-three-declarations')!;
    const ld = newsArticleLd({
      release,
      url: `${site}/releases/2026/soma-three-declarations/`,
      publishers: [rel.byId.organizations.get('work-life-balance')!],
      cities: [rel.byId.cities.get('soma')!],
      topics: ['働き方改革'],
      events: rel.events.filter((e) => e.release.id === release.id),
      organizationUrl: (o) => `${site}/organizations/${o.id}/`,
    });
    const [article, ...events] = ld['@graph'] as Record<string, unknown>[];
    expect(article?.['@type']).toBe('NewsArticle');
    expect(article?.datePublished).toBe('2026-06-16T00:00:00+09:00');
    expect(article?.dateModified).toBe('2026-06-16T00:00:00+09:00');
    // Folded YAML lines are joined without stray spaces between Japanese words.
    expect(article?.description).toContain('「働き方改革加速宣言」「男性育休100%宣言」');
    expect(events.map((e) => e.startDate)).toEqual(['2026-06-16', '2026-06-24']);
    expect(events[1]?.['@id']).toBe(`${site}/releases/2026/soma-three-declarations/#event-2`);
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
