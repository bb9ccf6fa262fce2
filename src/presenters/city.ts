/**
 * A city's page: its profile and employers on the first page, its timeline (src/lib/timeline.ts)
 * in pages under them.
 */
import { ja } from '../i18n/ja.ts';
import { CITY_PAGE_EMPLOYERS, employersByCityUrl, type EmployerIndex } from '../lib/employers.ts';
import { formatDate } from '../lib/format.ts';
import { cityLd } from '../lib/json-ld.ts';
import type { LinkItem } from '../lib/links.ts';
import type { Entry } from '../lib/relations.ts';
import { absoluteUrl } from '../lib/seo.ts';
import { calendarLink, feedLink } from '../lib/subscriptions.ts';
import { entryUrl } from '../lib/urls.ts';
import type { City } from '../schemas/index.ts';
import { entryFrame, type EntryFrame, type SiteData } from './entry.ts';
import { factRows, type FactRow } from './facts.ts';

export interface CityView {
  frame: EntryFrame;
  /** The first page's own content; undefined on the following pages. */
  profile:
    | {
        tagline: string | undefined;
        /** The page's sections, for the in-page navigation. */
        sections: { id: string; label: string }[];
        facts: FactRow[];
        strategies: City['strategies'];
        /** Heritage and transport, each only when the city has some. */
        lists: { heading: string; items: string[] }[];
        /** At most CITY_PAGE_EMPLOYERS employers based in the city, by name. */
        employers: LinkItem[];
        /** The city's full employer list; undefined when it has none. */
        allEmployers: LinkItem | undefined;
      }
    | undefined;
}

export function presentCity(
  { relations, employers }: SiteData & { employers: EmployerIndex },
  city: Entry<City>,
  currentPage: number,
  site: URL | string,
): CityView {
  const d = city.data;
  const government = d.government && relations.byId.organizations.get(d.government.id);
  const governmentUrl = government ? entryUrl('organizations', government.id) : undefined;
  const url = absoluteUrl(entryUrl('cities', city.id), site);
  const frame = entryFrame('cities', city, currentPage, {
    name: d.name,
    description: d.summary,
    kicker: d.prefecture,
    feeds: [feedLink({ kind: 'cities', id: city.id }, d.name)],
    calendar: calendarLink(relations, city.id),
    jsonLd: [
      cityLd(
        city,
        url,
        government && governmentUrl
          ? { name: government.data.name, url: absoluteUrl(governmentUrl, site) }
          : undefined,
      ),
    ],
    list: { id: 'timeline', heading: ja.city.timeline, intro: ja.cityPage.timelineIntro, unsearchable: true },
  });
  if (currentPage !== 1) return { frame, profile: undefined };

  const based = employers.byFilter.cities.get(city.id) ?? [];
  return {
    frame,
    profile: {
      tagline: d.tagline,
      sections: [
        { id: 'profile', label: ja.cityPage.profile },
        { id: 'timeline', label: ja.city.timeline },
        { id: 'employers', label: ja.cityPage.employers },
      ],
      facts: factRows([
        { term: ja.cityPage.reading, value: [`${d.reading}（${d.nameEn}）`] },
        { term: ja.city.prefecture, value: [d.prefecture] },
        { term: ja.city.code, value: [d.code] },
        government &&
          governmentUrl && {
            term: ja.cityPage.government,
            value: [{ href: governmentUrl, label: government.data.name }],
          },
        d.mayor && { term: ja.city.mayor, value: [d.mayor.name, ja.city.asOf(formatDate(d.mayor.asOf))] },
        d.location && { term: ja.city.location, value: [d.location] },
        d.officialSite && {
          term: ja.city.officialSite,
          value: [{ href: d.officialSite, label: d.officialSite }],
        },
      ]),
      strategies: d.strategies,
      lists: [
        { heading: ja.city.heritage, items: d.heritage },
        { heading: ja.city.transport, items: d.transport },
      ].filter((l) => l.items.length > 0),
      employers: based.slice(0, CITY_PAGE_EMPLOYERS).map((e) => ({
        href: entryUrl('organizations', e.organization.id),
        label: e.organization.data.name,
        meta:
          e.signatures.length > 0
            ? `${ja.employers.commitments}: ${e.signatures.map((s) => s.declaration.data.name).join('、')}`
            : undefined,
      })),
      allEmployers:
        based.length === 0
          ? undefined
          : {
              href: employersByCityUrl(city.id),
              label:
                based.length > CITY_PAGE_EMPLOYERS
                  ? ja.cityPage.allEmployersLink(d.name, based.length)
                  : ja.cityPage.employersLink(d.name),
            },
    },
  };
}
