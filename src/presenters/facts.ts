/**
 * The rows of a definition list of facts (`<dl class="facts">`, src/components/Facts.astro) as
 * plain data: a presenter decides what a page states, the component only lays it out, the same
 * way on every page and in both editions. A value is a short run of parts, because facts are
 * rarely one string: 「相馬市役所（相馬市）」 is text, a link and text again; "21 May 2020 (signed
 * online)" is a date and text. A row without a value is left out (`factRows`), so no page shows
 * a term with nothing after it.
 */
import type { EnglishDisplayName } from '../lib/english/edition.ts';
import { isMobileNumber } from '../schemas/primitives.ts';

/** Text in the page's language, or a name of the English edition (with its romanisation note). */
export type Label = string | EnglishDisplayName;

export interface Link {
  href: string;
  label: Label;
  hreflang?: string | undefined;
}

export type FactPart =
  /** Text: a string as it is, or an English display name (`{ text, lang, gloss }`). */
  | Label
  /** One link. */
  | Link
  /**
   * Links as a row of names (`inline-list`: the parties of an agreement), a plain list, or in
   * running text (`run`: 「A、B」, "A, B").
   */
  | { links: Link[]; as: 'inline-list' | 'list' | 'run' }
  /** Names in running text, without links. */
  | { names: Label[] }
  /** A day or an instant (with its time for events), and a span when it has an end. */
  | { date: Date | string; end?: Date | string | undefined; withTime?: boolean }
  /** Steps in order, joined by arrows (`<ol class="inline-list">`): a programme's structure. */
  | { steps: string[] }
  /** A remark in small print, inline or as its own paragraph. */
  | { meta: string; paragraph?: boolean };

export interface FactRow {
  term: string;
  value: FactPart[];
  /** When the value is in the other edition's language (a Japanese department on an English page). */
  lang?: 'ja' | 'en' | undefined;
  /** Kept out of the search index: a row that only says the site knows nothing (no website). */
  unsearchable?: boolean | undefined;
}

/** The rows that have a value, in order: write `cond && row` for a fact the source may not state. */
export function factRows(rows: readonly (FactRow | false | undefined | null | '' | 0)[]): FactRow[] {
  return rows.filter((r): r is FactRow => Boolean(r));
}

/** A press contact as the releases give it: an organisation's department, office phone, e-mail. */
export interface ContactInput {
  department: string;
  phone?: string | undefined;
  email?: string | undefined;
}

/**
 * A press contact's rows: department, phone, e-mail, as links a reader can use. Only an office
 * number is ever shown: the schema already refuses a mobile number, and the page refuses it
 * again, so an entry that reached it another way never publishes a person's phone.
 */
export function contactRows(
  c: ContactInput,
  labels: { department: string; phone: string; email: string },
  departmentLang?: 'ja',
): FactRow[] {
  return factRows([
    { term: labels.department, value: [c.department], lang: departmentLang },
    c.phone &&
      !isMobileNumber(c.phone) && {
        term: labels.phone,
        value: [{ href: `tel:${c.phone}`, label: c.phone }],
      },
    c.email && { term: labels.email, value: [{ href: `mailto:${c.email}`, label: c.email }] },
  ]);
}
