/**
 * The worker thread that draws the Open Graph cards missing from the card cache, started by
 * src/data/og-image.ts when Astro asks for the card routes' paths. Astro renders pages on one
 * thread; the cards (~35 ms each, 300 of them on a first build) are drawn on another core
 * meanwhile. Node runs this file from src/ as it is (type stripping), outside Astro's bundle.
 *
 * Each PNG is written under a temporary name and renamed, so a reader of the cache never sees
 * half a file; the file's path is posted back when it is in place.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { OgCard } from '../lib/og-card.ts';
import { drawCard, subsetFonts } from './og-draw.ts';

export interface OgDrawJob {
  /** Every card of the build: the font subset holds all their characters. */
  allCards: readonly OgCard[];
  /** The cards to draw, each with the cache file it goes to. */
  todo: readonly { card: OgCard; file: string }[];
}

const { allCards, todo } = workerData as OgDrawJob;
const fonts = await subsetFonts(allCards);
for (const { card, file } of todo) {
  const png = await drawCard(card, fonts);
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}-${threadId}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  parentPort!.postMessage(file);
  // resvg's native image memory is released by finalizers that Node runs only between event-loop
  // turns; awaiting promises alone never gives them one. Without this the worker held ~4 MB per
  // card, 1.3 GB for 300 cards (358 MB with it, measured on 300 cards).
  await new Promise((resolve) => setImmediate(resolve));
}
