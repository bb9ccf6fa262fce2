/**
 * The relations index at archive scale: a release page lists only the newest few related
 * releases, and the shortcut that finds them agrees with the obvious (quadratic) definition.
 */
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../scripts/bench/prng.ts';
import {
  buildRelations,
  newestFirst,
  RELATED_RELEASES_LIMIT,
  type Corpus,
  type Entry,
} from '../../src/lib/relations.ts';
import type { Release } from '../../src/schemas/index.ts';

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });

/** A corpus of many releases over few cities, agreements and declarations, with ties in time. */
function syntheticCorpus(n: number): Corpus {
  const rng = createRandom(42);
  const cities = ['a', 'b', 'c'];
  const agreements = ['x', 'y'];
  const declarations = ['d'];
  const releases: Entry<Release>[] = Array.from({ length: n }, (_, i) => ({
    id: `r${String(i).padStart(4, '0')}`,
    data: {
      // Few distinct instants, so ordering by id on ties is exercised.
      published: new Date(Date.UTC(2020, 0, 1 + rng.int(0, 40))),
      cities: rng.sample(cities, rng.int(0, 2)).map((id) => ref('cities', id)),
      agreements: rng.chance(0.3) ? [ref('agreements', rng.pick(agreements))] : [],
      declarations: rng.chance(0.2) ? [ref('declarations', 'd')] : [],
      publishers: [],
      topics: [],
      events: [],
    } as unknown as Release,
  }));
  const stub = (id: string) => ({ id, data: {} });
  return {
    releases,
    cities: cities.map(stub),
    agreements: agreements.map((id) => ({
      id,
      data: { signed: '2020-01-01', cities: [], parties: [], partners: [] },
    })),
    declarations: declarations.map((id) => ({
      id,
      data: { sponsor: ref('organizations', 'o'), signatories: [], reportedCounts: [] },
    })),
    organizations: [],
    topics: [],
  } as unknown as Corpus;
}

/** The definition: every other release sharing a city, agreement or declaration, newest first. */
function allRelated(corpus: Corpus, r: Entry<Release>): string[] {
  const shares = (o: Entry<Release>) =>
    o.id !== r.id &&
    (o.data.cities.some((c) => r.data.cities.some((x) => x.id === c.id)) ||
      o.data.agreements.some((a) => r.data.agreements.some((x) => x.id === a.id)) ||
      o.data.declarations.some((d) => r.data.declarations.some((x) => x.id === d.id)));
  return corpus.releases
    .filter(shares)
    .sort(newestFirst)
    .map((e) => e.id);
}

describe('related releases on a release page', () => {
  const corpus = syntheticCorpus(400);
  const relations = buildRelations(corpus);

  it('are the newest RELATED_RELEASES_LIMIT of all related releases, whatever the archive size', () => {
    expect(RELATED_RELEASES_LIMIT).toBe(5);
    let full = 0;
    for (const r of corpus.releases) {
      const expected = allRelated(corpus, r).slice(0, RELATED_RELEASES_LIMIT);
      expect(
        relations.release.get(r.id)?.related.map((e) => e.id),
        r.id,
      ).toEqual(expected);
      if (expected.length === RELATED_RELEASES_LIMIT) full++;
    }
    // The cap is reached for most releases, so the test exercises it.
    expect(full).toBeGreaterThan(300);
  });

  it('leave the city, agreement and declaration lists complete', () => {
    const inCity = corpus.releases.filter((r) => r.data.cities.some((c) => c.id === 'a')).length;
    expect(relations.city.get('a')?.releases).toHaveLength(inCity);
    expect(inCity).toBeGreaterThan(RELATED_RELEASES_LIMIT);
  });
});
