/**
 * Splits a Markdown/MDX file into front matter and body, and parses YAML with the YAML 1.2
 * core schema, which keeps timestamps as the strings the editor wrote.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';

export type YamlResult = { ok: true; value: unknown } | { ok: false; message: string };

const frontMatterRE = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(text: string): { frontMatter: string; body: string } | undefined {
  const m = frontMatterRE.exec(text);
  if (!m) return undefined;
  return { frontMatter: m[1] ?? '', body: text.slice(m[0].length) };
}

export function parseYaml(text: string, lineOffset = 0): YamlResult {
  // Fast path: js-yaml with the core schema gives the same values ~10× faster than `yaml`'s
  // document parser, which was most of the content guard's time on a large archive (see
  // bench/RESULTS.md). `yaml` still parses whatever js-yaml rejects, for its clearer messages.
  try {
    return { ok: true, value: load(text, { schema: CORE_SCHEMA }) };
  } catch {
    // fall through
  }
  // The line counter gives the line without prettyErrors' multi-line English excerpt.
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter });
  const failure = (where: string, message: string): YamlResult => ({
    ok: false,
    message: `YAMLとして読めません（${where}${message.split('\n')[0]}）。インデント、コロンの後の空白、引用符の閉じ忘れを確認してください`,
  });
  const first = doc.errors[0];
  if (first) {
    const line = lineCounter.linePos(first.pos[0]).line || undefined;
    return failure(line === undefined ? '' : `${line + lineOffset}行目: `, first.message);
  }
  try {
    return { ok: true, value: doc.toJS() };
  } catch (error) {
    // Problems found only while building values, e.g. an alias (*name) to an anchor that does not exist.
    return failure('', error instanceof Error ? error.message : String(error));
  }
}

export type EntryFileResult =
  | { ok: true; data: unknown; body?: string }
  | { ok: false; field: '(YAML)' | '(front matter)'; message: string };

/**
 * The data of one entry file, read the same way by the corpus check and by Astro's loaders
 * (src/content.config.ts), so the schemas always see what the editor wrote.
 */
export function parseEntryFile(text: string, format: 'markdown' | 'yaml-files'): EntryFileResult {
  if (format === 'yaml-files') {
    const parsed = parseYaml(text);
    return parsed.ok
      ? { ok: true, data: parsed.value ?? {} }
      : { ok: false, field: '(YAML)', message: parsed.message };
  }
  const split = splitFrontMatter(text);
  if (!split)
    return {
      ok: false,
      field: '(front matter)',
      message: 'ファイルの先頭に --- で囲んだフロントマターがありません',
    };
  // +1: the opening --- line comes before the YAML text.
  const parsed = parseYaml(split.frontMatter, 1);
  return parsed.ok
    ? { ok: true, data: parsed.value ?? {}, body: split.body }
    : { ok: false, field: '(front matter)', message: parsed.message };
}
