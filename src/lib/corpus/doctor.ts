/**
 * The content doctor: things that are probably out of date or forgotten but do not make the
 * corpus wrong. `npm run check` and the build print them and carry on.
 */
import type { Declaration, Organization, Release } from '../../schemas/index.ts';
import type { CollectionName } from '../../schemas/primitives.ts';
import { formatDate } from '../format.ts';
import { momentMs } from '../japan-time.ts';
import type { ParsedEntry } from './integrity.ts';
import { formatProblem, sortProblems, type Problem } from './problem.ts';

/** A warning has the same shape as a problem; only its consequence differs. */
export type Warning = Problem;

export function formatWarning(w: Warning): string {
  return `注意: ${formatProblem(w)}`;
}

interface DataOf {
  releases: Release;
  declarations: Declaration;
  organizations: Organization;
}

/** The entries of one collection with the type their schema gives them. */
function ofCollection<C extends keyof DataOf>(entries: readonly ParsedEntry[], collection: C) {
  return entries
    .filter((e) => e.collection === collection)
    .map((e) => ({ ...e, data: e.data as unknown as DataOf[C] }));
}

/** Press contacts of a release published more than `years` before `now` may no longer answer. */
export function staleContacts(entries: readonly ParsedEntry[], now: Date, years = 2): Warning[] {
  const limit = new Date(now);
  limit.setFullYear(limit.getFullYear() - years);
  return ofCollection(entries, 'releases')
    .filter((r) => momentMs(r.data.published) < limit.getTime())
    .map((r) => ({
      file: r.file,
      field: 'contacts',
      message: `公開（${formatDate(r.data.published)}）から${years}年以上たっています。部署名・電話番号・メールアドレスが今も通じるか確認してください`,
    }));
}

/** Every `{ collection, id }` reference anywhere inside a value. */
function referencesIn(value: unknown, found: { collection: CollectionName; id: string }[] = []) {
  if (Array.isArray(value)) for (const v of value) referencesIn(v, found);
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    const o = value as Record<string, unknown>;
    if (typeof o.collection === 'string' && typeof o.id === 'string' && Object.keys(o).length === 2)
      found.push({ collection: o.collection as CollectionName, id: o.id });
    else for (const v of Object.values(o)) referencesIn(v, found);
  }
  return found;
}

/** Organizations no other entry refers to: nothing on the site leads to them. */
export function unreferencedOrganizations(entries: readonly ParsedEntry[]): Warning[] {
  const referenced = new Set<string>();
  for (const e of entries)
    for (const r of referencesIn(e.data))
      if (r.collection === 'organizations' && !(e.collection === 'organizations' && e.id === r.id))
        referenced.add(r.id);
  return ofCollection(entries, 'organizations')
    .filter((o) => !referenced.has(o.id))
    .map((o) => ({
      file: o.file,
      field: '(entry)',
      message: `どのエントリからも参照されていません（${o.data.name}）。報道発表・協定・宣言などから参照するか、不要なら削除してください`,
    }));
}

/** A registry cannot know more signatories than the sponsor has reported. */
export function overlistedDeclarations(entries: readonly ParsedEntry[]): Warning[] {
  return ofCollection(entries, 'declarations').flatMap((d) => {
    const latest = d.data.reportedCounts.at(-1);
    const listed = d.data.signatories.length;
    if (!latest || listed <= latest.count) return [];
    return [
      {
        file: d.file,
        field: 'signatories',
        message: `載せている賛同組織（${listed}件）が最新の公表数（${latest.count}件、${latest.asOf}時点）より多くなっています。新しい公表数を reportedCounts に追加するか、一覧を確認してください`,
      },
    ];
  });
}

/** Photos and figures should say whose they are. */
export function uncreditedImages(entries: readonly ParsedEntry[]): Warning[] {
  return ofCollection(entries, 'releases').flatMap((r) =>
    r.data.images.flatMap((image, i) =>
      image.credit
        ? []
        : [
            {
              file: r.file,
              field: `images.${i}.credit`,
              message: 'クレジット（credit）がありません。撮影者や提供元を書いてください（例: 相馬市提供）',
            },
          ],
    ),
  );
}

/** A company speaking of itself; in a digest only a quotation may do that. */
const firstPerson = /当社|弊社|私たち|わたしたち|我々|われわれ/g;

/** Text with quoted passages (「」, 『』, “”, "") blanked out, so a quotation may say 当社. */
function outsideQuotes(text: string): string {
  return text.replace(/「[^」]*」|『[^』]*』|“[^”]*”|"[^"\n]*"/g, (q) => ' '.repeat(q.length));
}

/**
 * A digest is this press room's summary: it never speaks as the company. First-person words
 * outside quotation marks are the company's own voice copied into the site's text.
 */
export function firstPersonInDigests(entries: readonly ParsedEntry[]): Warning[] {
  return ofCollection(entries, 'releases')
    .filter((r) => r.data.kind === 'digest')
    .flatMap((r) => {
      const fields: [string, string | undefined][] = [
        ['title', r.data.title],
        ['subtitle', r.data.subtitle],
        ['lead', r.data.lead],
        ['(本文)', r.body],
      ];
      return fields.flatMap(([field, text]) => {
        const found = [...new Set(outsideQuotes(text ?? '').match(firstPerson) ?? [])];
        return found.length === 0
          ? []
          : [
              {
                file: r.file,
                field,
                message: `要約（digest）なのに「${found.join('」「')}」と発表元の立場で書かれています。会社名か「同社」に書き換えるか、発言なら「」で囲んで発言者を示してください`,
              },
            ];
      });
    });
}

/** Every warning for a corpus that passed the check, at the build instant `now`. */
export function doctor(entries: readonly ParsedEntry[], now: Date): Warning[] {
  return sortProblems([
    ...staleContacts(entries, now),
    ...unreferencedOrganizations(entries),
    ...overlistedDeclarations(entries),
    ...uncreditedImages(entries),
    ...firstPersonInDigests(entries),
  ]);
}
