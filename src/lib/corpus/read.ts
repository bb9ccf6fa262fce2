/** Reads the content folder into raw entries, exactly as Astro's loaders will see the files. */
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { collectionNames, entryIdPattern, type CollectionName } from '../../schemas/primitives.ts';
import { parseEntryFile, parseYaml } from './front-matter.ts';
import { contentLayout, entryIdFromPath } from './layout.ts';
import { checkMdxBody } from './mdx.ts';
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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Where a byte sequence stops being UTF-8 (a locator only; the decoder above decides). */
function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i] ?? 0;
    const more = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (more < 0) return i;
    for (let k = 1; k <= more; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += more + 1;
  }
  return 0;
}

/**
 * A content file as text. A file saved in another encoding (Shift_JIS from an old editor) would
 * be published as mojibake, so it is a problem naming the line where the text stops being UTF-8.
 */
function readText(abs: string, file: string): { text: string } | { problem: Problem } {
  const bytes = readFileSync(abs);
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const at = invalidUtf8Offset(bytes);
    const line = bytes.subarray(0, at).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);
    return {
      problem: {
        file,
        line,
        field: '(文字コード)',
        message:
          'UTF-8 で保存されていません（Shift_JIS などでは文字化けして公開されます）。エディターで文字コードを UTF-8 にして保存し直してください',
      },
    };
  }
}

export function displayPath(absolute: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, absolute);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : absolute;
}

/** The 1-based line of the file on which the body (after the front matter) starts. */
function bodyStartLine(text: string, body: string): number {
  const head = text.slice(0, text.length - body.length);
  return head.split('\n').length;
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
        if (layout.optional) continue;
        problems.push({ file, field: '(file)', message: `${collection} の一覧ファイルがありません` });
        continue;
      }
      const read = readText(abs, file);
      if ('problem' in read) {
        problems.push(read.problem);
        continue;
      }
      const parsed = parseYaml(read.text);
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
      const read = readText(abs, file);
      if ('problem' in read) {
        problems.push(read.problem);
        continue;
      }
      const parsed = parseEntryFile(read.text, layout.format);
      if (!parsed.ok) {
        problems.push({ file, field: parsed.field, message: parsed.message });
        continue;
      }
      entries.push({ collection, id, file, data: parsed.data, body: parsed.body });
      if (rel.endsWith('.mdx') && parsed.body !== undefined)
        problems.push(...checkMdxBody(file, abs, parsed.body, bodyStartLine(read.text, parsed.body)));
    }
  }
  return { entries, problems };
}
