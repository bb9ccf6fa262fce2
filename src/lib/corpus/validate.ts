/** Validates raw entries against the collection schemas and the corpus-wide rules. */
import type { z } from 'astro/zod';
import { schemas } from '../../schemas/index.ts';
import { withKnownIds, type CollectionName } from '../../schemas/primitives.ts';
import { checkUniqueCodes, checkUniqueIds, checkUniqueSummaries, type ParsedEntry } from './integrity.ts';
import { fieldPath, sortProblems, type Problem } from './problem.ts';
import { readCorpus, type RawEntry } from './read.ts';
import type { Release } from '../../schemas/index.ts';
import { yearInJapan } from '../japan-time.ts';

/** The schema's own hint on what to write, unless it is Zod's generic English. */
function requiredHint(message: string): string {
  return message.startsWith('Invalid input')
    ? '。書き方は既存のエントリを参考にしてください'
    : `（${message}）`;
}

/** Zod's own wording is English and generic; editors get Japanese, fix-oriented messages. */
function issueToProblems(file: string, issue: z.core.$ZodIssue): Problem[] {
  const path = [...issue.path];
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => ({
      file,
      field: fieldPath([...path, key]),
      message: '知らない項目です。綴りを確認するか削除してください',
    }));
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && issue.input === undefined)
    return [
      { file, field: fieldPath(path), message: `必須の項目がありません${requiredHint(issue.message)}` },
    ];
  if (issue.code === 'too_small' && issue.origin === 'array' && issue.message.startsWith('Too small'))
    return [{ file, field: fieldPath(path), message: `${String(issue.minimum)} 件以上必要です` }];
  if (issue.code === 'invalid_type' && issue.expected === 'array')
    return [{ file, field: fieldPath(path), message: 'リスト（- で始まる行）で書いてください' }];
  if (issue.code === 'invalid_type' && issue.expected === 'object')
    return [{ file, field: fieldPath(path), message: '項目（key: value）のまとまりで書いてください' }];
  if (issue.code === 'invalid_type' && issue.expected === 'number')
    return [{ file, field: fieldPath(path), message: '数値で書いてください（引用符なし）' }];
  return [{ file, field: fieldPath(path), message: issue.message }];
}

/**
 * Lists group releases by their year folder and search dates them by `published`, so the two must
 * agree: a release published in 2026 (in Japan time) lives in releases/2026/.
 */
function checkYearFolder(file: string, id: string, release: Release): Problem[] {
  const folder = id.split('/')[0];
  const year = String(yearInJapan(release.published));
  if (folder === year) return [];
  return [
    {
      file,
      field: 'published',
      message: `公開日（${year}年）とフォルダー（releases/${folder}/）が合いません。ファイルを releases/${year}/ に移すか、published を確かめてください`,
    },
  ];
}

export function validateEntries(raw: RawEntry[]): { entries: ParsedEntry[]; problems: Problem[] } {
  const entries: ParsedEntry[] = [];
  const problems: Problem[] = [];
  // Ids come from file names, so references can be checked even in entries that fail elsewhere.
  const ids = new Map<CollectionName, Set<string>>();
  for (const e of raw) ids.set(e.collection, (ids.get(e.collection) ?? new Set()).add(e.id));
  for (const e of raw) {
    const result = withKnownIds(ids, () => schemas[e.collection].safeParse(e.data, { reportInput: true }));
    if (!result.success) {
      problems.push(...result.error.issues.flatMap((issue) => issueToProblems(e.file, issue)));
      continue;
    }
    if (e.body !== undefined && (e.collection === 'releases' || e.collection === 'englishSummaries') && e.body.trim() === '')
      problems.push({
        file: e.file,
        field: '(body)',
        message: '本文がありません。フロントマターの後に本文を書いてください',
      });
    if (e.collection === 'releases') problems.push(...checkYearFolder(e.file, e.id, result.data as Release));
    entries.push({
      collection: e.collection,
      id: e.id,
      file: e.file,
      data: result.data as Record<string, unknown>,
      body: e.body,
    });
  }
  problems.push(...checkUniqueIds(raw), ...checkUniqueCodes(entries), ...checkUniqueSummaries(entries));
  return { entries, problems };
}

/** The whole check: what `npm run check` prints and what stops `astro build`. */
export function checkCorpus(contentDir: string): { entries: ParsedEntry[]; problems: Problem[] } {
  const read = readCorpus(contentDir);
  const validated = validateEntries(read.entries);
  return { entries: validated.entries, problems: sortProblems([...read.problems, ...validated.problems]) };
}
