/**
 * The indexes of the five collections (/cities/, /organizations/ …, src/layouts/CollectionIndex.astro):
 * the order each is listed in and what each item says under its name.
 */
import type { GetStaticPathsOptions } from 'astro';
import { ja } from '../i18n/ja.ts';
import { formatDate } from '../lib/format.ts';
import {
  agreementLink,
  cityLink,
  declarationLink,
  organizationLink,
  topicLink,
  type LinkItem,
} from '../lib/links.ts';
import { atListPages } from '../lib/pagination.ts';
import { byJapaneseName, byMunicipalCode } from '../lib/sort.ts';
import { joinWrappedJapanese } from '../lib/text.ts';
import { collectionUrl, pageSizes } from '../lib/urls.ts';
import type { EntryKind, SiteData } from './entry.ts';

export type IndexItem = LinkItem & { detail?: string | undefined };

const indexes: Record<EntryKind, (site: SiteData) => IndexItem[]> = {
  // 全国地方公共団体コード order: north to south, as Japanese public lists are.
  cities: ({ corpus }) =>
    corpus.cities.toSorted(byMunicipalCode).map((c) => ({ ...cityLink(c), detail: c.data.tagline })),
  // Newest signed first.
  agreements: ({ corpus }) =>
    corpus.agreements
      .toSorted((a, b) => b.data.signed.localeCompare(a.data.signed))
      .map((a) => ({ ...agreementLink(a), detail: joinWrappedJapanese(a.data.summary) })),
  declarations: ({ corpus, relations }) =>
    corpus.declarations.toSorted(byJapaneseName).map((d) => {
      const rel = relations.declaration.get(d.id);
      const latest = rel?.latestReported;
      return {
        ...declarationLink(d),
        meta: ja.homePage.declarationCounts(
          rel?.listedCount ?? 0,
          latest?.count,
          latest && formatDate(latest.asOf),
        ),
      };
    }),
  organizations: ({ corpus }) =>
    corpus.organizations
      .toSorted(byJapaneseName)
      .map((o) => ({ ...organizationLink(o), meta: ja.organization.kind[o.data.kind] })),
  // In the order the topics file lists them.
  topics: ({ corpus }) => corpus.topics.map((t) => ({ ...topicLink(t), detail: t.data.description })),
};

/** The items of a collection's index, in its order. */
export function indexItems(kind: EntryKind, site: SiteData): IndexItem[] {
  return indexes[kind](site);
}

/**
 * The paths of `src/pages/[collection]/[...page].astro`, the one route of the five indexes: each
 * index in pages of `pageSizes.entries` (/cities/, /cities/page/2/ …).
 */
export function indexPaths({ paginate }: Pick<GetStaticPathsOptions, 'paginate'>, site: SiteData) {
  return (Object.keys(indexes) as EntryKind[]).flatMap((collection) =>
    atListPages(
      collectionUrl(collection),
      paginate(indexItems(collection, site), {
        pageSize: pageSizes.entries,
        params: { collection },
        props: { collection },
      }),
    ),
  );
}
