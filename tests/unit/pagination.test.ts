import { describe, expect, it } from 'vitest';
import { atListPages, groupStartPages, pageWindow } from '../../src/lib/pagination.ts';
import { listPageUrl, pageParam, pageSizes } from '../../src/lib/urls.ts';

describe('list page addresses', () => {
  it('keep the list address for page 1 and put later pages under /page/N/', () => {
    expect(listPageUrl('/releases/', 1)).toBe('/releases/');
    expect(listPageUrl('/releases/', 2)).toBe('/releases/page/2/');
    expect(listPageUrl('/topics/childcare/', 12)).toBe('/topics/childcare/page/12/');
    expect(() => listPageUrl('/releases/', 0)).toThrow(RangeError);
    expect(() => listPageUrl('/releases/', 1.5)).toThrow(RangeError);
  });

  it('agree with the [...page] parameter a route is built with', () => {
    for (const first of ['/releases/', '/cities/soma/', '/employers/cities/soma/'])
      for (const n of [1, 2, 3, 250]) {
        const param = pageParam(n);
        expect(param === undefined ? first : `${first}${param}/`).toBe(listPageUrl(first, n));
      }
  });

  it('cannot be mistaken for a release, whose id starts with a four-digit year', () => {
    for (const n of [2, 2026]) expect(pageParam(n)).not.toMatch(/^\d{4}\//);
  });

  it('have page sizes that are positive integers', () => {
    for (const size of Object.values(pageSizes)) expect(Number.isInteger(size) && size > 0).toBe(true);
  });
});

describe('pageWindow', () => {
  it('lists every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 2)).toEqual([1, 2]);
    expect(pageWindow(2, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the first, the last and the current page with its neighbours, with gaps between', () => {
    expect(pageWindow(1, 50)).toEqual([1, 2, null, 50]);
    expect(pageWindow(7, 50)).toEqual([1, null, 6, 7, 8, null, 50]);
    expect(pageWindow(50, 50)).toEqual([1, null, 49, 50]);
  });

  it('never hides a single page behind a gap', () => {
    expect(pageWindow(4, 50)).toEqual([1, 2, 3, 4, 5, null, 50]);
    expect(pageWindow(47, 50)).toEqual([1, null, 46, 47, 48, 49, 50]);
  });

  it('stays at most seven entries long, ascending, with the current page, whatever the number of pages', () => {
    for (const last of [1, 2, 7, 8, 100, 10_000])
      for (const current of new Set(
        [1, 2, Math.ceil(last / 2), last - 1, last].filter((n) => n >= 1 && n <= last),
      )) {
        const w = pageWindow(current, last);
        expect(w.length).toBeLessThanOrEqual(7);
        expect(w).toContain(current);
        expect(w[0]).toBe(1);
        expect(w.at(-1)).toBe(last);
        const numbers = w.filter((n) => n !== null);
        expect(numbers).toEqual(numbers.toSorted((a, b) => a - b));
      }
  });

  it('rejects a page outside the list', () => {
    expect(() => pageWindow(0, 3)).toThrow(RangeError);
    expect(() => pageWindow(4, 3)).toThrow(RangeError);
  });
});

describe('atListPages', () => {
  // What Astro's paginate() returns for a [...page] route under /topics/[id]/: pages '', '2', '3'.
  const astroPaths = [1, 2, 3].map((n) => ({
    params: { id: 'childcare', page: n === 1 ? undefined : String(n) },
    props: {
      topic: 'childcare',
      page: {
        data: [n],
        currentPage: n,
        lastPage: 3,
        url: {
          current: n === 1 ? '/topics/childcare/' : `/topics/childcare/${n}/`,
          prev: undefined as string | undefined,
          next: undefined as string | undefined,
          first: undefined as string | undefined,
          last: undefined as string | undefined,
        },
      },
    },
  }));
  const paths = atListPages('/topics/childcare/', astroPaths);

  it('moves pages after the first under the static page segment, keeping the other params', () => {
    expect(paths.map((p) => p.params)).toEqual([
      { id: 'childcare', page: undefined },
      { id: 'childcare', page: 'page/2' },
      { id: 'childcare', page: 'page/3' },
    ]);
  });

  it('gives each page its own, previous, next, first and last addresses in that scheme', () => {
    expect(paths.map((p) => p.props.page.url)).toEqual([
      {
        current: '/topics/childcare/',
        prev: undefined,
        next: '/topics/childcare/page/2/',
        first: undefined,
        last: '/topics/childcare/page/3/',
      },
      {
        current: '/topics/childcare/page/2/',
        prev: '/topics/childcare/',
        next: '/topics/childcare/page/3/',
        first: '/topics/childcare/',
        last: '/topics/childcare/page/3/',
      },
      {
        current: '/topics/childcare/page/3/',
        prev: '/topics/childcare/page/2/',
        next: undefined,
        first: '/topics/childcare/',
        last: undefined,
      },
    ]);
  });

  it('leaves the data and the other props as they were', () => {
    expect(paths.map((p) => [p.props.topic, p.props.page.data])).toEqual([
      ['childcare', [1]],
      ['childcare', [2]],
      ['childcare', [3]],
    ]);
  });
});

describe('groupStartPages', () => {
  it('gives the page of the first item of each group, in list order', () => {
    const years = ['2026', '2026', '2026', '2025', '2025', '2024', '2023', '2023', '2023', '2023'];
    expect(groupStartPages(years, (y) => y, 3)).toEqual([
      { group: '2026', page: 1 },
      { group: '2025', page: 2 },
      { group: '2024', page: 2 },
      { group: '2023', page: 3 },
    ]);
  });

  it('names a group once even if it comes back later in the list', () => {
    expect(groupStartPages(['a', 'b', 'a'], (x) => x, 1)).toEqual([
      { group: 'a', page: 1 },
      { group: 'b', page: 2 },
    ]);
  });

  it('is empty for an empty list', () => {
    expect(groupStartPages([], (x: string) => x, 20)).toEqual([]);
  });
});
