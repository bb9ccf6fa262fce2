import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cardedReleaseIds,
  OG_CARD_LIMIT,
  ogCard,
  ogCardAlt,
  ogCardKey,
  ogCardText,
  ogCardTree,
  releaseOgImage,
  titleSize,
} from '../../src/lib/og-card.ts';

const soma = ogCard({
  title: '相馬市がワーク・ライフバランスの3宣言に賛同　働き方改革で「選ばれる地域」を目指す',
  publisherNames: ['株式会社ワーク・ライフバランス'],
  date: new Date('2026-06-16T00:00:00+09:00'),
});

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const textOf = (node: unknown): string => {
  const n = node as { props: { children?: unknown } };
  const c = n.props.children;
  return typeof c === 'string' ? c : Array.isArray(c) ? c.map(textOf).join('') : '';
};

describe('the release card', () => {
  it('shows title, publisher and date, and says so in its alt text', () => {
    expect(soma.date).toBe('2026年6月16日（火）');
    expect(ogCardText(soma)).toContain(soma.title);
    expect(ogCardAlt(soma)).toBe(`${soma.title}（株式会社ワーク・ライフバランス、2026年6月16日（火））`);
    const tree = ogCardTree(soma, ['相馬市が', 'ワーク・ライフバランスの'], 'F');
    expect(textOf(tree)).toBe(
      '地域プレスルーム相馬市がワーク・ライフバランスの株式会社ワーク・ライフバランス2026年6月16日（火）',
    );
  });

  it('is cached by its text and the font and renderer versions, not by anything else', () => {
    const key = ogCardKey(soma, 'font 1');
    expect(ogCardKey({ ...soma }, 'font 1')).toBe(key);
    expect(ogCardKey({ ...soma, title: `${soma.title}。` }, 'font 1')).not.toBe(key);
    expect(ogCardKey({ ...soma, publishers: '相馬市' }, 'font 1')).not.toBe(key);
    expect(ogCardKey({ ...soma, date: '2026年6月17日' }, 'font 1')).not.toBe(key);
    expect(ogCardKey(soma, 'font 2')).not.toBe(key);
  });

  it('shrinks the title as it grows, so the longest title the schema allows fits', () => {
    expect(titleSize('短い')).toBeGreaterThan(titleSize(soma.title));
    expect(titleSize('あ'.repeat(120))).toBe(40);
  });

  it('renders a 1200 × 630 PNG with the self-hosted subset font, and different text draws a different image', async () => {
    // An empty cache, so the test draws instead of reading a PNG an earlier build left.
    process.env.PRESSROOM_CACHE_DIR = mkdtempSync(path.join(tmpdir(), 'og-cache-'));
    const { ogImagePng } = await import('../../src/data/og-image.ts');
    const other = { ...soma, title: '釜石市とJMAM、ワーケーション事業で包括連携協定を締結' };
    const cards = [soma, other];
    const a = await ogImagePng(soma, cards);
    const b = await ogImagePng(other, cards);
    expect(pngSize(a)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(b)).toEqual({ width: 1200, height: 630 });
    expect(a.equals(b)).toBe(false);
    // The same card with empty text is about 5 KB; drawn text makes it several times larger.
    expect(a.length).toBeGreaterThan(20_000);
  });
});

describe('which releases get a card', () => {
  // Minimal entries: the cap looks only at id and published (newest first, then id).
  const release = (id: string, published: string) =>
    ({ id, data: { published, title: id, publishers: [] } }) as never;
  const relationsOf = (releases: { id: string }[]) =>
    ({ byId: { releases: new Map(releases.map((r) => [r.id, r])), organizations: new Map() } }) as never;
  const site = new URL('https://pressroom.example.jp');

  it(`draws the newest ${OG_CARD_LIMIT} releases and leaves older ones without an og:image`, () => {
    // OG_CARD_LIMIT + 2 releases, one a day from 2001-01-01: the first two days are the oldest.
    const day = (i: number) => new Date(Date.UTC(2001, 0, 1 + i)).toISOString().slice(0, 10);
    const releases = Array.from({ length: OG_CARD_LIMIT + 2 }, (_, i) => release(`r${i}`, day(i)));
    const relations = relationsOf(releases);
    const ids = cardedReleaseIds(relations);
    expect(ids.size).toBe(OG_CARD_LIMIT);
    expect(ids.has('r0')).toBe(false);
    expect(ids.has('r1')).toBe(false);
    expect(ids.has('r2')).toBe(true);
    expect(ids.has(`r${OG_CARD_LIMIT + 1}`)).toBe(true);
    expect(releaseOgImage(releases[0]!, relations, site)).toBeUndefined();
    expect(releaseOgImage(releases.at(-1)!, relations, site)?.url).toBe(
      `https://pressroom.example.jp/og/releases/r${OG_CARD_LIMIT + 1}.png`,
    );
  });
});
