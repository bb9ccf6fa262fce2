import type { z } from 'astro/zod';
import type { source } from '../schemas/primitives.ts';

/** Where a fact comes from: a release on this site, an external page, or both. */
export type Source = z.output<typeof source>;
