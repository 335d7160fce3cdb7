/**
 * `npx tsx bench/profile-summary.ts <file.cpuprofile>…`: where a V8 CPU profile (from
 * `npm run bench -- --profile`) spent its time, by package or source file and by function (self time).
 */
import { readFile } from 'node:fs/promises';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

/** node_modules/<package>, a repository path, `node:` internals, or a V8 pseudo-frame such as (garbage collector). */
export function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const path = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1];
  if (path.startsWith('node:')) return `node:${path.slice(5).split('/')[0]}`;
  const local = /\/(functions|infra|bench)\/(.+)$/.exec(path);
  if (local) return `${local[1]}/${local[2]}`;
  const build = /\.build\/local-[^/]+\/(.+)$/.exec(path);
  return build ? `bundle ${build[1]}` : path;
}

export function summarizeProfile(profile: Profile, top = 15): { totalMs: number; byOwner: [string, number][]; byFunction: [string, number][] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  let totalMs = 0;
  for (const [id, ms] of selfMs) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') continue;
    totalMs += ms;
    const owner = ownerOf(url, functionName);
    owners.set(owner, (owners.get(owner) ?? 0) + ms);
    const fn = `${functionName || '(anonymous)'} ${owner}:${lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
  }
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { totalMs, byOwner: sorted(owners), byFunction: sorted(functions) };
}

async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) throw new Error('usage: tsx bench/profile-summary.ts <file.cpuprofile>…');
  for (const file of files) {
    const { totalMs, byOwner, byFunction } = summarizeProfile(JSON.parse(await readFile(file, 'utf8')) as Profile);
    const pct = (ms: number) => `${((ms / totalMs) * 100).toFixed(1).padStart(5)} %`;
    console.log(`\n${file}: ${(totalMs / 1000).toFixed(1)} s of CPU (idle excluded)`);
    console.log('  by package or file (self time):');
    for (const [owner, ms] of byOwner) console.log(`    ${pct(ms)}  ${owner}`);
    console.log('  by function (self time):');
    for (const [fn, ms] of byFunction) console.log(`    ${pct(ms)}  ${fn}`);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
