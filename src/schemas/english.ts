/**
 * The English edition (content/en/): human-written English summaries of Japanese entries, and
 * the English names the edition may use for organizations and declarations. Nothing here is
 * machine-translated; every fact comes from the Japanese entry's sources.
 */
import { z } from 'astro/zod';
import { nonEmptyText, refIn, source } from './primitives.ts';

/** Kinds of Japanese entry that can have an English summary, each with its own English page. */
export const summarizedCollections = ['releases', 'agreements'] as const;
export type SummarizedCollection = (typeof summarizedCollections)[number];

/**
 * An English summary of one Japanese release or agreement: a digest in the provenance sense
 * (this press room's summary). Dates, publishers, contacts and events are the Japanese entry's;
 * the summary adds only English text. It is public exactly when its Japanese entry is.
 */
export const englishSummarySchema = z.strictObject({
  /** The Japanese entry this summarises, as `releases/2026/soma-three-declarations`. */
  japanese: refIn(summarizedCollections, 'releases/2026/soma-three-declarations'),
  /** The English headline, in this press room's words. */
  title: nonEmptyText(160),
  /** An optional second line under the headline. */
  subtitle: nonEmptyText(200).optional(),
  /** One paragraph saying what happened, shown on lists, in the feed and as the description. */
  lead: nonEmptyText(800),
  /** Kept off the site while true, even after the Japanese entry is public. */
  draft: z.boolean({ error: 'draft は true か false です' }).default(false),
});
export type EnglishSummary = z.output<typeof englishSummarySchema>;

const englishNameRef = refIn(['organizations', 'declarations'] as const, 'organizations/jmam');

/**
 * How the English edition names one organization or declaration (content/en/names.yaml). An
 * official English name only where a source gives one; otherwise the site's own romanisation or
 * translation, which pages mark as the site's, never as an official name.
 */
export const englishNameSchema = z
  .strictObject({
    /** The entry named, as `organizations/jmam` (Astro's file() loader takes the item's id from it). */
    id: englishNameRef,
    /** An English name a source gives (JMAM), with that source. */
    official: z.strictObject({ name: nonEmptyText(120), source }).optional(),
    /** The Japanese name in Latin letters (Hepburn), by this site. */
    romanized: nonEmptyText(200).optional(),
    /** What the name means in English, by this site (for declarations). */
    translation: nonEmptyText(200).optional(),
  })
  .superRefine((n, ctx) => {
    if (!n.official && !n.romanized && !n.translation)
      ctx.addIssue({
        code: 'custom',
        path: ['official'],
        message:
          'official（出典にある英語名と source）、romanized（ローマ字表記）、translation（英訳）のいずれかを書いてください',
      });
  });
export type EnglishName = z.output<typeof englishNameSchema>;
