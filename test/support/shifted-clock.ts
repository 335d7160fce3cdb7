/** Stands a test runtime's handlers at a chosen instant, through the clock adapter's offset file (functions/adapters/clock.ts). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLOCK_OFFSET_FILE } from '../../functions/adapters/clock';

export interface ShiftedClock {
  /** For `startTestRuntime({ handlerEnv })`. */
  env: Record<string, string>;
  /** From now on the handlers' clock reads `instant` (and runs on from there). */
  standAt(instant: string | number): void;
  remove(): void;
}

export function shiftedClock(): ShiftedClock {
  const dir = mkdtempSync(join(tmpdir(), 'parley-clock-'));
  const file = join(dir, 'offset-ms');
  return {
    env: { [CLOCK_OFFSET_FILE]: file },
    standAt(instant) {
      writeFileSync(file, String(new Date(instant).getTime() - Date.now()));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
