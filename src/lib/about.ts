/**
 * The operator page's presenter: the operator's details only when they are the operator's own.
 * The repository's example file (deploy/operator.yaml, `example: true`) is shown as "not set",
 * never as if it named a real operator.
 */
import type { Operator } from '../schemas/operator.ts';

export interface AboutView {
  operator?: { name: string; email?: string; contactUrl?: string; contactNote?: string };
}

export function aboutView(operator: Operator | undefined): AboutView {
  if (!operator || operator.example) return {};
  const { name, email, contactUrl, contactNote } = operator;
  return {
    operator: {
      name,
      ...(email ? { email } : {}),
      ...(contactUrl ? { contactUrl } : {}),
      ...(contactNote ? { contactNote } : {}),
    },
  };
}
