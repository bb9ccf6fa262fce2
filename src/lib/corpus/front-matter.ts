/**
 * Splits a Markdown/MDX file into front matter and body, and parses YAML with the `yaml`
 * package (YAML 1.2 core schema), which keeps timestamps as the strings the editor wrote.
 */
import { LineCounter, parseDocument } from 'yaml';

export type YamlResult = { ok: true; value: unknown } | { ok: false; message: string };

const frontMatterRE = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(text: string): { frontMatter: string; body: string } | undefined {
  const m = frontMatterRE.exec(text);
  if (!m) return undefined;
  return { frontMatter: m[1] ?? '', body: text.slice(m[0].length) };
}

export function parseYaml(text: string, lineOffset = 0): YamlResult {
  // The line counter gives the line without prettyErrors' multi-line English excerpt.
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter });
  const first = doc.errors[0];
  if (first) {
    const line = lineCounter.linePos(first.pos[0]).line || undefined;
    const where = line === undefined ? '' : `${line + lineOffset}行目: `;
    return {
      ok: false,
      message: `YAMLとして読めません（${where}${first.message.split('\n')[0]}）。インデント、コロンの後の空白、引用符の閉じ忘れを確認してください`,
    };
  }
  return { ok: true, value: doc.toJS() };
}
