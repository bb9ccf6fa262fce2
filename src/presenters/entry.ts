/**
 * What the five entry pages (a city, agreement, declaration, organization, topic) share: the
 * route — each entry with its list split into pages — and the frame around the entry's own
 * content (title with the page number, breadcrumbs, feeds, the list's section).
 */
import type { GetStaticPathsOptions } from 'astro';
import { ja } from '../i18n/ja.ts';
import type { JsonLd } from '../lib/json-ld.ts';
import type { LinkItem } from '../lib/links.ts';
import { atListPages } from '../lib/pagination.ts';
import type { Corpus, Entry, Relations } from '../lib/relations.ts';
import type { SubscriptionLink } from '../lib/subscriptions.ts';
import { cityTimeline } from '../lib/timeline.ts';
import { collectionUrl, entryUrl, pageSizes } from '../lib/urls.ts';

export type EntryKind = 'cities' | 'agreements' | 'declarations' | 'organizations' | 'topics';

/** What a presenter reads: the public corpus and its relations index (what `getSite()` holds). */
export interface SiteData {
  corpus: Corpus;
  relations: Relations;
}

/** The list each entry page splits into pages: a city's timeline, the others' releases. */
const lists = {
  cities: (relations: Relations, id: string) => {
    const rel = relations.city.get(id);
    return rel ? cityTimeline(rel) : [];
  },
  agreements: (relations: Relations, id: string) => relations.agreement.get(id)?.releases ?? [],
  declarations: (relations: Relations, id: string) => relations.declaration.get(id)?.releases ?? [],
  organizations: (relations: Relations, id: string) => relations.organization.get(id)?.releases ?? [],
  topics: (relations: Relations, id: string) => relations.topic.get(id)?.releases ?? [],
} satisfies Record<EntryKind, (relations: Relations, id: string) => unknown[]>;

export type EntryListItem<K extends EntryKind> = ReturnType<(typeof lists)[K]>[number];

/**
 * The paths of `src/pages/<kind>/[id]/[...page].astro` (its getStaticPaths, inside
 * `keyedByCorpus`): every entry of the collection with its list in pages of `pageSizes.releases`
 * (/cities/soma/, /cities/soma/page/2/ …), and the entry itself in `props.entry` as the corpus
 * holds it (in a build, Astro's collection entry, which the page renders). A route shared by
 * several kinds (`[collection]/[id]/[...page].astro`) passes the kind as `collection`: paginate()
 * needs every parameter of the route.
 */
export function entryPaths<K extends EntryKind, C extends Record<K, readonly Entry<unknown>[]>>(
  kind: K,
  { paginate }: Pick<GetStaticPathsOptions, 'paginate'>,
  site: { corpus: C; relations: Relations },
  routeParams: { collection?: K } = {},
) {
  return (site.corpus[kind] as readonly C[K][number][]).flatMap((entry) =>
    atListPages(
      entryUrl(kind, entry.id),
      paginate(lists[kind](site.relations, entry.id) as EntryListItem<K>[], {
        pageSize: pageSizes.releases,
        params: { ...routeParams, id: entry.id },
        props: { entry },
      }),
    ),
  );
}

export interface EntryFrame {
  /** <title> and <h1>: the entry's name, with the page number after the first page. */
  title: string;
  /** The kind of page in <title> (相馬市 the city and 相馬市 the body differ). */
  section: string;
  description: string;
  /** The small line above the <h1> (a city's prefecture, an organization's kind). */
  kicker: string | undefined;
  breadcrumbs: LinkItem[];
  feeds: SubscriptionLink[];
  calendar: SubscriptionLink | undefined;
  /** Structured data, on the first page only: the others list releases, not the entry. */
  jsonLd: JsonLd[];
  /** The entry's own address, which is its list's first page. */
  firstPage: string;
  /** The section that holds this page of the list. */
  list: {
    id: string;
    heading: string;
    /** A line under the heading, on the first page only. */
    intro: string | undefined;
    unsearchable: boolean;
  };
}

export interface FrameParts {
  name: string;
  description: string;
  kicker?: string | undefined;
  feeds?: SubscriptionLink[];
  calendar?: SubscriptionLink | undefined;
  jsonLd?: JsonLd[];
  list: { id: string; heading: string; intro?: string; unsearchable: boolean };
}

/**
 * The frame of page `currentPage` of an entry. Pages after the first carry the list only, so
 * their breadcrumbs lead back to the entry's first page, and they have no structured data.
 */
export function entryFrame(
  kind: EntryKind,
  entry: Pick<Entry<unknown>, 'id'>,
  currentPage: number,
  parts: FrameParts,
): EntryFrame {
  const first = currentPage === 1;
  const firstPage = entryUrl(kind, entry.id);
  return {
    title: ja.pagination.titled(parts.name, currentPage),
    section: ja.nav[kind],
    description: parts.description,
    kicker: parts.kicker,
    breadcrumbs: [
      { href: '/', label: ja.nav.home },
      { href: collectionUrl(kind), label: ja.nav[kind] },
      ...(first ? [] : [{ href: firstPage, label: parts.name }]),
    ],
    feeds: parts.feeds ?? [],
    calendar: parts.calendar,
    jsonLd: first ? (parts.jsonLd ?? []) : [],
    firstPage,
    list: { ...parts.list, intro: first ? parts.list.intro : undefined },
  };
}
