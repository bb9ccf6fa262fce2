/**
 * Checks that need the whole corpus: duplicate ids, references to entries that do not exist,
 * and values that must be unique across entries. Astro only logs a dangling `reference()` and
 * exits 0, so this is where a broken link between entries becomes a failed build.
 */
import type { CollectionName, Ref } from '../../schemas/primitives.ts';
import { collectionNames } from '../../schemas/primitives.ts';
import { fieldPath, type Problem } from './problem.ts';

export interface ParsedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
}

function isRef(value: unknown): value is Ref {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const v = value as Record<string, unknown>;
  return (
    keys.length === 2 &&
    typeof v.id === 'string' &&
    (collectionNames as readonly unknown[]).includes(v.collection)
  );
}

/** Every reference inside parsed data, with the field path it sits at. */
export function collectRefs(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; ref: Ref }[] {
  if (isRef(value)) return [{ path, ref: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => collectRefs(v, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.entries(value).flatMap(([k, v]) => collectRefs(v, [...path, k]));
  return [];
}

/** Groups entries by a key and reports every member of a group larger than one, naming the others. */
function duplicates(
  entries: ParsedEntry[],
  keyOf: (e: ParsedEntry) => string | undefined,
  report: (e: ParsedEntry, others: string) => Problem,
): Problem[] {
  const groups = new Map<string, ParsedEntry[]>();
  for (const e of entries) {
    const key = keyOf(e);
    if (key === undefined) continue;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .flatMap((g) => g.map((e) => report(e, g.filter((o) => o !== e).map((o) => o.file).join('、'))));
}

export function checkIntegrity(entries: ParsedEntry[]): Problem[] {
  const problems: Problem[] = [
    ...duplicates(
      entries,
      (e) => `${e.collection}/${e.id}`,
      (e, others) => ({
        file: e.file,
        field: '(id)',
        message: `id "${e.id}" が ${others} と重複しています。どちらかのファイル名を変えてください`,
      }),
    ),
    ...duplicates(
      entries,
      (e) => (e.collection === 'cities' && typeof e.data.code === 'string' ? e.data.code : undefined),
      (e, others) => ({
        file: e.file,
        field: 'code',
        message: `全国地方公共団体コード ${String(e.data.code)} が ${others} と同じです。同じ市区町村を2回登録していませんか`,
      }),
    ),
  ];
  const known = new Set(entries.map((e) => `${e.collection}/${e.id}`));
  for (const e of entries) {
    for (const { path, ref } of collectRefs(e.data)) {
      if (!known.has(`${ref.collection}/${ref.id}`))
        problems.push({
          file: e.file,
          field: fieldPath(path),
          message: `${ref.collection} に "${ref.id}" がありません。id の綴りを確認するか、先にそのエントリを作ってください`,
        });
    }
  }
  return problems;
}
