/** Reads the content folder into raw entries, exactly as Astro's loaders will see the files. */
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { collectionNames, entryIdPattern, type CollectionName } from '../../schemas/primitives.ts';
import { parseEntryFile, parseYaml } from './front-matter.ts';
import { contentLayout, entryIdFromPath } from './layout.ts';
import type { Problem } from './problem.ts';

export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path as shown to the editor (relative to the working directory when inside it). */
  file: string;
  data: unknown;
  /** Markdown/MDX body; undefined for data collections. */
  body?: string;
}

export function displayPath(absolute: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, absolute);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : absolute;
}

export function readCorpus(contentDir: string): { entries: RawEntry[]; problems: Problem[] } {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  const root = path.resolve(contentDir);
  if (!existsSync(root)) {
    problems.push({
      file: displayPath(root),
      field: '(folder)',
      message: 'コンテンツのフォルダがありません',
    });
    return { entries, problems };
  }

  for (const collection of collectionNames) {
    const layout = contentLayout[collection];
    if (layout.format === 'yaml-list') {
      const abs = path.join(root, layout.file);
      const file = displayPath(abs);
      if (!existsSync(abs)) {
        problems.push({ file, field: '(file)', message: `${collection} の一覧ファイルがありません` });
        continue;
      }
      const parsed = parseYaml(readFileSync(abs, 'utf8'));
      if (!parsed.ok) {
        problems.push({ file, field: '(YAML)', message: parsed.message });
        continue;
      }
      if (!Array.isArray(parsed.value)) {
        problems.push({ file, field: '(file)', message: '項目のリスト（- id: ...）で書いてください' });
        continue;
      }
      parsed.value.forEach((item: unknown, i) => {
        const data = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
        const id = data.id;
        if (typeof id !== 'string' || !entryIdPattern.test(id)) {
          problems.push({
            file,
            field: `${i}.id`,
            message: 'id は英小文字・数字・ハイフンで書いてください（例: work-style-reform）',
          });
          return;
        }
        entries.push({ collection, id, file: `${file}#${id}`, data });
      });
      continue;
    }

    const dir = path.join(root, layout.dir);
    if (!existsSync(dir)) continue;
    for (const rel of globSync(layout.pattern, { cwd: dir }).sort()) {
      const abs = path.join(dir, rel);
      const file = displayPath(abs);
      const id = entryIdFromPath(rel);
      if (!entryIdPattern.test(id)) {
        problems.push({
          file,
          field: '(file name)',
          message: `ファイル名は英小文字・数字・ハイフンだけにしてください（例: 2026-06-soma-declarations.mdx）。id "${id}" はURLになります`,
        });
        continue;
      }
      const placement = layout.format === 'markdown' ? layout.placement : undefined;
      if (placement && !placement.id.test(id)) {
        problems.push({
          file,
          field: '(file name)',
          message: `${placement.hint}。id "${id}" は置き場所が違います`,
        });
        continue;
      }
      const parsed = parseEntryFile(readFileSync(abs, 'utf8'), layout.format);
      if (parsed.ok) entries.push({ collection, id, file, data: parsed.data, body: parsed.body });
      else problems.push({ file, field: parsed.field, message: parsed.message });
    }
  }
  return { entries, problems };
}
