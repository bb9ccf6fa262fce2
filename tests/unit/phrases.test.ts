import { describe, expect, it } from 'vitest';
import { phraseHeadings, phraseHtml, phrases } from '../../src/lib/phrases.ts';

/** Where a break may fall: the character offsets between phrases. */
const breaks = (text: string) => {
  const out: number[] = [];
  let at = 0;
  for (const p of phrases(text).slice(0, -1)) out.push((at += [...p].length));
  return out;
};
/** True when no break falls strictly inside `word` wherever it occurs in `text`. */
const keepsWhole = (text: string, word: string) => {
  const chars = [...text];
  const b = breaks(text);
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const start = [...text.slice(0, i)].length;
    const end = start + [...word].length;
    if (b.some((x) => x > start && x < end)) return false;
  }
  return chars.length > 0;
};

const headings = {
  soma: '相馬市がワーク・ライフバランスの3宣言に賛同　働き方改革で「選ばれる地域」を目指す',
  event: 'キックオフ講演会・パネルディスカッション（6月24日）',
  jmam: '株式会社日本能率協会マネジメントセンター',
  contacts: '報道関係者お問い合わせ先',
  project: '令和8年度相馬市働き方改革推進プロジェクト',
};

describe('phrases', () => {
  it('gives the text back unchanged when joined', () => {
    for (const h of Object.values(headings)) expect(phrases(h).join('')).toBe(h);
  });

  it('never breaks inside the words the phone test found broken', () => {
    expect(keepsWhole(headings.soma, '働き方改革')).toBe(true);
    expect(keepsWhole(headings.event, '6月24日')).toBe(true);
    expect(keepsWhole(headings.jmam, 'マネジメントセンター')).toBe(true);
    expect(keepsWhole(headings.contacts, 'お問い合わせ先')).toBe(true);
    expect(keepsWhole(headings.project, '働き方')).toBe(true);
  });

  it('leaves text without Japanese whole (the English edition’s headings)', () => {
    expect(phrases('Soma City endorses three Work-Life Balance declarations')).toEqual([
      'Soma City endorses three Work-Life Balance declarations',
    ]);
  });

  it('gives every caller the same phrases, which no caller can change for the next', () => {
    // phrases() keeps each text's phrases for the rest of the build: a caller that changed the
    // array would change every later heading with that text.
    const first = phrases(headings.soma);
    expect(() => (first as string[]).push('x')).toThrow(TypeError);
    expect(phrases(headings.soma)).toEqual(first);
    expect(phrases(headings.soma).join('')).toBe(headings.soma);
  });

  it('offers a break inside a phrase too long for a phone line, at a natural place', () => {
    expect(phrases(headings.jmam)).toEqual(['株式会社', '日本能率協会', 'マネジメントセンター']);
    expect(phrases(headings.contacts)).toEqual(['報道関係者', 'お問い合わせ先']);
  });
});

describe('phraseHeadings', () => {
  it('puts <wbr> between phrases in every heading, inside a span the CSS keeps whole', () => {
    const out = phraseHeadings('<h1 class="t">働き方改革で6月24日</h1><p>働き方改革で6月24日</p>');
    expect(out).toBe(
      '<h1 class="t"><span class="phrases">働き方改革で<wbr>6月24日</span></h1><p>働き方改革で6月24日</p>',
    );
  });

  it('leaves tags, attributes (even with >) and character references intact', () => {
    const html =
      '<h2 id="a" data-x="a>b">A &amp; B &lt;相馬市&gt;と<a href="/organizations/jmam/">株式会社日本能率協会マネジメントセンター</a></h2>';
    const out = phraseHeadings(html);
    expect(out).toContain('<h2 id="a" data-x="a>b">');
    expect(out).toContain(
      '<a href="/organizations/jmam/">株式会社<wbr>日本能率協会<wbr>マネジメントセンター</a>',
    );
    expect(out).toContain('A &amp; B &lt;');
    expect(out.replace(/<wbr>|<span class="phrases">|<\/span>/g, '')).toBe(html);
  });

  it('is idempotent and leaves text outside headings alone', () => {
    const once = phraseHeadings('<h3>相馬市、3つの宣言に賛同</h3>');
    expect(phraseHeadings(once)).toBe(once);
    expect(phraseHtml('<em>x</em>')).toBe('<em>x</em>');
  });
});
