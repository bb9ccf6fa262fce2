/**
 * Runs a command and measures it as a whole process tree: wall time, CPU time (user + sys of the
 * command and every descendant) and peak memory as the sum of RSS over the tree, sampled from
 * /proc. Astro spawns workers and Pagefind runs as a separate binary, so the largest single
 * process would understate what the machine needs.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Measurement {
  status: number | null;
  /** stdout and stderr interleaved, each line prefixed with ms since start. */
  lines: { ms: number; text: string }[];
  wallMs: number;
  userMs: number;
  sysMs: number;
  /** Where CPU time comes from: GNU time (exact, all reaped descendants) or /proc samples (approximate). */
  cpuSource: 'gnu-time' | 'proc-samples';
  peakTreeRssBytes: number;
  /** When the peak was sampled, in ms since start (to tell which build phase needs the memory). */
  peakAtMs: number;
  /** The largest single process, as GNU time reports it (undefined without GNU time). */
  maxProcessRssBytes: number | undefined;
  samples: number;
  /** Every sample of the tree's RSS (ms since start, bytes): the peak of each phase. */
  rss: { ms: number; bytes: number }[];
}

const gnuTime = '/usr/bin/time';
const clockTicks = 100; // USER_HZ on Linux

interface ProcInfo {
  ppid: number;
  cpuTicks: number;
}

function readProc(pid: number): ProcInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may contain spaces: parse after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined; // exited between listing and reading
  }
}

function rssBytes(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The root and all its descendants that are alive now. */
function processTree(root: number): Map<number, ProcInfo> {
  const all = new Map<number, ProcInfo>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const info = readProc(Number(name));
    if (info) all.set(Number(name), info);
  }
  const children = new Map<number, number[]>();
  for (const [pid, info] of all) children.set(info.ppid, [...(children.get(info.ppid) ?? []), pid]);
  const tree = new Map<number, ProcInfo>();
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    const info = all.get(pid);
    if (!info || tree.has(pid)) continue;
    tree.set(pid, info);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; intervalMs?: number; echo?: boolean },
): Promise<Measurement> {
  const withTime = existsSync(gnuTime);
  const scratch = mkdtempSync(path.join(tmpdir(), 'pressroom-measure-'));
  const timeFile = path.join(scratch, 'time.txt');
  const [cmd, argv] = withTime
    ? [gnuTime, ['-f', '%e %U %S %M', '-o', timeFile, command, ...args]]
    : [command, args];

  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Measurement['lines'] = [];
  const collect = (chunk: Buffer, carry: { rest: string }) => {
    const ms = Math.round(performance.now() - started);
    const parts = (carry.rest + chunk.toString('utf8')).split('\n');
    carry.rest = parts.pop() ?? '';
    for (const text of parts) {
      lines.push({ ms, text });
      if (options.echo) process.stderr.write(`${text}\n`);
    }
  };
  const out = { rest: '' };
  const err = { rest: '' };
  child.stdout.on('data', (c: Buffer) => collect(c, out));
  child.stderr.on('data', (c: Buffer) => collect(c, err));

  let peak = 0;
  let peakAt = 0;
  let samples = 0;
  const rss: Measurement['rss'] = [];
  const lastCpu = new Map<number, number>();
  const sample = () => {
    if (child.pid === undefined) return;
    let sum = 0;
    for (const [pid, info] of processTree(child.pid)) {
      sum += rssBytes(pid);
      lastCpu.set(pid, info.cpuTicks);
    }
    samples++;
    rss.push({ ms: Math.round(performance.now() - started), bytes: sum });
    if (sum > peak) {
      peak = sum;
      peakAt = performance.now() - started;
    }
  };
  const timer = setInterval(sample, options.intervalMs ?? 100);
  sample();

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      for (const carry of [out, err])
        if (carry.rest) lines.push({ ms: Math.round(wallMs), text: carry.rest });
      let user: number;
      let sys = 0;
      let maxRss: number | undefined;
      let source: Measurement['cpuSource'] = 'proc-samples';
      const timed =
        withTime && existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) : '';
      const m = /^([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/.exec(timed ?? '');
      if (m) {
        user = Number(m[2]) * 1000;
        sys = Number(m[3]) * 1000;
        maxRss = Number(m[4]) * 1024;
        source = 'gnu-time';
      } else {
        // Without GNU time, the last sample of each process (up to one interval short).
        const ticks = [...lastCpu.values()].reduce((a, b) => a + b, 0);
        user = (ticks * 1000) / clockTicks;
      }
      rmSync(scratch, { recursive: true, force: true });
      resolve({
        status,
        lines,
        wallMs,
        userMs: user,
        sysMs: sys,
        cpuSource: source,
        peakTreeRssBytes: peak,
        peakAtMs: Math.round(peakAt),
        maxProcessRssBytes: maxRss,
        samples,
        rss,
      });
    });
  });
}
