/**
 * Compiles an MDX body with the compiler Astro itself uses for `.mdx` (Sätteri's `mdxToJs`, with
 * Astro's JSX settings), so a syntax error or an import of a missing file is reported by
 * `npm run check` — in Japanese, with the file's line — instead of failing the build later with
 * an English stack trace.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { mdxToJs } from 'satteri';
import type { Problem } from './problem.ts';

/** Imports the compiler adds itself, not written by the editor. */
const compilerImports = new Set(['astro/jsx-runtime', 'astro/jsx-dev-runtime']);

const importSpecifiers = (code: string) =>
  [...code.matchAll(/^\s*import\s[^;]*?from\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm)].map(
    (m) => m[1] ?? m[2] ?? '',
  );

function resolves(specifier: string, fromFile: string): boolean {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    return existsSync(path.resolve(path.dirname(fromFile), specifier));
  }
  try {
    createRequire(path.resolve(fromFile)).resolve(specifier);
    return true;
  } catch {
    return false;
  }
}

/**
 * Problems in one MDX body. `file` is the path shown to the editor, `absolute` the file itself
 * (imports resolve from it); `bodyLine` is the file line on which the body starts.
 */
export function checkMdxBody(file: string, absolute: string, body: string, bodyLine: number): Problem[] {
  let code: string;
  try {
    code = mdxToJs(body, {
      features: { gfm: true, smartPunctuation: true },
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
    }).code;
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+):\s*/.exec(raw);
    const line = at ? Number(at[1]) + bodyLine - 1 : bodyLine;
    const detail = raw.slice(at?.[0].length ?? 0).replace(/\s*\(\d+:\d+\)\s*\([^)]*\)\s*$/, '');
    return [
      {
        file,
        line,
        field: '(本文)',
        message: `MDXとして読めません（${detail}）。タグの閉じ忘れ、{ } の対応、< をそのまま書いていないかを確認してください（文字の < は &lt; と書きます）`,
      },
    ];
  }
  const lines = body.split('\n');
  return importSpecifiers(code)
    .filter((s) => !compilerImports.has(s) && !resolves(s, absolute))
    .map((specifier) => {
      const i = lines.findIndex((l) => l.includes(specifier));
      return {
        file,
        line: (i < 0 ? 0 : i) + bodyLine,
        field: '(本文)',
        message: `読み込むファイル "${specifier}" が見つかりません。パスの綴りを確認するか、その import の行を削除してください`,
      };
    });
}
