/**
 * One normalisation for what a reader types and what the index holds, so that the many ways of
 * writing the same Japanese text meet: full-width ＪＭＡＭ and half-width ﾜｰｹｰｼｮﾝ, JMAM and jmam,
 * ワ―ケ―ション typed with a dash for the long vowel, 6月24日～26日 with either wave.
 *
 * The search page applies it to the query (src/pages/search/_search.ts); the index applies it to
 * the search terms of each record (src/lib/search-records.ts) and to the text it indexes. It is
 * pure and small because the search page ships it to the browser.
 */

// Characters readers and editors use for a hyphen or a dash; after NFKC (which already turns
// the full-width hyphen-minus into '-' and half-width ｰ into ー).
const dashes = /[-\u2010-\u2015\u2212\u2500\u2501\uFE58\uFE63\u30FC]/gu;
// A kana before the dash: then it is meant as the long-vowel mark ー (ワ―ク, らーめん).
const kanaBefore = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
// The wave dash 〜 and its look-alikes (～ becomes ~ under NFKC).
const waves = /[~\u301C\u3030]/gu;

/**
 * NFKC (full-width letters and digits to half-width, half-width katakana to full-width), lower
 * case, dashes after a kana to ー and other dashes to '-', every wave dash to 〜.
 */
export function normalizeSearchText(text: string): string {
  const nfkc = text.normalize('NFKC').toLowerCase();
  return nfkc
    .replace(dashes, (_dash, offset: number, whole: string) => {
      const before = whole[offset - 1];
      return before !== undefined && kanaBefore.test(before) ? 'ー' : '-';
    })
    .replace(waves, '〜');
}
