/**
 * Release Open Graph images, drawn at build time: satori lays the card (src/lib/og-card.ts) out
 * as SVG, resvg rasterises it to PNG. The font is Noto Sans JP Bold from the npm registry
 * (@expo-google-fonts/noto-sans-jp, OFL), cut down once per build with subset-font to the
 * characters the cards draw, so satori parses ~100 KB instead of 5.4 MB, and the build does not
 * depend on the machine's fonts.
 *
 * Each PNG is cached under the build cache directory by a hash of the card's text and the
 * layout, font and renderer versions, so a rebuild draws only new or changed cards.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import subsetFont from 'subset-font';
import { OG_HEIGHT, OG_WIDTH, ogCardKey, ogCardText, ogCardTree, type OgCard } from '../lib/og-card.ts';
import { phrases } from '../lib/phrases.ts';

const FONT_FAMILY = 'Noto Sans JP';
const FONT_FILE = '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf';

const requireHere = createRequire(path.join(process.cwd(), 'package.json'));
const version = (pkg: string) =>
  (JSON.parse(readFileSync(requireHere.resolve(`${pkg}/package.json`), 'utf8')) as { version: string })
    .version;
/** What else changes a drawn card: the font file and the two renderers. */
const fontId = [
  FONT_FILE,
  version('@expo-google-fonts/noto-sans-jp'),
  `satori@${version('satori')}`,
  `resvg@${version('@resvg/resvg-js')}`,
].join(' ');

const cacheDir = path.resolve(process.env.PRESSROOM_CACHE_DIR || 'node_modules/.astro', 'og-images');

type Fonts = Parameters<typeof satori>[1]['fonts'];
let fonts: Promise<Fonts> | undefined;
/**
 * The subset, made once per build from every card's characters (and ASCII, for safety), and the
 * same font data for every card, so satori parses it once (it caches parsed fonts by their data).
 */
function subset(cards: readonly OgCard[]): Promise<Fonts> {
  fonts ??= (async () => {
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
    const text = [...new Set([...ascii, ...cards.flatMap((c) => [...ogCardText(c)])])].join('');
    const data = await subsetFont(readFileSync(requireHere.resolve(FONT_FILE)), text, {
      targetFormat: 'truetype',
    });
    return [{ name: FONT_FAMILY, data, weight: 700, style: 'normal', lang: 'ja-JP' }];
  })();
  return fonts;
}

/** The PNG of one card; `allCards` are every card this build draws (for the font subset). */
export async function ogImagePng(card: OgCard, allCards: readonly OgCard[]): Promise<Buffer> {
  const file = path.join(cacheDir, `${ogCardKey(card, fontId)}.png`);
  if (existsSync(file)) return readFileSync(file);
  const svg = await satori(ogCardTree(card, phrases(card.title), FONT_FAMILY) as never, {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: await subset(allCards),
  });
  // satori has already turned the text into paths: resvg needs no font, and loading the
  // machine's fonts (its default) took ~100 ms per card, five times the drawing itself.
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, png);
  return png;
}
