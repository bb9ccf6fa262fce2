/**
 * Release Open Graph images, drawn at build time (src/data/og-draw.ts: satori and resvg) in a
 * worker thread (src/data/og-worker.ts), so that drawing 300 cards on a first build (~35 ms
 * each) overlaps the rendering of the other pages instead of adding to it.
 *
 * Each PNG is cached under the build cache directory by a hash of the card's text and the
 * layout, font and renderer versions, so a rebuild draws only new or changed cards.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ogCardKey, type OgCard } from '../lib/og-card.ts';
import { OG_FONT_FILE } from './og-font.ts';
import type { OgDrawJob } from './og-worker.ts';

const requireHere = createRequire(path.join(process.cwd(), 'package.json'));
const version = (pkg: string) =>
  (JSON.parse(readFileSync(requireHere.resolve(`${pkg}/package.json`), 'utf8')) as { version: string })
    .version;
/** What else changes a drawn card: the font file and the two renderers. */
const fontId = [
  OG_FONT_FILE,
  version('@expo-google-fonts/noto-sans-jp'),
  `satori@${version('satori')}`,
  `resvg@${version('@resvg/resvg-js')}`,
].join(' ');

const cacheDir = path.resolve(process.env.PRESSROOM_CACHE_DIR || 'node_modules/.astro', 'og-images');
/** Run by Node from the project's sources: the worker is not part of Astro's bundle. */
const workerFile = path.resolve(process.cwd(), 'src/data/og-worker.ts');

const cardFile = (card: OgCard) => path.join(cacheDir, `${ogCardKey(card, fontId)}.png`);

/** Cache files the worker is drawing, each settled when the file is in place. */
let drawing: Map<string, Promise<void>> | undefined;

/**
 * Starts drawing every card of `cards` that is not in the cache yet, in a worker thread, and
 * returns at once; later calls do nothing. The card route calls it from getStaticPaths, which
 * Astro runs for every route before it renders the first page.
 */
export function drawOgImages(cards: readonly OgCard[]): void {
  if (drawing) return;
  drawing = new Map();
  const todo = new Map<string, OgCard>();
  for (const card of cards) {
    const file = cardFile(card);
    if (!existsSync(file)) todo.set(file, card);
  }
  if (todo.size === 0) return;
  const waiting = new Map<string, { resolve: () => void; reject: (e: unknown) => void }>();
  for (const file of todo.keys()) {
    const done = new Promise<void>((resolve, reject) => waiting.set(file, { resolve, reject }));
    // Handled here too, so a failure before a page awaits its card is not an unhandled rejection;
    // the page that awaits it still gets the error.
    done.catch(() => {});
    drawing.set(file, done);
  }
  const failAll = (error: unknown) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  const job: OgDrawJob = { allCards: cards, todo: [...todo].map(([file, card]) => ({ card, file })) };
  new Worker(workerFile, { workerData: job })
    .on('message', (file: string) => {
      waiting.get(file)?.resolve();
      waiting.delete(file);
    })
    .on('error', failAll)
    .on('exit', (code) => failAll(new Error(`og-worker.ts exited (code ${code}) before drawing every card`)));
}

/** The PNG of one card; `allCards` are every card this build draws (for the font subset). */
export async function ogImagePng(card: OgCard, allCards: readonly OgCard[]): Promise<Buffer> {
  drawOgImages(allCards);
  const file = cardFile(card);
  await drawing?.get(file);
  return readFileSync(file);
}
