/**
 * The Open Graph card of a release (1200 × 630 PNG): what it shows and how it is laid out, as
 * plain data. src/data/og-image.ts turns it into a PNG with satori and resvg. Pure: no font, no
 * file system, so the layout and the cache key are unit-tested without rendering.
 */
import { createHash } from 'node:crypto';
import { ja } from '../i18n/ja.ts';
import type { Release } from '../schemas/index.ts';
import { formatDate } from './format.ts';
import { newestFirst, type Entry, type Relations } from './relations.ts';
import { absoluteUrl } from './seo.ts';
import { ogImageUrl } from './urls.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/**
 * Bump when the layout below changes, so cached cards are drawn again. The cache key holds the
 * card's text and this version, never the font subset: the subset follows the whole archive's
 * characters, and a new release with a new kanji must not redraw 10,000 unchanged cards.
 */
export const OG_LAYOUT_VERSION = 1;

/**
 * How many releases get a drawn card: the newest public ones. A card costs ~35 ms to draw
 * (satori, resvg, PNG; bench/RESULTS.md), so cards for a whole 10,000-release archive would add
 * about six minutes to a build without a warm card cache, for releases that are rarely shared
 * years later. Older releases share like every other page of the site: no og:image, the small
 * text card. Drawn cards are cached by their text, so a build draws only new or changed ones.
 */
export const OG_CARD_LIMIT = 300;

const carded = new WeakMap<Pick<Relations, 'byId'>, Set<string>>();
/** The ids of the releases that get a card (computed once per relations index). */
export function cardedReleaseIds(relations: Pick<Relations, 'byId'>): Set<string> {
  let ids = carded.get(relations);
  if (!ids) {
    const newest = [...relations.byId.releases.values()].sort(newestFirst).slice(0, OG_CARD_LIMIT);
    ids = new Set(newest.map((r) => r.id));
    carded.set(relations, ids);
  }
  return ids;
}

export interface OgCard {
  site: string;
  title: string;
  publishers: string;
  date: string;
}

export function ogCard(input: {
  title: string;
  publisherNames: readonly string[];
  date: Date | string;
}): OgCard {
  return {
    site: ja.siteName,
    title: input.title.replace(/\s*\n\s*/g, ' ').trim(),
    publishers: input.publisherNames.join('、'),
    date: formatDate(input.date),
  };
}

/** A release's card: its title, its publishers' names and its published date. */
export function releaseOgCard(release: Entry<Release>, relations: Pick<Relations, 'byId'>): OgCard {
  const d = release.data;
  return ogCard({
    title: d.title,
    publisherNames: d.publishers.map((p) => relations.byId.organizations.get(p.id)?.data.name ?? p.id),
    date: d.published,
  });
}

/**
 * The page's og:image: absolute URL, size and alt text (src/components/share/OgImageMeta.astro);
 * undefined for a release older than the newest OG_CARD_LIMIT.
 */
export function releaseOgImage(release: Entry<Release>, relations: Pick<Relations, 'byId'>, site: URL) {
  if (!cardedReleaseIds(relations).has(release.id)) return undefined;
  return {
    url: absoluteUrl(ogImageUrl(release.id), site),
    alt: ogCardAlt(releaseOgCard(release, relations)),
    width: OG_WIDTH,
    height: OG_HEIGHT,
  };
}

/** Every character the card draws: the font subset must hold each of them. */
export function ogCardText(card: OgCard): string {
  return `${card.site}${card.title}${card.publishers}${card.date}`;
}

/** The image's alt text says what the image says. */
export function ogCardAlt(card: OgCard): string {
  return ja.og.alt(card.title, card.publishers, card.date);
}

export function ogCardKey(card: OgCard, fontId: string): string {
  return createHash('sha256')
    .update(JSON.stringify([OG_LAYOUT_VERSION, fontId, card.site, card.title, card.publishers, card.date]))
    .digest('hex')
    .slice(0, 32);
}

/** Longer titles get a smaller size, so the longest the schema allows (120 characters) still fits. */
export function titleSize(title: string): number {
  const n = [...title].length;
  if (n <= 24) return 68;
  if (n <= 44) return 58;
  if (n <= 70) return 48;
  return 40;
}

interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: Node[] | string };
}
const el = (style: Node['props']['style'], children: Node['props']['children']): Node => ({
  type: 'div',
  props: { style, children },
});

/**
 * The satori element tree. The title is one flex item per phrase (BudouX, the same phrases as the
 * headings on the page), so it wraps between phrases as the page does, never inside 働き方改革
 * (satori's `keep-all` breaks only at spaces, and a zero-width space did not help).
 * Colours are the site's design tokens (blue-900 accent, solid-gray-900 text).
 */
export function ogCardTree(card: OgCard, titlePhrases: readonly string[], fontFamily: string): Node {
  const size = titleSize(card.title);
  return el(
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 80px 56px',
      background: '#ffffff',
      borderTop: '24px solid #0017c1',
      color: '#1a1a1a',
      fontFamily,
    },
    [
      el({ display: 'flex', fontSize: 30, color: '#0017c1' }, card.site),
      el(
        { display: 'flex', flexWrap: 'wrap', fontSize: size, lineHeight: 1.35 },
        titlePhrases.map((p) => el({ display: 'flex' }, p)),
      ),
      el({ display: 'flex', flexDirection: 'column', fontSize: 32, color: '#4d4d4d' }, [
        el({ display: 'flex' }, card.publishers),
        el({ display: 'flex' }, card.date),
      ]),
    ],
  );
}
