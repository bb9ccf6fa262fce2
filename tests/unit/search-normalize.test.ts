import { describe, expect, it } from 'vitest';
import { normalizeSearchText } from '../../src/lib/search-normalize.ts';

describe('normalizeSearchText: one form for the query and the index', () => {
  it('turns full-width letters and digits into half-width, and folds case', () => {
    expect(normalizeSearchText('ＪＭＡＭ')).toBe('jmam');
    expect(normalizeSearchText('JMAM')).toBe('jmam');
    expect(normalizeSearchText('男性育休１００％宣言')).toBe('男性育休100%宣言');
  });

  it('turns half-width katakana into full-width', () => {
    expect(normalizeSearchText('ﾜｰｹｰｼｮﾝ')).toBe('ワーケーション');
  });

  it('reads a dash after a kana as the long-vowel mark, other dashes as a hyphen', () => {
    for (const dash of ['-', '－', '‐', '‑', '–', '—', '―', '−', 'ｰ', 'ー'])
      expect(normalizeSearchText(`ワ${dash}ケ${dash}ション`), dash).toBe('ワーケーション');
    expect(normalizeSearchText('03−5730―3081')).toBe('03-5730-3081');
    expect(normalizeSearchText('Work‐Life')).toBe('work-life');
  });

  it('writes every wave dash the same way', () => {
    for (const wave of ['～', '〜', '~', '〰'])
      expect(normalizeSearchText(`6月24日${wave}26日`), wave).toBe('6月24日〜26日');
  });

  it('leaves Japanese text that is already in normal form as it is', () => {
    const text = '相馬市がワーク・ライフバランスの3宣言に賛同';
    expect(normalizeSearchText(text)).toBe(text);
    expect(normalizeSearchText(normalizeSearchText('ＪＭＡＭのﾜｰｹｰｼｮﾝ～'))).toBe(normalizeSearchText('ＪＭＡＭのﾜｰｹｰｼｮﾝ～'));
  });
});
