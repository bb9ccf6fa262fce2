import { z } from 'astro/zod';
import { email, httpsUrl, nonEmptyText } from './primitives.ts';

/**
 * Who runs this deployment of the press room, for the operator page (/about/). Not content: no
 * source release says who operates a copy of the site, so the operator writes it in
 * deploy/operator.yaml. The file in the repository is an example (`example: true`), and a build
 * from it is treated like a build for the example domain: a warning, and nothing indexed.
 */
export const operatorSchema = z
  .strictObject({
    /** true in the repository's example; delete the line once the values are the operator's own. */
    example: z.boolean({ error: 'example は true か false です' }).default(false),
    name: nonEmptyText(120),
    /** A department or a contact form is enough: no person's name or mobile number. */
    email: email.optional(),
    contactUrl: httpsUrl.optional(),
    /** How long replies usually take, or office hours, in the operator's words. */
    contactNote: nonEmptyText(300).optional(),
  })
  .refine((o) => o.email !== undefined || o.contactUrl !== undefined, {
    error: 'お問い合わせ先として email か contactUrl の少なくとも一方を書いてください',
    path: ['email'],
  });
export type Operator = z.output<typeof operatorSchema>;
