import { describe, expect, it } from 'vitest';
import { buildEmployerIndex } from '../../src/lib/employers.ts';
import { buildRelations } from '../../src/lib/relations.ts';
import { realCorpus } from '../helpers/real-corpus.ts';

describe('employers over the real corpus', () => {
  const corpus = realCorpus();
  const rel = buildRelations(corpus);
  const index = buildEmployerIndex(corpus.organizations, rel);
  const ids = (list: { organization: { id: string } }[] | undefined) =>
    (list ?? []).map((e) => e.organization.id).sort();

  it('lists organisations based in a profiled city or that signed a declaration, and no others', () => {
    expect(ids(index.all)).toEqual([
      'fukushima-city',
      'higashiyamato-city',
      'kamaishi-city',
      'kochi-prefecture',
      'nakano-city',
      'soma-city',
      'wakayama-prefecture',
    ]);
    // The sponsor of the declarations neither is based in a profiled city nor signed one.
    expect(ids(index.all)).not.toContain('work-life-balance');
  });

  it('filters by city and by declaration, offering only filters that have employers', () => {
    expect(ids(index.byCity.get('soma'))).toEqual(['soma-city']);
    expect(ids(index.byDeclaration.get('womens-reemployment'))).toHaveLength(6);
    expect(ids(index.byDeclaration.get('paternity-leave-100'))).toEqual(['soma-city']);
    // North to south by municipal code.
    expect(index.cityFilters.map((f) => f.entry.id)).toEqual([
      'kamaishi',
      'fukushima',
      'soma',
      'nakano',
      'higashiyamato',
    ]);
    expect(index.cityFilters.every((f) => f.count > 0)).toBe(true);
    expect(index.cityFilters.map((f) => f.entry.id)).not.toContain('myoko');
  });

  it('carries each employer’s commitments and says nothing it does not know', () => {
    const soma = index.all.find((e) => e.organization.id === 'soma-city');
    expect(soma?.signatures.map((s) => s.declaration.id).sort()).toEqual([
      'paternity-leave-100',
      'womens-reemployment',
      'work-style-reform-acceleration',
    ]);
    expect(soma?.facts).toEqual([]);
    expect(soma?.website).toBeUndefined();
  });
});
