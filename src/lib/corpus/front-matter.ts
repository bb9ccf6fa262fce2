/**
 * Splits a Markdown/MDX file into front matter and body, and parses YAML with the YAML 1.2
 * core schema, which keeps timestamps as the strings the editor wrote.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { parseDocument } from 'yaml';

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
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    const where = line === undefined ? '' : `${line + lineOffset}行目: `;
    return {
      ok: false,
      message: `YAMLとして読めません（${where}${first.message.split('\n')[0]}）。インデント、コロンの後の空白、引用符の閉じ忘れを確認してください`,
    };
  }
  return { ok: true, value: doc.toJS() };
}
