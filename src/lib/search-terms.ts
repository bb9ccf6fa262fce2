/**
 * The words a reader may type for a name or a phrase, as the search index's metadata holds them.
 *
 * Why: a reader types names the page text may not hold in that form (a name without its legal
 * form, a city without 市). Metadata values are split at spaces only, so the fields hold each
 * name cut the way `Intl.Segmenter` cuts the query, plus the whole name for readers who type a
 * compound the segmenter would split. The page text is cut by the same segmenter
 * (src/lib/search-segment.ts); before that, Pagefind's own analyser cut it differently from the
 * query (pagefind#1237), and these fields were also the way around that.
 */
import { normalizeSearchText } from './search-normalize.ts';

/** The values that are set, each once, in order. */
export const unique = (xs: readonly (string | undefined)[]): string[] => [
  ...new Set(xs.filter((x): x is string => x !== undefined && x !== '')),
];

// Legal forms that readers leave out when typing a name.
const legalForms =
  /^(株式会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|特定非営利活動法人)|(株式会社|相互会社)$/g;

/** Other ways of writing a name: without legal form, without the 市/町/村/区 suffix, without ・. */
export function nameVariants(name: string): string[] {
  const bare = name.replace(legalForms, '');
  return unique([
    name,
    bare,
    bare.replace(/[・･]/g, ''),
    /^.{2,}[市町村区]$/.test(bare) ? bare.slice(0, -1) : undefined,
  ]);
}

const wordSegmenter = new Intl.Segmenter('ja', { granularity: 'word' });
// Pagefind drops these from queries too (see its search()).
const punctuation = /^[\p{P}\p{S}\s]+$/u;
// A lone kana (の, か) says nothing about a page; it would only add noise to the terms.
const loneKana = /^[\p{Script=Hiragana}\p{Script=Katakana}ー]$/u;

/**
 * The words a phrase becomes when typed as a query: normalised as the search page normalises the
 * query (search-normalize.ts), cut into `Intl.Segmenter` words as Pagefind's search() does, plus
 * the whole phrase without punctuation (for readers who type a compound the segmenter would
 * split, such as a katakana name).
 */
export function queryWords(written: string): string[] {
  const phrase = normalizeSearchText(written);
  const words = [...wordSegmenter.segment(phrase)]
    .filter((s) => s.isWordLike && !punctuation.test(s.segment))
    .map((s) => s.segment.toLocaleLowerCase());
  const whole = phrase.replace(/[\p{P}\p{S}\s]+/gu, '').toLocaleLowerCase();
  return unique([...words.filter((w) => !loneKana.test(w)), whole]);
}

/** A metadata field of terms: every query word of every phrase, separated by spaces. */
export function termsField(phrases: readonly string[]): string {
  return unique(phrases.flatMap(queryWords)).join(' ');
}
