/**
 * The handlers' clock. In the local runtime, and only there, PARLEY_CLOCK_OFFSET_FILE names a file
 * holding milliseconds to add to the real time, read on every call, so a test can stand the running
 * handlers at any instant (a DST Sunday) without a restart. On Lambda the variable is ignored
 * (Lambda always sets AWS_LAMBDA_FUNCTION_NAME), and the CDK stack never sets it.
 */
import { readFileSync } from 'node:fs';

export const CLOCK_OFFSET_FILE = 'PARLEY_CLOCK_OFFSET_FILE';

/** A clock for `env`: the real one, or, outside Lambda with the variable set, the real one shifted by the file's offset. */
export function clockFor(env: NodeJS.ProcessEnv, realNow: () => number = Date.now): () => number {
  const file = env.AWS_LAMBDA_FUNCTION_NAME ? undefined : env[CLOCK_OFFSET_FILE];
  if (!file) return realNow;
  return () => realNow() + offsetIn(file);
}

function offsetIn(file: string): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    return 0; // no file (yet): real time
  }
  const offset = Number(text);
  if (!Number.isFinite(offset)) throw new Error(`${CLOCK_OFFSET_FILE} (${file}) must hold a number of milliseconds, not "${text}"`);
  return offset;
}

/** Milliseconds since the epoch: real time, unless the local runtime shifted it for a test. */
export const now = clockFor(process.env);
