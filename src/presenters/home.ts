/** The home page: who the site is for, the newest releases, upcoming events, cities, declarations. */
import { ja } from '../i18n/ja.ts';
import { splitEvents } from '../lib/events.ts';
import { formatDate } from '../lib/format.ts';
import { newestFirst, type Corpus, type Relations } from '../lib/relations.ts';
import { byJapaneseName, byMunicipalCode } from '../lib/sort.ts';
import { calendarLink, feedLink } from '../lib/subscriptions.ts';
import { collectionUrl, entryUrl, staticPageUrls } from '../lib/urls.ts';

/** How many releases and events the home lists; their own pages list them all. */
export const HOME_LIST_LENGTH = 5;

export function homeView({ corpus, relations, now }: { corpus: Corpus; relations: Relations; now: Date }) {
  const t = ja.homePage;
  const allFeed = feedLink({ kind: 'all' });
  return {
    layout: { title: ja.siteName, description: t.description, feeds: [allFeed] },
    allReleases: collectionUrl('releases'),
    allEvents: staticPageUrls.events,
    audiences: [
      { audience: t.audiences.press, href: collectionUrl('releases') },
      { audience: t.audiences.citizens, href: collectionUrl('cities') },
      { audience: t.audiences.jobSeekers, href: staticPageUrls.employers },
    ].map(({ audience, href }) => ({ href, title: audience.title, text: audience.body })),
    latest: corpus.releases.toSorted(newestFirst).slice(0, HOME_LIST_LENGTH),
    upcoming: splitEvents(relations.events, now).upcoming.slice(0, HOME_LIST_LENGTH),
    // 全国地方公共団体コード order: north to south, as Japanese public lists are.
    cities: corpus.cities
      .toSorted(byMunicipalCode)
      .map((c) => ({ href: entryUrl('cities', c.id), label: c.data.name, meta: `（${c.data.prefecture}）` })),
    declarations: corpus.declarations.toSorted(byJapaneseName).map((d) => {
      const rel = relations.declaration.get(d.id);
      const latest = rel?.latestReported;
      return {
        href: entryUrl('declarations', d.id),
        title: d.data.name,
        // The sponsor's count only with the day it was reported.
        text: t.declarationCounts(rel?.listedCount ?? 0, latest?.count, latest && formatDate(latest.asOf)),
      };
    }),
    feeds: [allFeed],
    calendar: calendarLink(relations),
  };
}
