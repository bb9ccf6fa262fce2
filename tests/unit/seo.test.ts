import { describe, expect, it } from 'vitest';
import { documentTitle, metaDescription } from '../../src/lib/seo.ts';
import { joinWrappedJapanese } from '../../src/lib/text.ts';

describe('joinWrappedJapanese', () => {
  it('removes the spaces YAML folding puts between Japanese words, keeps those between Latin words', () => {
    expect(joinWrappedJapanese('「働き方改革加速宣言」 「男性育休100%宣言」')).toBe(
      '「働き方改革加速宣言」「男性育休100%宣言」',
    );
    expect(joinWrappedJapanese('市長が\n賛同の理由')).toBe('市長が賛同の理由');
    expect(joinWrappedJapanese('Work and  Vacation')).toBe('Work and Vacation');
  });
});

describe('metaDescription', () => {
  it('keeps a short text whole', () => {
    expect(metaDescription('短い説明です。')).toBe('短い説明です。');
  });

  it('cuts a long text at the last sentence end in its second half', () => {
    const text = `${'あ'.repeat(80)}。${'い'.repeat(80)}。`;
    expect(metaDescription(text)).toBe(`${'あ'.repeat(80)}。`);
  });

  it('cuts a long text without a usable sentence end at the limit with an ellipsis', () => {
    const out = metaDescription('う'.repeat(300), 120);
    expect([...out]).toHaveLength(120);
    expect(out.endsWith('…')).toBe(true);
  });
});

describe('documentTitle', () => {
  it('names the page, its section and the site; the home page is the site alone', () => {
    expect(
      documentTitle({ title: '相馬市', section: '市区町村', siteName: '地域プレスルーム', home: false }),
    ).toBe('相馬市 | 市区町村 | 地域プレスルーム');
    expect(documentTitle({ title: 'x', siteName: '地域プレスルーム', home: true })).toBe('地域プレスルーム');
  });
});
