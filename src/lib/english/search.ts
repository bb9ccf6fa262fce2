/**
 * The English search index: one record per public English summary page (releases and
 * agreements), indexed as English in its own Pagefind bundle (/en/pagefind/). Pagefind keeps one
 * index per language, and the Japanese index is built with a forced language, which would
 * swallow English pages; a separate bundle keeps the two apart, and the English search page
 * loads only English.
 */
import { escapeMarkup } from '../escape.ts';
import { en } from '../../i18n/en.ts';
import type { EnglishSummary } from '../../schemas/index.ts';
import type { Entry, Relations } from '../relations.ts';
import { englishUrl } from '../urls.ts';
import { formatDateEn } from './format.ts';
import { englishEntryUrl, type EnglishEdition } from './edition.ts';

/** Where the English bundle is written in dist/ and served from. */
export const englishBundlePath = englishUrl('/pagefind/');

export interface EnglishSearchRecord {
  url: string;
  title: string;
  kind: string;
  date: string;
  /**
   * A release's headline (title and subtitle), weighted above body text. Agreements have none:
   * an agreement summary retells the release that announced it, and a reader searching for both
   * should meet the release, the primary document, first.
   */
  headline: string | undefined;
}

export function englishSearchRecords(edition: EnglishEdition, relations: Relations): EnglishSearchRecord[] {
  return [...edition.summaries.values()].flatMap((s: Entry<EnglishSummary>) => {
    const { collection, id } = s.data.japanese;
    const date =
      collection === 'releases'
        ? relations.byId.releases.get(id)?.data.published
        : relations.byId.agreements.get(id)?.data.signed;
    if (date === undefined) return [];
    return [
      {
        url: englishEntryUrl(collection, id),
        title: s.data.title,
        kind: en.search.kinds[collection],
        date: formatDateEn(date),
        headline:
          collection === 'releases' ? [s.data.title, s.data.subtitle].filter(Boolean).join(' ') : undefined,
      },
    ];
  });
}

/** Ranking on the English search page: the headline counts above body text. */
export const englishSearchRanking = { metaWeights: { headline: 4, kind: 0, date: 0 } };

/** The built page with its record's metadata added at the end of <main>, as the Japanese index does. */
export function withEnglishRecord(pageHtml: string, record: EnglishSearchRecord): string {
  const end = pageHtml.lastIndexOf('</main>');
  if (end < 0) throw new Error(`${record.url}: the built page has no </main>`);
  const meta = (key: string, value: string) =>
    `<span data-pagefind-meta="${escapeMarkup(`${key}:${value}`)}"></span>`;
  const markup = [
    meta('title', record.title),
    meta('kind', record.kind),
    meta('date', record.date),
    record.headline === undefined ? '' : meta('headline', record.headline),
  ].join('');
  return pageHtml.slice(0, end) + markup + pageHtml.slice(end);
}
