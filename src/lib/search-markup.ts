/**
 * The markup a search record becomes in the document Pagefind indexes: its title, metadata,
 * filters and sort key as Pagefind attributes (src/lib/search-document.ts adds it to the page).
 */
import { ja } from '../i18n/ja.ts';
import { escapeMarkup } from './escape.ts';
import { formatDate } from './format.ts';
import { kindLabels, type SearchRecord } from './search-records.ts';
import { filterKeys } from './search-state.ts';
import { termsField } from './search-terms.ts';

/** The record as Pagefind attributes: title, metadata, filters and sort key. */
export function recordMarkup(record: SearchRecord): string {
  const meta = (key: string, value: string) =>
    value === '' ? '' : `<span data-pagefind-meta="${escapeMarkup(`${key}:${value}`)}"></span>`;
  const filters = filterKeys.flatMap((k) =>
    record.filters[k].map(
      (v) => `<span data-pagefind-filter="${escapeMarkup(`${ja.search.filters[k]}:${v}`)}"></span>`,
    ),
  );
  return [
    // The page's <h1> is the title too; the explicit one keeps results right if a page changes.
    // An event's document has neither: its words rank as text, below the release's.
    record.kind === 'events' ? '' : meta('title', record.title),
    record.label === record.title && record.kind !== 'events' ? '' : meta('label', record.label),
    meta('kind', kindLabels[record.kind]),
    record.date ? meta('date', formatDate(record.date)) : '',
    meta('names', termsField(record.names)),
    meta('headline', termsField(record.headline)),
    meta('terms', termsField(record.terms)),
    ...filters,
    `<span data-pagefind-sort="${escapeMarkup(`date:${record.sortValue}`)}"></span>`,
  ]
    .filter((s) => s !== '')
    .join('');
}
