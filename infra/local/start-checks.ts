/**
 * What `npm start` checks before it opens anything: that no other Parley works on the same data dir,
 * and that its ports are free. Without them a second start crashed half-way with dynalite's
 * "Database is closed" or an unhandled EADDRINUSE instead of saying what was wrong.
 */
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readState } from './state-file';

/** A reason not to start, said in one line after "Parley could not start: ". */
export class StartRefused extends Error {}

export interface StartPlan {
  dataDir: string;
  host: string;
  /** The ports to listen on, by the variable that sets them; 0 picks a free one and needs no check. */
  ports: { port: number; variable: string }[];
  /** Whether the embedded dynalite opens the data dir (no DYNAMODB_ENDPOINT). */
  ownDynalite: boolean;
}

/** Throws StartRefused naming what is taken; touches nothing a running Parley owns (its state file stays). */
export async function refuseIfTaken(plan: StartPlan): Promise<void> {
  // The state file of a runtime killed with SIGKILL is ignored here, as by the admin command.
  const running = await readState(plan.dataDir);
  if (running) throw new StartRefused(`another Parley already runs on data dir ${plan.dataDir} (pid ${running.pid}, ${running.url}); stop it or set DATA_DIR`);
  if (plan.ownDynalite && (await dataLocked(plan.dataDir))) throw dataDirBusy(plan.dataDir);
  for (const { port, variable } of plan.ports) {
    if (port && (await portTaken(plan.host, port))) throw portBusy(port, variable);
  }
}

/**
 * The one line for a start that failed anyway: another process may take the data dir or a port
 * between the checks and the runtime opening them, which surfaces as these errors.
 */
export function explainStartFailure(error: unknown, dataDir: string): string {
  const { code, port, message } = (error ?? {}) as NodeJS.ErrnoException & { port?: number };
  if (code === 'EADDRINUSE' && port) return portBusy(port).message;
  if (message === 'Database is closed') return dataDirBusy(dataDir).message;
  return error instanceof Error ? message : String(error);
}

const portBusy = (port: number, variable?: string) =>
  new StartRefused(`port ${port}${variable ? ` (${variable})` : ''} is in use; set PORT (and S3_PORT) to free ones`);
const dataDirBusy = (dataDir: string) => new StartRefused(
  `the data in ${dataDir} is open in another process (a Parley still starting, or an admin command); stop it or set DATA_DIR`);

/**
 * Whether another process holds the lock of the data dir's database. Opened with the same LevelDB
 * library dynalite uses (resolved through dynalite), so the lock is the very one dynalite would meet;
 * the OS drops it when its holder dies, even by SIGKILL.
 */
async function dataLocked(dataDir: string): Promise<boolean> {
  const { Level } = createRequire(require.resolve('dynalite'))('level') as LevelModule;
  const db = new Level(join(dataDir, 'dynamodb'));
  try {
    await db.open({ createIfMissing: false });
    await db.close();
    return false;
  } catch (error) {
    // A missing database (a fresh data dir) is no lock; anything else is dynalite's to report.
    return (error as { cause?: { code?: string } }).cause?.code === 'LEVEL_LOCKED';
  }
}

/** The little of `level` used here; it is dynalite's dependency, not ours, so its types are not assumed. */
interface LevelModule { Level: new (path: string) => { open(options: { createIfMissing: boolean }): Promise<void>; close(): Promise<void> } }

function portTaken(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE'));
    probe.listen(port, host, () => probe.close(() => resolve(false)));
  });
}
