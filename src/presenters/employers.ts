/**
 * The employer lists: all employers (/employers/) and the static filters by city and by
 * declaration (/employers/cities/soma/, /employers/declarations/<id>/), each in pages. One route
 * serves both filters; one view serves the three lists.
 */
import type { GetStaticPathsOptions } from 'astro';
import { ja } from '../i18n/ja.ts';
import {
  employerListNotes,
  employersByCityUrl,
  employersByDeclarationUrl,
  type Employer,
  type EmployerIndex,
} from '../lib/employers.ts';
import type { LinkItem } from '../lib/links.ts';
import { atListPages, type PageInfo } from '../lib/pagination.ts';
import { pageSizes, staticPageUrls } from '../lib/urls.ts';

export type EmployerFilterKind = 'cities' | 'declarations';

/**
 * Per filter kind: its address and its wording. Which filters exist and the employers each
 * selects are in the EmployerIndex, keyed by the same kinds; the route and the view read both by
 * kind.
 */
const filters = {
  cities: {
    url: employersByCityUrl,
    title: ja.employers.cityTitle,
    description: ja.employers.cityDescription,
  },
  declarations: {
    url: employersByDeclarationUrl,
    title: ja.employers.declarationTitle,
    description: ja.employers.declarationDescription,
  },
} as const;

type Paginate = Pick<GetStaticPathsOptions, 'paginate'>;

/** The paths of /employers/[...page]: every employer, by name. */
export function allEmployersPaths({ paginate }: Paginate, index: EmployerIndex) {
  return atListPages(staticPageUrls.employers, paginate(index.all, { pageSize: pageSizes.employers }));
}

/**
 * The paths of /employers/[filter]/[id]/[...page]: one list per city and per declaration that has
 * employers (no filter link leads to an empty page).
 */
export function employerFilterPaths({ paginate }: Paginate, index: EmployerIndex) {
  return (Object.keys(filters) as EmployerFilterKind[]).flatMap((kind) =>
    index.filters[kind]
      .map((f) => ({ kind, name: f.entry.data.name, id: f.entry.id }))
      .flatMap((f) =>
        atListPages(
          filters[f.kind].url(f.id),
          paginate(index.byFilter[f.kind].get(f.id) ?? [], {
            pageSize: pageSizes.employers,
            params: { filter: f.kind, id: f.id },
            props: { filter: f },
          }),
        ),
      ),
  );
}

export interface EmployersView {
  /** <title> and <h1>, with the page number after the first page. */
  title: string;
  description: string;
  /** The line under the <h1>. */
  intro: string;
  breadcrumbs: LinkItem[];
  firstPage: string;
  filterGroups: {
    id: string;
    heading: string;
    links: { href: string; label: string; count: string; current: boolean }[];
  }[];
  /** On a filter page, the way back to every employer. */
  all: { href: string; label: string; count: string } | undefined;
  heading: string;
  /** What the cards on this page leave out, said once (employerListNotes). */
  notes: string;
}

/**
 * A page of an employer list: of all employers, or of the filter `filter` (a city or a
 * declaration, with its name). `page.data` holds this page's employers.
 */
export function presentEmployers(
  index: EmployerIndex,
  page: PageInfo & { data: readonly Employer[] },
  filter?: { kind: EmployerFilterKind; id: string; name: string },
): EmployersView {
  const name = filter ? filters[filter.kind].title(filter.name) : ja.employers.title;
  const description = filter
    ? filters[filter.kind].description(filter.name, page.total)
    : ja.employers.description;
  const firstPage = filter ? filters[filter.kind].url(filter.id) : staticPageUrls.employers;
  const here = page.currentPage === 1 ? firstPage : undefined;
  const group = (kind: EmployerFilterKind, id: string, heading: string) => ({
    id,
    heading,
    links: index.filters[kind].map((f) => {
      const href = filters[kind].url(f.entry.id);
      return { href, label: f.entry.data.name, count: ja.employers.count(f.count), current: href === here };
    }),
  });
  return {
    title: ja.pagination.titled(name, page.currentPage),
    description,
    intro: filter ? description : ja.employers.intro,
    breadcrumbs: [
      { href: '/', label: ja.nav.home },
      ...(filter ? [{ href: staticPageUrls.employers, label: ja.employers.title }] : []),
      ...(page.currentPage > 1 ? [{ href: firstPage, label: name }] : []),
    ],
    firstPage,
    filterGroups: [
      group('cities', 'filter-cities', ja.employers.filterByCity),
      group('declarations', 'filter-declarations', ja.employers.filterByDeclaration),
    ],
    all: filter
      ? {
          href: staticPageUrls.employers,
          label: ja.employers.all,
          count: ja.employers.count(index.all.length),
        }
      : undefined,
    heading: ja.employers.listHeading(page.total),
    notes: employerListNotes(page.data).join(''),
  };
}
