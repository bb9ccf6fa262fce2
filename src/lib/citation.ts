/**
 * The citation a reader copies from a release page: who wrote it, its title, when, and where.
 * Who wrote it depends on the release's provenance. An `original` is the publisher's own text, so
 * the publisher is the author. A `digest` is this press room's summary of a release published
 * elsewhere, so the press room is the author and the publisher is named as the source; a digest
 * cited as the publisher's own words would put the summary's sentences in the publisher's mouth.
 */
import { ja } from '../i18n/ja.ts';
import { formatDate } from './format.ts';

export type ReleaseKind = 'original' | 'digest';

export interface CitationInput {
  title: string;
  kind: ReleaseKind;
  /** The publishers' names, in the release's order. */
  publisherNames: readonly string[];
  /** The release's `published` value (an instant, or a day as written). */
  date: Date | string;
  /** The release page's absolute, permanent URL. */
  url: string;
}

/** One line of plain text, ready to paste: no markup, no line break. */
export function citation(input: CitationInput): string {
  if (input.publisherNames.length === 0) throw new Error('citation: a release has at least one publisher');
  const publishers = input.publisherNames.join('、');
  // A citation carries the date, not the weekday the site shows next to dates for planning.
  const date = formatDate(input.date).replace(/（.）$/u, '');
  // The title goes inside 「」, so quotation marks within it become 『』, as Japanese nests quotes.
  const title = input.title
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(/「/g, '『')
    .replace(/」/g, '』');
  return input.kind === 'original'
    ? ja.cite.original(ja.siteName, publishers, title, date, input.url)
    : ja.cite.digest(ja.siteName, publishers, title, date, input.url);
}
