/**
 * The job seeker's view of organisations: who employs people in a profiled city, or has made a
 * public commitment (a declaration), with what the site knows about them as an employer.
 */
import { ja } from '../i18n/ja.ts';
import type { City, Declaration, Organization } from '../schemas/index.ts';
import type { Entry, Relations, Signature } from './relations.ts';
import { byJapaneseName, byMunicipalCode, compareJapanese } from './sort.ts';

export type WorkplaceFact = NonNullable<Organization['employer']>['workplaceFacts'][number];

export interface Employer {
  organization: Entry<Organization>;
  /** The profiled city it is based in. */
  city: Entry<City> | undefined;
  /** Declarations it signed, in the order of the declarations' names. */
  signatures: Signature[];
  industries: string[];
  website: string | undefined;
  hiringPage: string | undefined;
  facts: WorkplaceFact[];
}

export interface EmployerFilter<T> {
  entry: Entry<T>;
  count: number;
}

/**
 * Every employer, and per filter kind (a city: based there; a declaration: signed it) the
 * employers of each filter by its id. Keyed by the kinds of the filter routes
 * (/employers/cities/…, /employers/declarations/…), so the presenter reads them by kind.
 */
export interface EmployerIndex {
  all: Employer[];
  byFilter: { cities: Map<string, Employer[]>; declarations: Map<string, Employer[]> };
  /** Filters that have at least one employer, so no filter link leads to an empty page. */
  filters: { cities: EmployerFilter<City>[]; declarations: EmployerFilter<Declaration>[] };
}

/**
 * How many employers a city's page names; the rest are one link away, on the city's employer
 * list (paginated). A city's page must not grow with the number of organizations based there.
 */
export const CITY_PAGE_EMPLOYERS = 10;

const byName = (a: Employer, b: Employer) =>
  compareJapanese(a.organization.data.name, b.organization.data.name) ||
  a.organization.id.localeCompare(b.organization.id);

/** An organization's workplace facts, newest first: what a job seeker wants to know is what holds now. */
export function workplaceFactsOf(o: Entry<Organization>): WorkplaceFact[] {
  return (o.data.employer?.workplaceFacts ?? []).toSorted((a, b) => b.asOf.localeCompare(a.asOf));
}

export function isEmployer(o: Entry<Organization>, relations: Relations): boolean {
  return o.data.city !== undefined || (relations.organization.get(o.id)?.signatures.length ?? 0) > 0;
}

export function buildEmployerIndex(
  organizations: readonly Entry<Organization>[],
  relations: Relations,
): EmployerIndex {
  const all = organizations
    .filter((o) => isEmployer(o, relations))
    .map((organization): Employer => ({
      organization,
      city: organization.data.city && relations.byId.cities.get(organization.data.city.id),
      signatures: (relations.organization.get(organization.id)?.signatures ?? []).toSorted((a, b) =>
        compareJapanese(a.declaration.data.name, b.declaration.data.name),
      ),
      industries: organization.data.employer?.industries ?? [],
      website: organization.data.website,
      hiringPage: organization.data.employer?.hiringPage,
      facts: workplaceFactsOf(organization),
    }))
    .sort(byName);

  const byCity = new Map<string, Employer[]>();
  const byDeclaration = new Map<string, Employer[]>();
  for (const e of all) {
    if (e.city) byCity.set(e.city.id, [...(byCity.get(e.city.id) ?? []), e]);
    for (const s of e.signatures)
      byDeclaration.set(s.declaration.id, [...(byDeclaration.get(s.declaration.id) ?? []), e]);
  }

  /** Each filter of a kind that has employers, with how many, in the kind's order. */
  const filtersOf = <T>(
    lists: Map<string, Employer[]>,
    entries: Map<string, Entry<T>>,
    order: (a: Entry<T>, b: Entry<T>) => number,
  ): EmployerFilter<T>[] =>
    [...lists.entries()]
      .flatMap(([id, list]) => {
        const entry = entries.get(id);
        return entry ? [{ entry, count: list.length }] : [];
      })
      .sort((a, b) => order(a.entry, b.entry));

  return {
    all,
    byFilter: { cities: byCity, declarations: byDeclaration },
    filters: {
      // 全国地方公共団体コード order: north to south.
      cities: filtersOf(byCity, relations.byId.cities, byMunicipalCode),
      declarations: filtersOf(byDeclaration, relations.byId.declarations, byJapaneseName),
    },
  };
}

/** Static filter pages: real links, no script. */
export function employersByCityUrl(cityId: string): string {
  return `/employers/cities/${cityId}/`;
}
export function employersByDeclarationUrl(declarationId: string): string {
  return `/employers/declarations/${declarationId}/`;
}

/**
 * What a list of employers does not show, said once above the list instead of a filler line on
 * every card (「まだ掲載していません」 ten times tells a job seeker nothing). Empty when every
 * employer on the page has every item.
 */
export function employerListNotes(employers: readonly Employer[]): string[] {
  const t = ja.employers.notes;
  const count = (missing: (e: Employer) => boolean) => employers.filter(missing).length;
  const noFacts = count((e) => e.facts.length === 0);
  const noSite = count((e) => !e.website && !e.hiringPage);
  const noCommitments = count((e) => e.signatures.length === 0);
  const notes: string[] = [];
  if (noFacts > 0) notes.push(noFacts === employers.length ? t.noFactsAll : t.noFactsSome(noFacts));
  if (noCommitments > 0) notes.push(t.noCommitments(noCommitments));
  if (noSite > 0) notes.push(t.noWebsite(noSite));
  return notes;
}
