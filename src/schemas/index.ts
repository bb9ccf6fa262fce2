import { agreementSchema } from './agreements.ts';
import { citySchema } from './cities.ts';
import { declarationSchema } from './declarations.ts';
import { englishNameSchema, englishSummarySchema } from './english.ts';
import { organizationSchema } from './organizations.ts';
import type { CollectionName } from './primitives.ts';
import { releaseSchema } from './releases.ts';
import { topicSchema } from './topics.ts';

/** One schema per collection; content.config.ts and the corpus check both read this map. */
export const schemas = {
  releases: releaseSchema,
  agreements: agreementSchema,
  cities: citySchema,
  declarations: declarationSchema,
  organizations: organizationSchema,
  topics: topicSchema,
  englishSummaries: englishSummarySchema,
  englishNames: englishNameSchema,
} as const satisfies Record<CollectionName, unknown>;

export * from './primitives.ts';
export type { Agreement } from './agreements.ts';
export type { City } from './cities.ts';
export type { Declaration } from './declarations.ts';
export type { EnglishName, EnglishSummary } from './english.ts';
export type { Organization } from './organizations.ts';
export type { Release, ReleaseEvent } from './releases.ts';
export type { Topic } from './topics.ts';
