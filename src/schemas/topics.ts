import { z } from 'astro/zod';
import { entryIdPattern, nonEmptyText } from './primitives.ts';

/** The controlled topic vocabulary (content/topics.yaml): a list whose items carry their own id. */
export const topicSchema = z.strictObject({
  /** Astro's file() loader keeps each item's id in its data. */
  id: z.string().regex(entryIdPattern),
  name: nonEmptyText(40),
  description: nonEmptyText(400).optional(),
});
export type Topic = z.output<typeof topicSchema>;
