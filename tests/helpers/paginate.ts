/**
 * Astro's paginate() as its reference documents it, for unit tests of route helpers outside a
 * build (Astro hands the real one only to getStaticPaths). Pages are numbered from 1; page 1 has
 * no `page` parameter; `start`/`end` are the indexes of the page's first and last item.
 */
import type { PaginateFunction } from 'astro';

export const paginate = ((
  data: readonly unknown[],
  args: { pageSize?: number; params?: object; props?: object } = {},
) => {
  const size = args.pageSize ?? 10;
  const lastPage = Math.max(1, Math.ceil(data.length / size));
  return Array.from({ length: lastPage }, (_, i) => {
    const n = i + 1;
    const start = i * size;
    const end = Math.min(start + size, data.length);
    return {
      params: { ...args.params, page: n === 1 ? undefined : String(n) },
      props: {
        ...args.props,
        page: {
          data: data.slice(start, end),
          start,
          end: end - 1,
          size,
          total: data.length,
          currentPage: n,
          lastPage,
          url: { current: `/${n}`, prev: undefined, next: undefined, first: undefined, last: undefined },
        },
      },
    };
  });
}) as unknown as PaginateFunction;
