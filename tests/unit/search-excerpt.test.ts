import { describe, expect, it } from 'vitest';
import { buildExcerpt, fragmentWords, joinJapanese, type ExcerptPart } from '../../src/lib/search-excerpt.ts';

const text = (parts: ExcerptPart[]) => parts.map((p) => p.text).join('');
const marked = (parts: ExcerptPart[]) => parts.filter((p) => p.mark).map((p) => p.text);
/** Word positions of the words that equal `word`, as Pagefind reports them. */
const at = (content: string, word: string) =>
  fragmentWords(content)
    .words.map((w, i) => (w.trim().replace(/\.$/, '') === word ? i : -1))
    .filter((i) => i >= 0);

// The text of an organization page as Pagefind stores it when it segments Japanese itself
// (zero-width spaces between words; a block ends with a space, after '.' when it ends in a letter).
const zwsPage = [
  '市区町村. ',
  '相馬|市. ',
  '福島|県|相馬|市|の|市役所|。|2026|年|6|月|、|株式会社|ワーク|・|ライフバランス|の|3|つ|の|宣言|に|賛同|した|。 ',
  '基本|情報. ',
].join('|').replaceAll('|', '\u200b');

// The same kind of text pre-segmented before indexing (words joined by spaces).
const spacedPage =
  '報道 発表 ・ 株式会社 ワーク ・ ライフバランス. 相馬 市 が ワーク ・ ライフバランス の 3 宣言 に 賛同 . ' +
  'キックオフ の 講演 会 と パネルディスカッション は 6 月 24 日. ' +
  '福島 県 相馬 市 （ 阿部 勝弘 市長 ） は 、 株式会社 ワーク ・ ライフバランス が 呼びかける 「 働き方 改革 加速 宣言 」 に 賛同 し ました 。 JMAM の here there と Work Life の 話 。';

describe('joinJapanese', () => {
  it('removes the spaces a segmenter puts between Japanese words, not between Latin words', () => {
    expect(joinJapanese('相馬 市 が ワーク ・ ライフバランス の 3 宣言')).toBe('相馬市がワーク・ライフバランスの3宣言');
    expect(joinJapanese('JMAM の here there と Work Life')).toBe('JMAMのhere thereとWork Life');
  });
});

describe('buildExcerpt', () => {
  it('takes the sentence with the words found, without the blocks around it (zero-width spaces)', () => {
    const parts = buildExcerpt(zwsPage, at(zwsPage, '賛同'));
    expect(text(parts)).toBe('2026年6月、株式会社ワーク・ライフバランスの3つの宣言に賛同した。');
    expect(marked(parts)).toEqual(['賛同']);
    expect(text(parts)).not.toMatch(/\. |基本情報|市区町村/);
  });

  it('reads naturally from pre-segmented text: no spaces between Japanese words, no added "."', () => {
    const parts = buildExcerpt(spacedPage, at(spacedPage, '24'));
    expect(text(parts)).toBe('キックオフの講演会とパネルディスカッションは6月24日');
    expect(marked(parts)).toEqual(['24']);
  });

  it('keeps spaces inside Latin phrases and none around Japanese', () => {
    const parts = buildExcerpt(spacedPage, at(spacedPage, 'there'));
    expect(text(parts)).toBe('JMAMのhere thereとWork Lifeの話。');
  });

  it('cuts a long sentence at word boundaries around the first word found, and says so', () => {
    const parts = buildExcerpt(spacedPage, at(spacedPage, '加速'), { maxChars: 30 });
    // Whole words only, the first hit within the first third, up to the sentence's end.
    expect(text(parts)).toBe('…が呼びかける「働き方改革加速宣言」に賛同しました。');
    expect(marked(parts)).toEqual(['加速']);
    const ending = buildExcerpt(spacedPage, at(spacedPage, '福島'), { maxChars: 20 });
    expect(text(ending)).toBe('福島県相馬市（阿部勝弘市長）は、株式会社…');
  });

  it('shows the first real sentence when the words were found only in the metadata', () => {
    const parts = buildExcerpt(zwsPage, [], { title: '相馬市（組織）' });
    expect(text(parts)).toBe('福島県相馬市の市役所。');
    expect(marked(parts)).toEqual([]);
  });

  it('prefers a sentence to a heading that only repeats the title', () => {
    const parts = buildExcerpt(zwsPage, at(zwsPage, '相馬'), { title: '相馬市（組織）' });
    expect(text(parts)).toBe('福島県相馬市の市役所。');
    expect(marked(parts)).toEqual(['相馬']);
  });

  it('drops the "." Pagefind adds after a block when it is a word of its own', () => {
    const content = ['キックオフ', 'は', '6', '月', '24', '日', '. ', '公開', '日. '].join('\u200b');
    const parts = buildExcerpt(content, [2, 3, 4, 5]);
    expect(text(parts)).toBe('キックオフは6月24日');
    expect(marked(parts)).toEqual(['6月24日']);
  });

  it('returns nothing for an empty text', () => {
    expect(buildExcerpt('', [0])).toEqual([]);
  });
});

describe('buildExcerpt over a definition list written as sentences', () => {
  it('prefers prose to a 「項目：値。」 pair with as many words found', () => {
    const content = ['よみ：そうまし。', '自治体の組織情報：相馬市。', ' ', '相馬市は福島県の市です。'].join('');
    const spaced = content.replace(/(相馬|市|は|福島|県|の|です|。|よみ|：|そうまし|自治体|組織|情報)/g, ' $1 ').trim().replace(/\s+/g, ' ');
    const parts = buildExcerpt(spaced, at(spaced, '相馬'));
    expect(text(parts)).toBe('相馬市は福島県の市です。');
  });
});
