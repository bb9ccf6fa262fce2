/**
 * Drawing a release's Open Graph card: satori lays the card (src/lib/og-card.ts) out as SVG,
 * resvg rasterises it to PNG. The font (src/data/og-font.ts) is cut down once per build with
 * subset-font to the characters the cards draw, so satori parses ~100 KB instead of 5.4 MB.
 * Runs in the worker thread of src/data/og-worker.ts.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import subsetFont from 'subset-font';
import { OG_HEIGHT, OG_WIDTH, ogCardText, ogCardTree, type OgCard } from '../lib/og-card.ts';
import { phrases } from '../lib/phrases.ts';
import { OG_FONT_FAMILY, OG_FONT_FILE } from './og-font.ts';

const requireHere = createRequire(path.join(process.cwd(), 'package.json'));

export type Fonts = Parameters<typeof satori>[1]['fonts'];

/**
 * The subset from every card's characters (and ASCII, for safety), made once per build: the
 * same font data for every card, so satori parses it once (it caches parsed fonts by their data).
 */
export async function subsetFonts(cards: readonly OgCard[]): Promise<Fonts> {
  const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
  const text = [...new Set([...ascii, ...cards.flatMap((c) => [...ogCardText(c)])])].join('');
  const data = await subsetFont(readFileSync(requireHere.resolve(OG_FONT_FILE)), text, {
    targetFormat: 'truetype',
  });
  return [{ name: OG_FONT_FAMILY, data, weight: 700, style: 'normal', lang: 'ja-JP' }];
}

/** The PNG of one card. */
export async function drawCard(card: OgCard, fonts: Fonts): Promise<Buffer> {
  const svg = await satori(ogCardTree(card, phrases(card.title), OG_FONT_FAMILY) as never, {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts,
  });
  // satori has already turned the text into paths: resvg needs no font, and loading the
  // machine's fonts (its default) took ~100 ms per card, five times the drawing itself.
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
