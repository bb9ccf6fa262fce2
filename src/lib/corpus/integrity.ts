/**
 * Checks that need the whole corpus and cannot be said by one entry's schema: ids and
 * municipal codes that must be unique. (References are checked while parsing: see
 * `withKnownIds` in src/schemas/primitives.ts.)
 */
import type { CollectionName } from '../../schemas/primitives.ts';
import type { Problem } from './problem.ts';

export interface ParsedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  /** Markdown/MDX body; undefined for data collections. */
  body?: string | undefined;
}

/** Groups entries by a key and reports every member of a group larger than one, naming the others. */
function duplicates<E extends { file: string }>(
  entries: readonly E[],
  keyOf: (e: E) => string | undefined,
  report: (e: E, others: string) => Problem,
): Problem[] {
  const groups = new Map<string, E[]>();
  for (const e of entries) {
    const key = keyOf(e);
    if (key === undefined) continue;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .flatMap((g) =>
      g.map((e) =>
        report(
          e,
          g
            .filter((o) => o !== e)
            .map((o) => o.file)
            .join('、'),
        ),
      ),
    );
}

/** Two files with one id (e.g. `a.md` and `a.mdx`): checked on every file read, valid or not. */
export function checkUniqueIds(
  entries: readonly { collection: CollectionName; id: string; file: string }[],
): Problem[] {
  return duplicates(
    entries,
    (e) => `${e.collection}/${e.id}`,
    (e, others) => ({
      file: e.file,
      field: '(id)',
      message: `id "${e.id}" が ${others} と重複しています。どちらかのファイル名を変えてください`,
    }),
  );
}

export function checkUniqueCodes(entries: readonly ParsedEntry[]): Problem[] {
  return duplicates(
    entries,
    (e) => (e.collection === 'cities' && typeof e.data.code === 'string' ? e.data.code : undefined),
    (e, others) => ({
      file: e.file,
      field: 'code',
      message: `全国地方公共団体コード ${String(e.data.code)} が ${others} と同じです。同じ市区町村を2回登録していませんか`,
    }),
  );
}

/** One English summary per Japanese entry: a second would compete for the same English page. */
export function checkUniqueSummaries(entries: readonly ParsedEntry[]): Problem[] {
  return duplicates(
    entries,
    (e) => {
      const japanese = e.collection === 'englishSummaries' ? e.data.japanese : undefined;
      const ref = japanese as { collection: string; id: string } | undefined;
      return ref && `${ref.collection}/${ref.id}`;
    },
    (e, others) => ({
      file: e.file,
      field: 'japanese',
      message: `同じ日本語エントリの英語版が ${others} にもあります。英語版は1つのエントリに1つだけです。どちらかを削除してください`,
    }),
  );
}
