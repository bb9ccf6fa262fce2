import { z } from 'astro/zod';
import { httpsUrl, isoDate, nonEmptyText, partialDate, ref, source } from './primitives.ts';

export const organizationKinds = [
  'company',
  'municipality',
  'prefecture',
  'government',
  'public-body',
  'association',
] as const;

const workplaceFact = z.strictObject({
  label: nonEmptyText(60),
  value: nonEmptyText(200),
  asOf: isoDate,
  source,
});

export const organizationSchema = z.strictObject({
  name: nonEmptyText(120),
  shortName: nonEmptyText(40).optional(),
  reading: nonEmptyText(120).optional(),
  kind: z.enum(organizationKinds, {
    error: `kind は ${organizationKinds.join(' / ')} のいずれかです`,
  }),
  /** The profiled city the organisation is based in (a municipality's own city, too). */
  city: ref('cities').optional(),
  headOffice: nonEmptyText(120).optional(),
  founded: partialDate.optional(),
  /** The body it was spun off from, when the source says so. */
  spunOffFrom: ref('organizations').optional(),
  representative: z.strictObject({ title: nonEmptyText(60).optional(), name: nonEmptyText(60) }).optional(),
  capitalYen: z
    .number({ error: '資本金は円単位の数値で書いてください（例: 10000000）' })
    .int()
    .positive()
    .optional(),
  website: httpsUrl.optional(),
  summary: nonEmptyText(600),
  business: z.array(nonEmptyText(200)).optional(),
  trackRecord: z
    .array(
      z.strictObject({
        text: nonEmptyText(400),
        since: partialDate.optional(),
        /** When the fact was true (a client total, 開発中): shown as 「2020年5月時点」. */
        asOf: partialDate.optional(),
        clients: z.array(ref('organizations')).optional(),
        cities: z.array(ref('cities')).optional(),
        source: source.optional(),
      }),
    )
    .optional(),
  /** For job seekers: what the organisation does as an employer, each fact dated and sourced. */
  employer: z
    .strictObject({
      industries: z.array(nonEmptyText(60)).min(1),
      hiringPage: httpsUrl.optional(),
      workplaceFacts: z.array(workplaceFact).default([]),
    })
    .optional(),
  sources: z.array(source).default([]),
});
export type Organization = z.output<typeof organizationSchema>;
