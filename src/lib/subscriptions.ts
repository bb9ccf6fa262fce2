/**
 * What a page offers to subscribe to, with one title per scope so that no two feeds share a name:
 * 相馬市 the city (「相馬市に関する報道発表」, every release about the place) and 相馬市 the
 * organization (「相馬市が発表した報道発表」, releases it published) are different feeds.
 * Pages, the <link rel="alternate"> tags and the feeds' own channel titles all take their names
 * from here.
 */
import { ja } from '../i18n/ja.ts';
import type { Release } from '../schemas/index.ts';
import type { Entry, Relations } from './relations.ts';
import { calendarUrl, feedUrl, type FeedScope } from './urls.ts';

export interface SubscriptionLink {
  /** Visible link text and the alternate link's title. */
  title: string;
  href: string;
}

/** The name of a feed's scope: 「相馬市に関する報道発表」. */
export function feedScopeTitle(scope: FeedScope, name?: string): string {
  const t = ja.feeds.scopeTitle;
  if (scope.kind === 'all') return t.all;
  if (name === undefined) throw new Error(`feed ${scope.kind}/${scope.id} needs a name`);
  return t[scope.kind](name);
}

export function feedLink(scope: FeedScope, name?: string): SubscriptionLink {
  return { title: ja.feeds.linkTitle(feedScopeTitle(scope, name)), href: feedUrl(scope) };
}

/** The events calendar of the site or of one city, or nothing when it would hold no event. */
export function calendarLink(relations: Relations, cityId?: string): SubscriptionLink | undefined {
  if (cityId === undefined)
    return relations.events.length > 0
      ? { title: ja.layout.calendarLink(ja.layout.allEvents), href: calendarUrl() }
      : undefined;
  const city = relations.byId.cities.get(cityId);
  if (!city || (relations.city.get(cityId)?.events.length ?? 0) === 0) return undefined;
  return { title: ja.layout.calendarLink(city.data.name), href: calendarUrl(cityId) };
}

/** The feeds a release belongs to: its cities', then its publishers', each once. */
export function releaseFeedLinks(release: Entry<Release>, relations: Relations): SubscriptionLink[] {
  const links = [
    ...release.data.cities.map((c) => {
      const city = relations.byId.cities.get(c.id);
      return city && feedLink({ kind: 'cities', id: c.id }, city.data.name);
    }),
    ...release.data.publishers.map((p) => {
      const org = relations.byId.organizations.get(p.id);
      return org && feedLink({ kind: 'organizations', id: p.id }, org.data.name);
    }),
  ].filter((l) => l !== undefined);
  return links.filter((l, i) => links.findIndex((m) => m.href === l.href) === i);
}
