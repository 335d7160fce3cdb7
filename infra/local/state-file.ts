/**
 * While the local runtime runs, its dynalite holds the data dir's lock, so nothing else can open
 * the data. The runtime leaves a small file there saying where its services listen; the admin
 * command reads it to work through the running runtime instead. Removed again at close.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const STATE_FILE = 'runtime.json';

export interface RuntimeState {
  pid: number;
  url: string;
  tableName: string;
  dynamoEndpoint: string;
  managementEndpoint: string;
  /** The files bucket (absent in a state file of an earlier version). */
  s3Endpoint?: string;
  filesBucket?: string;
  region: string;
  /** The runtime's own throw-away credentials; absent when it uses another DynamoDB endpoint with the caller's. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export async function writeState(dataDir: string, state: RuntimeState): Promise<void> {
  // Owner-only: the credentials let a process post into the runtime's sockets.
  await writeFile(join(dataDir, STATE_FILE), `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
}

export async function removeState(dataDir: string): Promise<void> {
  await rm(join(dataDir, STATE_FILE), { force: true });
}

/** The running runtime's state, or undefined when there is none (no file, or its process and DynamoDB endpoint are gone). */
export async function readState(dataDir: string): Promise<RuntimeState | undefined> {
  let state: RuntimeState;
  try {
    state = JSON.parse(await readFile(join(dataDir, STATE_FILE), 'utf8')) as RuntimeState;
  } catch {
    return undefined;
  }
  return isRunning(state.pid) && (await answers(state.dynamoEndpoint)) ? state : undefined;
}

/** A runtime that died leaves its file behind, and its pid may since belong to another process: check the port too. */
async function answers(endpoint: string): Promise<boolean> {
  try {
    await fetch(endpoint, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
