/** Runs a real `astro build` in a child process, as `npm run build` would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

export function astroBuild(
  options: { contentDir?: string; outDir?: string; env?: Record<string, string> } = {},
): BuildResult {
  const scratch = mkdtempSync(path.join(tmpdir(), 'pressroom-build-'));
  const outDir = options.outDir ?? path.join(scratch, 'dist');
  // process.execPath is the project's pinned Node (npm test runs under it), not the host's.
  const result = spawnSync(process.execPath, [astroBin, 'build'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      PRESSROOM_OUT_DIR: outDir,
      PRESSROOM_CACHE_DIR: path.join(scratch, 'cache'),
      ...(options.contentDir ? { PRESSROOM_CONTENT_DIR: options.contentDir } : {}),
      ...options.env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
