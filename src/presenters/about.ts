/**
 * The operator page (/about/): the operator's details only when they are the operator's own.
 * The repository's example file (deploy/operator.yaml, `example: true`) is shown as "not set",
 * never as if it named a real operator.
 */
import { ja } from '../i18n/ja.ts';
import type { Operator } from '../schemas/operator.ts';
import { factRows, type FactRow } from './facts.ts';

export interface AboutView {
  operator?: { name: string; contact: FactRow[]; contactNote?: string };
}

export function aboutView(operator: Operator | undefined): AboutView {
  if (!operator || operator.example) return {};
  const { name, email, contactUrl, contactNote } = operator;
  const t = ja.aboutPage;
  return {
    operator: {
      name,
      contact: factRows([
        email && { term: t.email, value: [{ href: `mailto:${email}`, label: email }] },
        contactUrl && { term: t.contactForm, value: [{ href: contactUrl, label: contactUrl }] },
      ]),
      ...(contactNote ? { contactNote } : {}),
    },
  };
}
