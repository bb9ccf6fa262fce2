import { describe, expect, it } from 'vitest';
import { publicReleases } from '../../src/lib/publishing.ts';
import { buildRelations } from '../../src/lib/relations.ts';
import { releaseSchema } from '../../src/schemas/releases.ts';
import { withKnownIds } from '../../src/schemas/primitives.ts';
import { realCorpus } from '../helpers/real-corpus.ts';

const ids = (list: { id: string }[] | undefined) => (list ?? []).map((e) => e.id);

describe('relations index over the real corpus', () => {
  const corpus = realCorpus();
  const rel = buildRelations(corpus);

  it('city → releases, agreements, declarations signed, organisations, events', () => {
    const soma = rel.city.get('soma');
    expect(ids(soma?.releases)).toEqual(['2026/soma-three-declarations']);
    expect(soma?.signatures.map((s) => s.declaration.id).sort()).toEqual([
      'paternity-leave-100',
      'womens-reemployment',
      'work-style-reform-acceleration',
    ]);
    expect(ids(soma?.organizations)).toContain('soma-city');
    // The press conference (6/16) comes before the kickoff lecture (6/24).
    expect(soma?.events.map((e) => e.event.start)).toEqual(['2026-06-16', '2026-06-24']);

    const kamaishi = rel.city.get('kamaishi');
    expect(ids(kamaishi?.agreements)).toEqual(['kamaishi-jmam-workation']);
    expect(ids(kamaishi?.releases)).toEqual(['2020/kamaishi-jmam-workation-agreement']);
  });

  it('organisation → releases, agreements as party or partner, declarations signed and sponsored', () => {
    expect(ids(rel.organization.get('jmam')?.releases)).toEqual(['2020/kamaishi-jmam-workation-agreement']);
    expect(ids(rel.organization.get('jmam')?.agreements)).toEqual(['kamaishi-jmam-workation']);
    expect(ids(rel.organization.get('kamaishi-dmc')?.agreements)).toEqual(['kamaishi-jmam-workation']);
    expect(rel.organization.get('soma-city')?.signatures).toHaveLength(3);
    expect(ids(rel.organization.get('work-life-balance')?.sponsored)).toHaveLength(3);
    expect(ids(rel.organization.get('mlit')?.clientOf)).toEqual(['work-life-balance']);
  });

  it('declaration → signatories in registry order, listed versus reported', () => {
    const d = rel.declaration.get('womens-reemployment');
    expect(d?.signatures.map((s) => s.organization.id)).toEqual([
      'wakayama-prefecture',
      'kochi-prefecture',
      'higashiyamato-city',
      'fukushima-city',
      'nakano-city',
      'soma-city',
    ]);
    expect(d?.signatures.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(d?.listedCount).toBe(6);
    expect(d?.latestReported).toMatchObject({ count: 27, asOf: '2026-06' });
    expect(rel.declaration.get('paternity-leave-100')?.latestReported).toBeUndefined();
  });

  it('organisations are listed under the city they are based in, via their own city field', () => {
    expect(ids(rel.city.get('nakano')?.signatures.map((s) => s.organization))).toEqual(['nakano-city']);
  });
});

describe('relations index and the publishing gate', () => {
  const corpus = realCorpus();
  const future = withKnownIds(
    new Map([
      ['organizations', new Set(['soma-city'])],
      ['cities', new Set(['soma'])],
    ]),
    () =>
      releaseSchema.parse({
        kind: 'original',
        title: '未来の発表',
        lead: 'まだ公開されない発表です。',
        published: '2027-01-01T09:00:00+09:00',
        publishers: ['soma-city'],
        cities: ['soma'],
        events: [{ title: '未来の説明会', start: '2027-01-10' }],
        contacts: [{ organization: 'soma-city', department: '広報', email: 'press@example.jp' }],
      }),
  );
  const all = [...corpus.releases, { id: '2027/future', data: future }];

  it('builds only from what the gate lets through: a future release leaves no back-reference', () => {
    const before = buildRelations({
      ...corpus,
      releases: publicReleases(all, new Date('2026-12-31T00:00:00+09:00')),
    });
    expect(ids(before.city.get('soma')?.releases)).not.toContain('2027/future');
    expect(before.events.map((e) => e.event.title)).not.toContain('未来の説明会');
    expect(before.byId.releases.has('2027/future')).toBe(false);

    const after = buildRelations({
      ...corpus,
      releases: publicReleases(all, new Date('2027-01-01T09:00:00+09:00')),
    });
    expect(ids(after.city.get('soma')?.releases)[0]).toBe('2027/future');
    expect(after.events.at(-1)?.event.title).toBe('未来の説明会');
    expect(ids(after.release.get('2026/soma-three-declarations')?.related)).toEqual(['2027/future']);
  });
});
