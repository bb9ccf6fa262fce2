/**
 * Long lists in pages: what Astro's paginate() does not decide for us. Astro slices the list and
 * counts the pages; this module puts the pages at the site's addresses (urls.ts) and chooses which
 * page numbers the navigation shows.
 */
import { listPageUrl, pageParam } from './urls.ts';

/** What a page of a list knows about its place in the list (a subset of Astro's `Page`). */
export interface PageInfo {
  currentPage: number;
  lastPage: number;
  /** Index of the first and last item on this page, from 0. */
  start: number;
  end: number;
  total: number;
}

interface PageUrls {
  current: string;
  prev: string | undefined;
  next: string | undefined;
  first: string | undefined;
  last: string | undefined;
}

/**
 * Astro's paginate() over a `[...page]` route names the pages `…/`, `…/2/`, `…/3/`. The site
 * names them `…/`, `…/page/2/` (see `listPageUrl`): this rewrites each path's `page` parameter and
 * its page's links to that scheme, leaving the data, counts and other props as Astro made them.
 */
export function atListPages<
  T extends { params: object; props: { page: { currentPage: number; lastPage: number; url: PageUrls } } },
>(firstPage: string, paths: readonly T[]): T[] {
  return paths.map((path) => {
    const { currentPage: n, lastPage } = path.props.page;
    const url: PageUrls = {
      current: listPageUrl(firstPage, n),
      prev: n > 1 ? listPageUrl(firstPage, n - 1) : undefined,
      next: n < lastPage ? listPageUrl(firstPage, n + 1) : undefined,
      first: n > 1 ? firstPage : undefined,
      last: n < lastPage ? listPageUrl(firstPage, lastPage) : undefined,
    };
    return {
      ...path,
      params: { ...path.params, page: pageParam(n) },
      props: { ...path.props, page: { ...path.props.page, url } },
    };
  });
}

/**
 * The page numbers a page's navigation links to: the first, the last, and the current one with its
 * neighbours; `null` marks a gap. At most seven entries whatever the number of pages, so the
 * navigation does not grow with the archive. A gap never hides a single page (1 … 3 becomes 1 2 3).
 */
export function pageWindow(current: number, last: number, radius = 1): (number | null)[] {
  if (last < 1 || current < 1 || current > last) throw new RangeError(`page ${current} of ${last}`);
  const shown = new Set([1, last]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= last) shown.add(n);
  const out: (number | null)[] = [];
  let previous = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    if (n - previous === 2) out.push(previous + 1);
    else if (n - previous > 2) out.push(null);
    out.push(n);
    previous = n;
  }
  return out;
}

/**
 * For a list sorted into groups (releases by year), the page on which each group's first item is,
 * in list order: what a "jump to year" navigation links to.
 */
export function groupStartPages<T>(
  items: readonly T[],
  groupOf: (item: T) => string,
  pageSize: number,
): { group: string; page: number }[] {
  const starts = new Map<string, number>();
  items.forEach((item, i) => {
    const group = groupOf(item);
    if (!starts.has(group)) starts.set(group, Math.floor(i / pageSize) + 1);
  });
  return [...starts].map(([group, page]) => ({ group, page }));
}
