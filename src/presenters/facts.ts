/**
 * The rows of a definition list of facts (`<dl class="facts">`, src/components/EntryFacts.astro), as
 * plain data: a presenter decides which rows a page shows and what each says, the component only
 * lays them out. A value is a short run of parts, because facts are rarely one string: 「相馬市役所
 * （相馬市）」 is text, a link and text again.
 */
import type { LinkItem } from '../lib/links.ts';

export type FactPart =
  /** Plain text. */
  | string
  /** One link. */
  | { href: string; text: string }
  /** Links in a row (`<ul class="inline-list">`): the parties of an agreement. */
  | { links: LinkItem[] }
  /** Steps in order, joined by arrows (`<ol class="inline-list">`): a programme's structure. */
  | { steps: string[] }
  /** A date or instant, as `<time>`. */
  | { time: string }
  /** A remark in small print, inline or as its own paragraph. */
  | { meta: string; paragraph?: boolean };

export interface FactRow {
  term: string;
  value: FactPart[];
  /** Kept out of the search index: a row that only says the site knows nothing (no website). */
  unsearchable?: boolean;
}

/** A row, or nothing when its value is missing: `fact(t.mayor, d.mayor && [...])`. */
export function fact(term: string, value: FactPart[] | FactPart | undefined | false | null | ''): FactRow[] {
  if (value === undefined || value === false || value === null || value === '') return [];
  return [{ term, value: Array.isArray(value) ? value : [value] }];
}
