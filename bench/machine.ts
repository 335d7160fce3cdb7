/** Where and on what a run happened, recorded with its figures. */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { cpus, release, totalmem } from 'node:os';

export interface Machine { cpuModel: string; cores: number; memoryGb: number; os: string; node: string }
export interface Revision { commit: string; uncommittedChanges: boolean }

export function machine(): Machine {
  const cores = cpus();
  return {
    cpuModel: cores[0]?.model ?? 'unknown',
    cores: cores.length,
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${process.platform} ${release()}`,
    node: process.version,
  };
}

export function revision(repoRoot: string): Revision {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
  try {
    return { commit: git('rev-parse', 'HEAD'), uncommittedChanges: git('status', '--porcelain').length > 0 };
  } catch {
    return { commit: 'unknown', uncommittedChanges: true };
  }
}

async function cpuTimes(): Promise<{ idle: number; total: number } | undefined> {
  try {
    const [cpu] = (await readFile('/proc/stat', 'utf8')).split('\n');
    const fields = cpu.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal: idle and iowait are not busy.
    return { idle: fields[3] + (fields[4] ?? 0), total: fields.slice(0, 8).reduce((s, n) => s + n, 0) };
  } catch {
    return undefined;
  }
}

/** Share of the whole machine's CPU (0–1) busy over `sampleMs`; undefined where /proc/stat is missing. */
export async function machineBusy(sampleMs = 2000): Promise<number | undefined> {
  const before = await cpuTimes();
  await new Promise((resolve) => setTimeout(resolve, sampleMs));
  const after = await cpuTimes();
  if (!before || !after || after.total === before.total) return undefined;
  return 1 - (after.idle - before.idle) / (after.total - before.total);
}

/**
 * Waits (at most `maxWaitMs`) until the machine is quiet, since other work on a 2-core machine
 * skews every figure. Returns how busy it was when the wait ended.
 */
export async function waitForQuiet(threshold: number, maxWaitMs: number, log: (line: string) => void): Promise<number | undefined> {
  const deadline = Date.now() + maxWaitMs;
  let busy = await machineBusy();
  while (busy !== undefined && busy > threshold && Date.now() < deadline) {
    log(`  the machine is ${(busy * 100).toFixed(0)} % busy with other work; waiting (at most ${Math.round((deadline - Date.now()) / 1000)} s more)`);
    await new Promise((resolve) => setTimeout(resolve, 5000));
    busy = await machineBusy();
  }
  return busy;
}
