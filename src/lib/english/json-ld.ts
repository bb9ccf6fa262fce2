/**
 * Structured data for the English edition's summaries. A summary is a digest: its author and
 * publisher are the press room, `sourceOrganization` names whose release it summarises, and it
 * is based on the Japanese page of this site (a known address), in `inLanguage: en`.
 */
import { en } from '../../i18n/en.ts';
import { newsArticleHead, type JsonLd } from '../json-ld.ts';
import { plainName, type EnglishDisplayName } from './edition.ts';

/** The press room as an organisation, named as the English edition names it. */
export function pressRoomLd(homeUrl: string): JsonLd {
  return { '@type': 'Organization', name: en.siteName, alternateName: en.siteNameJa, url: homeUrl };
}

export interface EnglishArticleInput {
  url: string;
  japaneseUrl: string;
  homeUrl: string;
  headline: string;
  subtitle?: string | undefined;
  description: string;
  published: Date | string;
  updated?: Date | string | undefined;
  /** Whose release (or agreement) the summary is about. */
  sources: EnglishDisplayName[];
  /** The original release's address, when the source gives it. */
  originalUrl?: string | undefined;
}

export function englishArticleLd(input: EnglishArticleInput): JsonLd {
  const pressRoom = pressRoomLd(input.homeUrl);
  const sources = input.sources.map((n) => ({ '@type': 'Organization', name: plainName(n) }));
  return {
    '@context': 'https://schema.org',
    ...newsArticleHead({ ...input, inLanguage: 'en' }),
    author: pressRoom,
    publisher: pressRoom,
    // One organisation as an object, as the Japanese digests write it; several as a list.
    sourceOrganization: sources.length === 1 ? sources[0] : sources,
    // The Japanese page on this site, and the original release when its address is known.
    isBasedOn: [
      { '@type': 'CreativeWork', '@id': input.japaneseUrl, url: input.japaneseUrl, inLanguage: 'ja' },
      ...(input.originalUrl ? [input.originalUrl] : []),
    ],
  };
}
