import { describe, expect, it } from 'vitest';
import { buildEmployerIndex, employerListNotes, type Employer } from '../../src/lib/employers.ts';
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
    expect(ids(index.byFilter.cities.get('soma'))).toEqual(['soma-city']);
    expect(ids(index.byFilter.declarations.get('womens-reemployment'))).toHaveLength(6);
    expect(ids(index.byFilter.declarations.get('paternity-leave-100'))).toEqual(['soma-city']);
    // North to south by municipal code.
    expect(index.filters.cities.map((f) => f.entry.id)).toEqual([
      'kamaishi',
      'fukushima',
      'soma',
      'nakano',
      'higashiyamato',
    ]);
    expect(index.filters.cities.every((f) => f.count > 0)).toBe(true);
    expect(index.filters.cities.map((f) => f.entry.id)).not.toContain('myoko');
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

describe('employerListNotes', () => {
  const corpus = realCorpus();
  const index = buildEmployerIndex(corpus.organizations, buildRelations(corpus));
  const kamaishi = index.all.find((e) => e.organization.id === 'kamaishi-city')!;
  const soma = index.all.find((e) => e.organization.id === 'soma-city')!;
  const fact = {
    label: '男性育休取得率',
    value: '100%',
    asOf: '2026-04',
    source: { release: { collection: 'releases', id: 'x' } },
  };
  const known: Employer = { ...soma, website: 'https://example.com/', facts: [fact] as Employer['facts'] };

  it('says once what the cards leave out, with how many employers it concerns', () => {
    // Kamaishi city signed no declaration; neither city has workplace facts or a website here.
    const notes = employerListNotes([kamaishi, soma]);
    expect(notes).toHaveLength(3);
    expect(notes[0]).toContain('ここに並ぶ組織については、まだ掲載できるデータがありません');
    expect(notes[1]).toMatch(/^1 組織は、.*賛同した宣言を表示していません/);
    expect(notes[2]).toMatch(/^2 組織は、ウェブサイトの情報がない/);
  });

  it('counts only the employers that lack an item, and says nothing when none lacks it', () => {
    const notes = employerListNotes([known, soma]);
    expect(notes[0]).toContain('1 組織についてデータがありません');
    expect(notes.some((n) => n.includes('賛同した宣言'))).toBe(false);
    expect(employerListNotes([known])).toEqual([]);
  });
});
