import { z } from 'astro/zod';
import { httpsUrl, isoDate, municipalCode, nonEmptyText, ref, source, yearMonth } from './primitives.ts';

const milestone = z.strictObject({ date: yearMonth, label: nonEmptyText(120) });

export const citySchema = z.strictObject({
  name: nonEmptyText(20),
  reading: z
    .string()
    .regex(/^[\u3041-\u309f\u30fc]+$/, { error: 'reading はひらがなで書いてください（例: かまいしし）' }),
  nameEn: nonEmptyText(60),
  prefecture: nonEmptyText(10),
  code: municipalCode,
  /** The local government as an organisation (publisher, signatory). */
  government: ref('organizations').optional(),
  tagline: nonEmptyText(80).optional(),
  summary: nonEmptyText(400),
  location: nonEmptyText(300).optional(),
  mayor: z.strictObject({ name: nonEmptyText(40), asOf: isoDate, source }).optional(),
  officialSite: httpsUrl.optional(),
  strategies: z
    .array(
      z.strictObject({
        name: nonEmptyText(120),
        principle: nonEmptyText(200).optional(),
        milestones: z.array(milestone).min(1),
      }),
    )
    .default([]),
  heritage: z.array(nonEmptyText(200)).default([]),
  transport: z.array(nonEmptyText(200)).default([]),
  sources: z.array(source).default([]),
});
export type City = z.output<typeof citySchema>;
