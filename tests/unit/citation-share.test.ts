import { describe, expect, it } from 'vitest';
import { citation } from '../../src/lib/citation.ts';
import { shareLinks } from '../../src/lib/share.ts';

const soma = {
  title: '相馬市がワーク・ライフバランスの3宣言に賛同　働き方改革で「選ばれる地域」を目指す',
  publisherNames: ['株式会社ワーク・ライフバランス'],
  date: new Date('2026-06-16T00:00:00+09:00'),
  url: 'https://pressroom.example.jp/releases/2026/soma-three-declarations/',
};

describe('citation', () => {
  it('cites a digest as the press room’s summary of the publisher’s release, never as the publisher’s words', () => {
    expect(citation({ ...soma, kind: 'digest' })).toBe(
      '地域プレスルーム「相馬市がワーク・ライフバランスの3宣言に賛同　働き方改革で『選ばれる地域』を目指す」' +
        '（株式会社ワーク・ライフバランスの報道発表の要約、2026年6月16日公開）' +
        'https://pressroom.example.jp/releases/2026/soma-three-declarations/',
    );
  });

  it('cites an original with its publisher as author and the press room as where it appeared', () => {
    expect(citation({ ...soma, kind: 'original' })).toBe(
      '株式会社ワーク・ライフバランス「相馬市がワーク・ライフバランスの3宣言に賛同　働き方改革で『選ばれる地域』を目指す」' +
        '（地域プレスルーム、2026年6月16日公開）https://pressroom.example.jp/releases/2026/soma-three-declarations/',
    );
  });

  it('names every publisher, in order, and gives the date in Japan time whatever the offset written', () => {
    const text = citation({
      ...soma,
      kind: 'original',
      publisherNames: ['釜石市', '株式会社日本能率協会マネジメントセンター'],
      // 2020-05-20T16:00Z is 21 May in Japan.
      date: new Date('2020-05-20T16:00:00Z'),
    });
    expect(text.startsWith('釜石市、株式会社日本能率協会マネジメントセンター「')).toBe(true);
    expect(text).toContain('2020年5月21日公開');
  });

  it('is one line (a selection copies it whole) and refuses a release without publisher', () => {
    expect(citation({ ...soma, title: '一行目\n  二行目', kind: 'digest' })).not.toMatch(/\n/);
    expect(() => citation({ ...soma, publisherNames: [], kind: 'digest' })).toThrow();
  });
});

describe('shareLinks', () => {
  const links = shareLinks({ title: soma.title, url: soma.url });
  const by = (s: string) => new URL(links.find((l) => l.service === s)!.href);

  it('offers LINE, X, Facebook and mail, in that order', () => {
    expect(links.map((l) => l.service)).toEqual(['line', 'x', 'facebook', 'mail']);
  });

  it('sends each service the page’s URL (and the title where the service takes one), encoded', () => {
    const line = by('line');
    expect(line.origin + line.pathname).toBe('https://social-plugins.line.me/lineit/share');
    expect(line.searchParams.get('url')).toBe(soma.url);
    const x = by('x');
    expect(x.origin + x.pathname).toBe('https://x.com/intent/post');
    expect(x.searchParams.get('url')).toBe(soma.url);
    expect(x.searchParams.get('text')).toBe(soma.title);
    const fb = by('facebook');
    expect(fb.origin + fb.pathname).toBe('https://www.facebook.com/sharer/sharer.php');
    expect(fb.searchParams.get('u')).toBe(soma.url);
  });

  it('writes a mailto: link with subject and body (title, CRLF, URL), per RFC 6068', () => {
    const href = links.find((l) => l.service === 'mail')!.href;
    expect(href.startsWith('mailto:?')).toBe(true);
    const params = new URLSearchParams(href.slice('mailto:?'.length));
    expect(params.get('subject')).toBe(soma.title);
    expect(params.get('body')).toBe(`${soma.title}\r\n${soma.url}`);
    // No raw space or line break: a mail client would cut the link there.
    expect(href).not.toMatch(/[\s]/);
  });
});
