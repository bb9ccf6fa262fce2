/**
 * Reading every file of a built dist/ as text, whatever its form, so a test can say that a
 * string appears nowhere: Pagefind's index files are gzip streams (decompressed here), and
 * iCalendar folds long lines (unfolded here).
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface OutputFile {
  /** Path inside dist/, with `/`. */
  rel: string;
  /** The content as UTF-8 text, decompressed and unfolded where needed. */
  text: string;
  /** Whether the file was stored compressed. */
  compressed: boolean;
}

const isGzip = (b: Buffer) => b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;

export function readOutputFile(dist: string, rel: string): OutputFile {
  const raw = readFileSync(path.join(dist, rel));
  const compressed = isGzip(raw);
  let text = (compressed ? gunzipSync(raw) : raw).toString('utf8');
  if (rel.endsWith('.ics')) text = text.replace(/\r?\n[ \t]/g, '');
  return { rel, text, compressed };
}

export function outputFiles(dist: string): OutputFile[] {
  return globSync('**/*', { cwd: dist, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dist, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort()
    .map((rel) => readOutputFile(dist, rel));
}

/** Every place in dist/ (a path or a file's content) where one of the needles occurs. */
export function traces(files: readonly OutputFile[], needles: readonly string[]): string[] {
  const found: string[] = [];
  for (const f of files)
    for (const n of needles) {
      if (f.rel.includes(n)) found.push(`${f.rel} (path): ${n}`);
      if (f.text.includes(n)) found.push(`${f.rel}: ${n}`);
    }
  return found;
}

/** Pagefind's output, when the build made a search index. */
export function pagefindFiles(files: readonly OutputFile[]): OutputFile[] {
  return files.filter((f) => f.rel.startsWith('pagefind/') && /\.pf_[a-z]+$/.test(f.rel));
}
