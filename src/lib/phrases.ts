/**
 * Japanese line breaking between phrases (文節), decided at build time with BudouX, so a heading
 * never breaks inside a word such as 働き方改革 or 6月24日 on a phone. The browser's own
 * `word-break: auto-phrase` was measured breaking 「働き方/改革」 at 360 px, and other browsers
 * lack it; a `<wbr>` between BudouX's phrases with `word-break: keep-all` behaves the same in all.
 */
import { loadDefaultJapaneseParser } from 'budoux';
import { decodeHTML } from 'entities';

const parser = loadDefaultJapaneseParser();

/** A phrase longer than this may not fit a phone's line; it gets weaker break points inside. */
const LONG_PHRASE = 10;
const legalForm =
  /^(株式会社|有限会社|合同会社|一般社団法人|公益社団法人|一般財団法人|公益財団法人|特定非営利活動法人)/u;
const han = /\p{Script=Han}/u;
const kana = /[\p{Script=Katakana}ー]/u;
const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** お・ご before a kanji word: 報道関係者/お問い合わせ先. */
const honorific = /[おご]/u;

/**
 * Break points inside one long phrase, weakest first: after a legal form (株式会社/日本能率協会),
 * after 「・」, where kanji meet katakana (日本能率協会/マネジメントセンター), and before an
 * honorific お・ご that starts a kanji word (報道関係者/お問い合わせ先). Never between digits and
 * kanji, so 6月24日 stays whole, nor between a kanji and its okurigana (働き方).
 */
function splitLong(phrase: string): string[] {
  const chars = [...phrase];
  if (chars.length <= LONG_PHRASE) return [phrase];
  const parts: string[] = [];
  let cur = '';
  const form = legalForm.exec(phrase)?.[0];
  chars.forEach((c, i) => {
    const prev = chars[i - 1];
    const boundary =
      prev !== undefined &&
      cur.length > 1 &&
      ((form !== undefined && i === [...form].length) ||
        prev === '・' ||
        (han.test(prev) && kana.test(c)) ||
        (kana.test(prev) && han.test(c)) ||
        (han.test(prev) && honorific.test(c) && han.test(chars[i + 1] ?? '')));
    if (boundary) {
      parts.push(cur);
      cur = '';
    }
    cur += c;
  });
  parts.push(cur);
  return parts;
}

/**
 * Phrases by text, for the rest of the build. The same heading texts recur on thousands of pages
 * (a release's title on every list that shows it, the section headings of every page), and
 * BudouX's parse was most of the time spent phrasing headings: ~0.3 ms a page. The map holds one
 * entry per distinct heading text (tens of thousands at 10,000 releases, a few MB).
 */
const phrased = new Map<string, readonly string[]>();

/** The phrases of a text, in order; joined they give the text back unchanged. */
export function phrases(text: string): readonly string[] {
  let out = phrased.get(text);
  if (!out) {
    // Text without Japanese (the English edition's headings) is left to the browser's own rules.
    out = Object.freeze(japanese.test(text) ? parser.parse(text).flatMap(splitLong) : [text]);
    phrased.set(text, out);
  }
  return out;
}

// Text back into a heading: only what text content needs (& < >). The one escaper (escape.ts)
// would also write quotation marks as entities, changing every such heading for nothing.
const encode = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A tag, with attribute values that may hold `>`. */
const tag = /(<(?:[^"'>]|"[^"]*"|'[^']*')*>)/;
const heading = /(<h([1-6])(?:\s(?:[^"'>]|"[^"]*"|'[^']*')*)?>)([\s\S]*?)(<\/h\2>)/gi;

/** One heading's inner HTML with `<wbr>` between phrases of each text run; tags stay as they are. */
export function phraseHtml(inner: string): string {
  return inner
    .split(tag)
    .map((part, i) => {
      if (i % 2 === 1 || part === '') return part;
      const text = decodeHTML(part);
      return phrases(text).map(encode).join('<wbr>');
    })
    .join('');
}

/**
 * Every heading of a page, its content wrapped in `<span class="phrases">` (the CSS hook for
 * `word-break: keep-all`, so only headings that carry break points lose the browser's per-character
 * breaks) with `<wbr>` between phrases.
 */
export function phraseHeadings(html: string): string {
  return html.replace(heading, (_m, open: string, _level: string, inner: string, close: string) =>
    /<wbr>|class="phrases"/.test(inner)
      ? `${open}${inner}${close}`
      : `${open}<span class="phrases">${phraseHtml(inner)}</span>${close}`,
  );
}
