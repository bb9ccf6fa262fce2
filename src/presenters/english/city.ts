/**
 * A city in English: its facts from the city model (English name, prefecture, code) and every
 * public release and agreement about it. The full profile is on the Japanese page.
 */
import { en } from '../../i18n/en.ts';
import { organizationNameEn, prefectureEn, type EnglishEdition } from '../../lib/english/edition.ts';
import { newestFirst, type Entry, type Relations } from '../../lib/relations.ts';
import { englishUrl, entryUrl } from '../../lib/urls.ts';
import type { City } from '../../schemas/index.ts';
import { factRows } from '../facts.ts';
import { listPage } from '../list-page.ts';
import { agreementItem, releaseItem } from './items.ts';

export function englishCityView(city: Entry<City>, relations: Relations, edition: EnglishEdition) {
  const d = city.data;
  const t = en.city;
  const rel = relations.city.get(city.id);
  const government = d.government && relations.byId.organizations.get(d.government.id);
  const prefecture = prefectureEn(d.prefecture);
  const japaneseUrl = entryUrl('cities', city.id);
  return {
    name: d.nameEn,
    prefecture,
    description: `${d.nameEn} (${d.name}), ${prefecture}: press releases and agreements.`,
    japaneseUrl,
    firstPage: englishUrl(japaneseUrl),
    facts: factRows([
      { term: t.japaneseName, value: [d.name], lang: 'ja' },
      { term: t.prefecture, value: [prefecture] },
      { term: t.code, value: [d.code] },
      government && {
        term: t.government,
        value: [organizationNameEn(government, edition, relations.byId.cities)],
      },
      d.officialSite && {
        term: t.officialSite,
        value: [{ href: d.officialSite, label: d.officialSite }],
      },
    ]),
    agreements: (rel?.agreements ?? []).map((a) => agreementItem(a, edition, relations)),
    releases: (rel?.releases ?? []).toSorted(newestFirst).map((r) => releaseItem(r, edition, relations)),
  };
}

/** One page of the city's releases: the title says which page, and pages after the first lead back. */
export function englishCityPage(view: ReturnType<typeof englishCityView>, currentPage: number) {
  const { title, breadcrumbs } = listPage({
    name: view.name,
    firstPage: view.firstPage,
    currentPage,
    english: true,
  });
  return {
    first: currentPage === 1,
    title,
    layout: { title, section: en.city.section, description: view.description, breadcrumbs },
  };
}
