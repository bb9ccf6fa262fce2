/**
 * The press page (/press/): how to subscribe (feeds per scope, calendars), whom to contact, how
 * to cite, and the open data's documentation. The prose is in src/i18n/ja/; this decides which
 * feeds and examples the page names.
 */
import { ja } from '../i18n/ja.ts';
import { openDataDocs } from '../i18n/ja/open-data-docs.ts';
import { subscriptionGuide } from '../i18n/ja/subscription-guide.ts';
import { citation } from '../lib/citation.ts';
import { allReleasesFeed, scopeFeed } from '../lib/feeds.ts';
import { newestFirst, type Corpus, type Entry, type Relations } from '../lib/relations.ts';
import { byJapaneseName, byMunicipalCode } from '../lib/sort.ts';
import { calendarLink, feedLink } from '../lib/subscriptions.ts';
import { collectionUrl, dataUrl, entryUrl, feedUrl, signatoriesCsvUrl } from '../lib/urls.ts';
import type { Release } from '../schemas/index.ts';

export function pressView({ corpus, relations }: { corpus: Corpus; relations: Relations }, site: URL) {
  const t = ja.press;
  const guide = subscriptionGuide.feeds;
  const abs = (path: string) => new URL(path, site).href;
  const all = allReleasesFeed(corpus);
  const cities = corpus.cities.toSorted(byMunicipalCode);
  const organizations = corpus.organizations.toSorted(byJapaneseName);
  // Cities and organizations grow with the archive: their feeds are on their own pages, with one
  // example here. Topics (a controlled vocabulary) and declarations are few: each feed is listed.
  const onEntryPages = (['cities', 'organizations'] as const).map((kind) => {
    const example = (kind === 'cities' ? cities : organizations)[0];
    return {
      id: `feeds-${kind}`,
      ...guide.groups[kind],
      ...guide.onEntryPages[kind],
      indexUrl: collectionUrl(kind),
      example: example && {
        title: feedLink({ kind, id: example.id }, example.data.name).title,
        path: feedUrl({ kind, id: example.id }),
        url: abs(feedUrl({ kind, id: example.id })),
      },
    };
  });
  // Only the feeds listed here are built: a topic's or declaration's, not every city's.
  const listedFeeds = (
    kind: 'topics' | 'declarations',
    entries: readonly { id: string; data: { name: string } }[],
    releasesOf: (id: string) => readonly Entry<Release>[] | undefined,
  ) => ({
    id: `feeds-${kind}`,
    ...guide.groups[kind],
    feeds: entries.map((x) => {
      const feed = scopeFeed(kind, x.id, x.data.name, releasesOf(x.id));
      return { path: feed.path, name: x.data.name, count: t.feedCount(feed.releases.length) };
    }),
  });
  const listed = [
    listedFeeds('topics', corpus.topics, (id) => relations.topic.get(id)?.releases),
    listedFeeds('declarations', corpus.declarations, (id) => relations.declaration.get(id)?.releases),
  ];
  const allCalendar = calendarLink(relations);
  // The example calendar must exist: the first city that has an event (an empty one is never offered).
  const exampleCalendar = cities.map((c) => calendarLink(relations, c.id)).find((l) => l !== undefined);
  const newest = corpus.releases.toSorted(newestFirst)[0];
  return {
    layout: { title: t.title, description: t.description, breadcrumbs: [{ href: '/', label: ja.nav.home }] },
    allFeed: {
      title: all.title,
      path: all.path,
      url: abs(all.path),
      count: t.feedCount(all.releases.length),
    },
    onEntryPages,
    listed,
    allCalendar: allCalendar && { href: allCalendar.href, url: abs(allCalendar.href) },
    exampleCalendar: exampleCalendar && { ...exampleCalendar, url: abs(exampleCalendar.href) },
    citiesIndex: { href: collectionUrl('cities'), label: guide.onEntryPages.cities.index },
    /** The same citation a release page offers (src/lib/citation.ts), for the newest release. */
    citeExample:
      newest &&
      citation({
        title: newest.data.title,
        kind: newest.data.kind,
        publisherNames: newest.data.publishers.map(
          (p) => relations.byId.organizations.get(p.id)?.data.name ?? p.id,
        ),
        date: newest.data.published,
        url: abs(entryUrl('releases', newest.id)),
      }),
    dataFiles: (['releases', 'cities', 'organizations', 'declarations'] as const).map((name) => ({
      id: `data-${name}`,
      url: dataUrl(name),
      ...openDataDocs.files[name],
    })),
    csvFiles: corpus.declarations.map((d) => ({ href: signatoriesCsvUrl(d.id), label: d.data.name })),
    csvColumns: Object.values(openDataDocs.signatoryColumns),
  };
}

export type PressView = ReturnType<typeof pressView>;
