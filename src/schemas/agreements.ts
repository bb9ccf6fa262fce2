import { z } from 'astro/zod';
import { isoDate, nonEmptyText, ref, source } from './primitives.ts';

const course = z.strictObject({ name: nonEmptyText(80), description: nonEmptyText(400) });

const program = z.strictObject({
  name: nonEmptyText(120),
  theme: nonEmptyText(80).optional(),
  summary: nonEmptyText(600),
  /** The stages of the programme in order, e.g. 東京1日 → 釜石3泊4日 → 東京1日. */
  structure: z
    .array(
      z.strictObject({ place: nonEmptyText(40), days: z.number().int().positive(), label: nonEmptyText(60) }),
    )
    .optional(),
  courses: z.array(course).default([]),
  audience: nonEmptyText(200).optional(),
  plannedFor: nonEmptyText(80).optional(),
});

export const agreementSchema = z.strictObject({
  title: nonEmptyText(120),
  kind: nonEmptyText(40),
  summary: nonEmptyText(600),
  parties: z.array(ref('organizations')).min(2, { error: '協定の当事者（parties）は2者以上です' }),
  signed: isoDate,
  signing: z.strictObject({
    method: z.enum(['online', 'in-person'], { error: 'method は online か in-person です' }),
    note: nonEmptyText(300).optional(),
  }),
  cities: z.array(ref('cities')).min(1, { error: '関係する市区町村（cities）を1つ以上書いてください' }),
  scope: z.array(nonEmptyText(200)).min(1, { error: '協定の内容（scope）を1項目以上書いてください' }),
  programs: z.array(program).default([]),
  partners: z
    .array(z.strictObject({ organization: ref('organizations'), role: nonEmptyText(120) }))
    .default([]),
  sources: z.array(source).default([]),
});
export type Agreement = z.output<typeof agreementSchema>;
