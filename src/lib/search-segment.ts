/**
 * Japanese text cut into words for the search index, by the same segmenter that cuts the query.
 *
 * Why: Pagefind runs its own Japanese analyser (Lindera) on pages whose language is zh, ja or th.
 * It is most of the index's time and memory at scale, and it cuts compounds differently from the
 * browser's `Intl.Segmenter`, which pagefind.js uses on the query (pagefind#1237). Text already
 * cut by `Intl.Segmenter('ja')`, words joined by spaces, and indexed under a language tag outside
 * that list (see `indexLanguage`) is split by Pagefind at the spaces only: index and query then
 * agree word for word, and Lindera never runs.
 *
 * Pure: no normalisation here (NFKC, case, dashes are src/lib/search-normalize.ts's job).
 */

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, s);
  }
  return s;
}

/**
 * The text with a space between every two words `Intl.Segmenter` finds (and around punctuation),
 * runs of whitespace collapsed to one space. Removing the added spaces gives the text back, apart
 * from its whitespace.
 */
export function segmentForIndex(text: string, lang = 'ja'): string {
  const parts: string[] = [];
  for (const { segment } of segmenter(lang).segment(text)) {
    const word = segment.trim();
    if (word !== '') parts.push(word);
  }
  return parts.join(' ');
}

/**
 * Languages whose words are not separated by spaces, and which Pagefind would therefore cut
 * itself (with Lindera) if indexed under their own tag. `should_segment` in Pagefind's fossick.
 */
const pagefindSegments = new Set(['ja', 'zh', 'th']);

/** Whether pages in this language (a BCP 47 tag such as `ja` or `en`) are pre-segmented. */
export function isPresegmented(lang: string): boolean {
  return pagefindSegments.has(primarySubtag(lang));
}

const primarySubtag = (lang: string) => lang.toLowerCase().split('-')[0] ?? '';

/**
 * The language tag a page is indexed under. Pre-segmented languages get their ISO 639-2 code
 * (`ja` → `jpn`), which Pagefind does not segment; pagefind.js on a `lang="ja"` page finds no
 * `ja` index and falls back to the largest, so the reader's search needs no setting. Other
 * languages keep their own tag and Pagefind's own word splitting and stemming.
 */
export function indexLanguage(lang: string): string {
  const iso6392: Record<string, string> = { ja: 'jpn', zh: 'zho', th: 'tha' };
  return iso6392[primarySubtag(lang)] ?? lang;
}

// Text between tags; entities (&amp;, &#12354;) are kept whole, never cut into "& amp ;".
const textRun = />([^<]+)</g;
const entity = /(&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);)/i;

/**
 * An HTML fragment with its text segmented (`segmentForIndex`) and its tags untouched. For a
 * page just rendered by the build: Astro escapes `<` in text, so `<` only ever starts a tag.
 * Script and style bodies are segmented too; the index excludes them anyway.
 */
export function segmentHtmlText(html: string, lang = 'ja'): string {
  return html.replace(textRun, (_, text: string) => {
    if (text.trim() === '') return `>${text}<`;
    const cut = text
      .split(entity)
      .map((piece, i) => (i % 2 === 1 ? piece : segmentForIndex(piece, lang)))
      .filter((piece) => piece !== '')
      .join(' ');
    // A space at either edge: Pagefind joins the text of neighbouring inline elements, and Astro
    // removes the whitespace between them, so 「と<a>連携</a>」 would be indexed as one word.
    return `> ${cut} <`;
  });
}

// A character of a script written without spaces, or a full-width punctuation mark.
const unspaced =
  '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆\\u3000-\\u303f\\uff01-\\uff65]';
const tags = '(?:<[^>]*>)*';
// A space with such a character on at least one side, possibly with tags (Pagefind's <mark>)
// between the space and the character.
const addedSpace = new RegExp(
  `(${unspaced}${tags}) (${tags}[^\\s<])|([^\\s>]${tags}) (${tags}${unspaced})`,
  'gu',
);

/**
 * An excerpt or title from a pre-segmented index as a reader should see it: the spaces the
 * segmentation added next to Japanese words removed (also across Pagefind's `<mark>` tags), so
 * 「2026 年 に 締結」 reads 「2026年に締結」 again; spaces between Latin words are kept. A space
 * the text itself had next to a Japanese word is lost too, which Japanese typography rarely
 * minds. For the search page's results.
 */
export function joinSegments(text: string): string {
  const join = (t: string) =>
    t.replace(addedSpace, (_, a?: string, b?: string, c?: string, d?: string) =>
      a !== undefined ? `${a}${b}` : `${c}${d}`,
    );
  // Two passes: a match consumes the character after the space, which may precede another space.
  return join(join(text));
}
