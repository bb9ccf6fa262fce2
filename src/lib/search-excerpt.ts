/**
 * A search result's excerpt as a reader expects it: one sentence of the page around the words
 * found, cut at word boundaries, with no words of the next block glued on and no spaces between
 * Japanese characters. Computed from the fragment Pagefind already loaded for the result (its
 * full text and the positions of the words found), so it costs no extra bytes.
 *
 * What Pagefind's text looks like (pagefind/src/fossick/parser.rs, `SENTENCE_SELECTORS`): each
 * block element (h1–h6, p, li, td, div, ul, article, section) ends with a space, after a '.' when
 * the block ends in a letter or digit (`[\w'")$*]`, Unicode-aware, so 賛同 becomes 「賛同.」).
 * Words are separated by zero-width spaces when Pagefind segmented Japanese itself, or by spaces
 * when the text was segmented before indexing; Pagefind's word positions count words split the
 * same way (pagefind_web_js/lib/excerpt.ts), and so does this module.
 */

export interface ExcerptPart {
  text: string;
  /** A word the query found. */
  mark: boolean;
}

const ZWS = '\u200b';
// Japanese script, the long-vowel mark, and full-width punctuation and forms.
const japanese = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆〇\\u3000-\\u303f\\uff00-\\uffef';
const japaneseChar = new RegExp(`[${japanese}]`, 'u');
// The '.' Pagefind adds at the end of a block that ends in a Japanese character.
const addedStop = new RegExp(`(?<=[${japanese}])\\.$`, 'u');
// A word that ends a sentence or a block.
const sentenceEnd = /[。！？!?]$/u;

const isJapanese = (c: string | undefined) => c !== undefined && japaneseChar.test(c);

/**
 * Removes the spaces a segmenter put between words of Japanese text (相馬 市 が → 相馬市が),
 * keeping spaces between words of other scripts (Work Life).
 */
export function joinJapanese(text: string): string {
  return text.replace(/(\S) +(?=(\S))/gu, (m, before: string, after: string) =>
    isJapanese(before) || isJapanese(after) ? before : m,
  );
}

/** The words of a fragment's text, as Pagefind counts them for word positions. */
export function fragmentWords(content: string): { words: string[]; zws: boolean } {
  const zws = content.includes(ZWS);
  return { words: zws ? content.split(ZWS) : content.split(/[\r\n\s]+/g), zws };
}

/** Whether a block or sentence ends after this word. */
function endsBlock(word: string, zws: boolean): boolean {
  const w = word.trimEnd();
  if (w === '') return zws; // in zero-width-space text a bare space is a block's end
  if (sentenceEnd.test(w) || addedStop.test(w) || w === '.') return true;
  // With zero-width spaces between words, a space at the end of a word is a block boundary.
  return zws && /\s$/.test(word);
}

export interface ExcerptOptions {
  /** At most this many characters of text (the excerpt is cut at word boundaries). */
  maxChars?: number;
  /** The result's title: a heading repeating it is not an excerpt. */
  title?: string;
}

/**
 * The excerpt of a result: the sentence holding most of the words found (the first such one),
 * trimmed around the first of them when it is long, with '…' where it was cut. Without a word
 * found in the text (the match was in the metadata), the first sentence that is not the title.
 */
export function buildExcerpt(
  content: string,
  locations: readonly number[],
  options: ExcerptOptions = {},
): ExcerptPart[] {
  const maxChars = options.maxChars ?? 90;
  const { words: raw, zws } = fragmentWords(content);
  const words = raw.map((w) => w.replace(/\s+/g, ' '));
  // Between two words: nothing when Pagefind separated them with a zero-width space (the text
  // keeps its own spaces), else a space only between two words of a spaced script.
  const separator = (a: string, b: string) =>
    zws || isJapanese(a.trimEnd().at(-1)) || isJapanese(b.trimStart()[0]) ? '' : ' ';
  const textOf = (s: number, e: number) => {
    let text = '';
    for (let i = s; i < e; i += 1) text += (i > s ? separator(words[i - 1]!, words[i]!) : '') + words[i];
    return (zws ? text : joinJapanese(text)).trim().replace(addedStop, '');
  };

  // Sentences as [start, end) word ranges, never across a block.
  const sentences: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < words.length; i += 1)
    if (endsBlock(words[i]!, zws) || i === words.length - 1) {
      if (textOf(start, i + 1) !== '') sentences.push([start, i + 1]);
      start = i + 1;
    }
  const hits = new Set(locations.filter((l) => l >= 0 && l < words.length));
  const title = options.title ? joinJapanese(options.title) : undefined;
  // A heading that repeats the title (相馬市 on 相馬市's page) tells the reader nothing new.
  const notTitle = ([s, e]: [number, number]) => title === undefined || !title.includes(textOf(s, e));
  const isSentence = ([s, e]: [number, number]) => sentenceEnd.test(textOf(s, e));
  // The sentence with most words found; a real sentence (ending in 。) before a heading.
  let best: [number, number] | undefined;
  let bestScore = 0;
  for (const r of sentences) {
    if (!notTitle(r)) continue;
    let n = 0;
    for (let i = r[0]; i < r[1]; i += 1) if (hits.has(i)) n += 1;
    // Prose before a definition list's 「項目：値。」 (search-records.ts writes them so).
    const score = n === 0 ? 0 : n + (isSentence(r) ? 0.5 : 0) - (textOf(...r).includes('：') ? 0.25 : 0);
    if (score > bestScore) [best, bestScore] = [r, score];
  }
  // Without a word found in the text (the match was in the metadata): the first real sentence,
  // else the first block of some length.
  best ??=
    sentences.find((r) => notTitle(r) && isSentence(r)) ??
    sentences.find((r) => notTitle(r) && textOf(...r).length >= 8) ??
    sentences[0];
  if (!best) return [];

  // Trim a long sentence to a window of whole words, from a little before the first hit.
  let [s, e] = best;
  if (textOf(s, e).length > maxChars) {
    const anchor = [...hits].filter((h) => h >= s && h < e).sort((a, b) => a - b)[0] ?? s;
    let from = anchor;
    let to = anchor + 1;
    // Up to a third of the excerpt before the first hit, so the reader sees its context; then
    // onwards to the sentence's end; then what room is left, before it again.
    while (from > s && textOf(from - 1, to).length <= maxChars / 3) from -= 1;
    while (to < e && textOf(from, to + 1).length <= maxChars) to += 1;
    while (from > s && textOf(from - 1, to).length <= maxChars) from -= 1;
    [s, e] = [from, to];
  }

  // Runs of found and other words; the separator before a word goes with the word.
  const parts: ExcerptPart[] = [];
  for (let i = s; i < e; i += 1) {
    const mark = hits.has(i);
    const text = (i > s ? separator(words[i - 1]!, words[i]!) : '') + words[i];
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  // The '.' Pagefind added after the block, as a word of its own or at the end of the last one.
  if (parts.length > 1 && parts.at(-1)!.text.trim() === '.') parts.pop();
  parts[0]!.text = parts[0]!.text.trimStart();
  parts.at(-1)!.text = parts.at(-1)!.text.trimEnd().replace(addedStop, '');
  if (s > best[0]) parts.unshift({ text: '…', mark: false });
  if (e < best[1]) parts.push({ text: '…', mark: false });
  return parts.filter((p) => p.text !== '');
}
