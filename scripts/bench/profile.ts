/**
 * Summarises V8 .cpuprofile files (node --cpu-prof): self time grouped by where the code lives,
 * so "is it ours or Astro's?" has a direct answer.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** node_modules/<package> (scoped too), the project's own folder, or V8's pseudo-frames. */
export function owner(url: string, functionName: string, projectRoot: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  if (url.startsWith('node:')) return 'node:internals';
  const local = url.replace(/^file:\/\//, '');
  if (local.startsWith(projectRoot)) {
    const rel = local.slice(projectRoot.length + 1);
    // Built page chunks carry our templates and src/lib code, bundled.
    if (rel.includes('/.prerender/') || rel.includes('/chunks/') || rel.includes('/pages/'))
      return 'site bundle (our pages + src/lib, compiled)';
    return `project: ${rel.split('/').slice(0, 2).join('/')}`;
  }
  if (/\.prerender\/|\/chunks\/|\/pages\//.test(local)) return 'site bundle (our pages + src/lib, compiled)';
  return local.includes('/content/') ? 'content modules (compiled MDX)' : local;
}

export interface ProfileSummary {
  totalMs: number;
  byOwner: { owner: string; ms: number; share: number }[];
  topFunctions: { name: string; owner: string; ms: number }[];
}

export function summarizeProfiles(files: string[], projectRoot: string, top = 15): ProfileSummary {
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, { owner: string; ms: number }>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const node = nodes.get(id);
      if (!node) return;
      const { url, functionName, lineNumber } = node.callFrame;
      if (functionName === '(idle)') return;
      const who = owner(url, functionName, projectRoot);
      total += ms;
      byOwner.set(who, (byOwner.get(who) ?? 0) + ms);
      const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
      const f = byFunction.get(key) ?? { owner: who, ms: 0 };
      f.ms += ms;
      byFunction.set(key, f);
    });
  }
  return {
    totalMs: total,
    byOwner: [...byOwner]
      .map(([o, ms]) => ({ owner: o, ms, share: total ? ms / total : 0 }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top),
    topFunctions: [...byFunction]
      .map(([name, f]) => ({ name, ...f }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top),
  };
}
