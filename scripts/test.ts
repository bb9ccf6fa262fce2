/**
 * npm test [-- VITEST_ARGS]: the static checks (`npm run lint`, then `astro check`) and the test
 * suite (Vitest) side by side, and fails if either fails.
 *
 * Why side by side: the checks take about 40 s on one core, and the suite leaves part of the
 * machine idle while its test files wait on builds and browsers; one after the other, the checks
 * were 40 s of the five minutes `npm test` may take (issue 13). The suite prints as it goes; the
 * checks' output is held and printed in one block when they end, so the two never interleave
 * line by line. Arguments go to Vitest (`npm test -- --project unit`).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');

/** Runs a command with its output held; resolves to its exit code and output. */
function held(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (error) => resolve({ code: 1, output: `${output}\n${String(error)}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function checks(): Promise<boolean> {
  // process.execPath is the project's pinned Node (npm runs this script with it).
  const steps: [string, string, string[]][] = [
    ['npm run lint', 'npm', ['run', 'lint']],
    ['astro check', process.execPath, [astro, 'check']],
  ];
  for (const [name, command, args] of steps) {
    const { code, output } = await held(command, args);
    const verdict = code === 0 ? 'ok' : `failed (exit ${code})`;
    process.stdout.write(
      `\n──── ${name}: ${verdict} ────\n${output.trimEnd()}\n──── end of ${name} ────\n\n`,
    );
    if (code !== 0) return false;
  }
  return true;
}

function suite(): Promise<boolean> {
  return new Promise((resolve) => {
    const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
    const child = spawn(process.execPath, [vitest, 'run', ...process.argv.slice(2)], {
      cwd: root,
      stdio: 'inherit',
    });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
}

const [checked, tested] = await Promise.all([checks(), suite()]);
if (!checked) console.error('npm test: the static checks failed (their output is above).');
if (!tested) console.error('npm test: the test suite failed.');
process.exit(checked && tested ? 0 : 1);
