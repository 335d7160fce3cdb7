/**
 * What a level runs against. By default a fresh local runtime in a child process, with its own port
 * and data dir, which also reports what it used (so the run can be priced). With `BENCH_URL` a
 * deployed stack (or any running Parley) instead, reached only the way browsers reach it: its
 * `/config.json` names the API and the WebSocket, the agents sign in with the logins listed in the
 * `BENCH_AGENTS` file (the ticket source: each login gets its WebSocket tickets from the API, as
 * the console does), and customers come in through the public visitor call. A remote target reports
 * latency, throughput, lost and duplicated messages; what it used is in its own metrics and bill.
 */
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import type { ClientConfig } from '../../functions/protocol/http';
import { startRuntimeProcess, type RuntimeProcess } from '../runtime-process';
import type { AgentLogin } from './agents';
import { inBatches } from './clock';

export interface Target {
  base: string;
  wsUrl: string;
  /** How the level's log line names it. */
  label: string;
  /** Set on every chat id, so runs against a table that keeps its data never reuse an id. */
  chatIdPrefix: string;
  /** The local runtime, whose own figures (CPU, memory, usage) the level reads; absent for a remote target. */
  runtime?: RuntimeProcess;
  /** Logins of `count` agents who can sign in: the local runtime creates them; a remote one must have them. */
  agents(count: number): Promise<AgentLogin[]>;
  /** Origin header of the customers' WebSocket handshake, for a channel that allows only its own sites. */
  customerOrigin?: string;
  stop(): Promise<void>;
}

/** A deployed stack to run against, as `BENCH_URL`, `BENCH_AGENTS` and `BENCH_ORIGIN` describe it. */
export interface RemoteTarget { siteUrl: string; agentsFile: string; origin?: string }

export class TargetError extends Error {}

const SEED_CHUNK = 10;

export async function localTarget(dataDir: string, options: Parameters<typeof startRuntimeProcess>[1]): Promise<Target> {
  const runtime = await startRuntimeProcess(dataDir, options);
  return {
    base: runtime.url, wsUrl: runtime.wsUrl, label: `runtime pid ${runtime.pid}`, chatIdPrefix: 'bench', runtime,
    async agents(count) {
      const logins = benchLogins(count);
      const chunks = Array.from({ length: Math.ceil(count / SEED_CHUNK) }, (_, i) => logins.slice(i * SEED_CHUNK, (i + 1) * SEED_CHUNK));
      await inBatches(chunks, 4, (chunk) => runtime.seed(chunk.map((l) => ({ ...l, role: 'agent' as const }))));
      return logins;
    },
    stop: () => runtime.stop(),
  };
}

export function benchLogins(count: number): AgentLogin[] {
  return Array.from({ length: count }, (_, i) => ({ name: `Bench Agent ${i + 1}`, email: `bench-agent-${i + 1}@parley.test`, password: `bench-password-${i + 1}` }));
}

/** The remote target the environment names, or undefined without `BENCH_URL`; a clear error for anything half given. */
export function remoteTargetFromEnv(env: NodeJS.ProcessEnv): RemoteTarget | undefined {
  const url = env.BENCH_URL;
  if (!url) {
    if (env.BENCH_AGENTS) throw new TargetError('BENCH_AGENTS is set but BENCH_URL is not: set both to run against a deployed stack');
    return undefined;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TargetError(`BENCH_URL must be the site's address (where /config.json is served), e.g. https://d1234.cloudfront.net; got "${url}"`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new TargetError(`BENCH_URL must be an http(s) address, got "${url}"`);
  if (!env.BENCH_AGENTS) throw new TargetError('BENCH_URL needs BENCH_AGENTS: the path of a JSON file listing the agents to sign in as, [{"email": "…", "password": "…"}, …]');
  const origin = env.BENCH_ORIGIN;
  if (origin !== undefined && !/^https?:\/\/[^/]+$/.test(origin)) throw new TargetError(`BENCH_ORIGIN must be an origin such as https://shop.example.com, got "${origin}"`);
  return { siteUrl: parsed.href.replace(/\/$/, ''), agentsFile: env.BENCH_AGENTS, ...(origin && { origin }) };
}

/** Reads the agents file and the site's client config; fails before any level starts if either is wrong. */
export async function openRemoteTarget(remote: RemoteTarget): Promise<Target> {
  const logins = await readLogins(remote.agentsFile);
  const config = await fetchConfig(remote.siteUrl);
  const runId = randomBytes(5).toString('hex');
  return {
    base: config.apiBase, wsUrl: config.wsUrl, label: `${remote.siteUrl} (run ${runId})`, chatIdPrefix: `bench-${runId}`,
    ...(remote.origin && { customerOrigin: remote.origin }),
    async agents(count) {
      if (logins.length < count) throw new TargetError(`this level needs ${count} agents and ${remote.agentsFile} lists ${logins.length}: add logins, or raise --chats-per-agent`);
      return logins.slice(0, count);
    },
    stop: async () => undefined,
  };
}

async function readLogins(path: string): Promise<AgentLogin[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new TargetError(`BENCH_AGENTS: cannot read ${path} as JSON (${(error as Error).message})`);
  }
  const valid = Array.isArray(parsed) && parsed.length > 0
    && parsed.every((l) => typeof l?.email === 'string' && l.email.includes('@') && typeof l?.password === 'string' && l.password.length > 0);
  if (!valid) throw new TargetError(`BENCH_AGENTS: ${path} must hold a non-empty list of {"email": "…", "password": "…"}`);
  return (parsed as { email: string; password: string; name?: string }[]).map((l) => ({ name: l.name ?? l.email, email: l.email, password: l.password }));
}

async function fetchConfig(siteUrl: string): Promise<ClientConfig> {
  const where = `${siteUrl}/config.json`;
  let config: Partial<ClientConfig>;
  try {
    const res = await fetch(where, { signal: AbortSignal.timeout(15_000) });
    if (!res.ok) throw new Error(`answered ${res.status}`);
    config = await res.json() as Partial<ClientConfig>;
  } catch (error) {
    throw new TargetError(`BENCH_URL: ${where} ${(error as Error).message}; is this the site that serves the console?`);
  }
  if (typeof config.apiBase !== 'string' || typeof config.wsUrl !== 'string') throw new TargetError(`BENCH_URL: ${where} names no apiBase and wsUrl`);
  return { ...config, apiBase: config.apiBase.replace(/\/$/, ''), wsUrl: config.wsUrl } as ClientConfig;
}
