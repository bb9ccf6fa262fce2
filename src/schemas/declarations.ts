import { z } from 'astro/zod';
import { httpsUrl, isoDate, nonEmptyText, ref, source, yearMonth } from './primitives.ts';

export const declarationSchema = z
  .strictObject({
    name: nonEmptyText(60),
    sponsor: ref('organizations'),
    opened: yearMonth.optional(),
    purpose: nonEmptyText(600),
    /**
     * What an organisation commits to by signing, in one sentence and only as the source states
     * it. Left out when the source does not say: the page then says nothing rather than guess.
     */
    commitment: nonEmptyText(200).optional(),
    url: httpsUrl.optional(),
    /** Counts the sponsor has published, oldest first; the registry lists only what this site knows. */
    reportedCounts: z
      .array(
        z.strictObject({
          count: z
            .number({ error: '組織数は数値で書いてください' })
            .int()
            .nonnegative({ error: '組織数は0以上の整数です' }),
          asOf: yearMonth,
          source,
        }),
      )
      .default([]),
    /** Signatories known to this site, in the order they declared. */
    signatories: z
      .array(
        z.strictObject({
          organization: ref('organizations'),
          announced: isoDate.optional(),
          /**
           * Its place among the municipalities that declared (相馬市: 6), only when the source
           * gives one. Signatories are otherwise unnumbered: a registry lists no order the source
           * does not state.
           */
          municipalOrdinal: z.number({ error: '順番は数値で書いてください' }).int().positive().optional(),
          note: nonEmptyText(120).optional(),
          source,
        }),
      )
      .default([]),
  })
  .superRefine((d, ctx) => {
    d.reportedCounts.forEach((c, i) => {
      const prev = d.reportedCounts[i - 1];
      if (prev && prev.asOf > c.asOf)
        ctx.addIssue({
          code: 'custom',
          path: ['reportedCounts', i, 'asOf'],
          message: 'reportedCounts は古い順に並べてください',
        });
      if (d.opened && c.asOf < d.opened)
        ctx.addIssue({
          code: 'custom',
          path: ['reportedCounts', i, 'asOf'],
          message: `宣言の開始（opened: ${d.opened}）より前の時点は書けません`,
        });
    });
    const seen = new Set<string>();
    d.signatories.forEach((s, i) => {
      if (seen.has(s.organization.id))
        ctx.addIssue({
          code: 'custom',
          path: ['signatories', i, 'organization'],
          message: `${s.organization.id} が2回登録されています`,
        });
      seen.add(s.organization.id);
      if (d.opened && s.announced && s.announced.slice(0, 7) < d.opened)
        ctx.addIssue({
          code: 'custom',
          path: ['signatories', i, 'announced'],
          message: `宣言の開始（opened: ${d.opened}）より前には宣言できません`,
        });
    });
  });
export type Declaration = z.output<typeof declarationSchema>;
