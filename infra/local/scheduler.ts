/** EventBridge scheduled rules for the local runtime: each schedule entry fires a Scheduled Event. */
import { randomUUID } from 'node:crypto';

export interface Scheduler {
  /** Fires a schedule now, optionally with another event time (tests move time this way). */
  fire(name: string, time?: Date): Promise<unknown>;
  stop(): void;
}

export function startScheduler(
  schedules: { name: string; everyMinutes: number }[],
  invoke: (name: string, event: unknown) => Promise<unknown>,
  options: { autoStart: boolean; log?: (line: string) => void },
): Scheduler {
  const fire = (name: string, time = new Date()) => invoke(name, {
    version: '0', id: randomUUID(), 'detail-type': 'Scheduled Event', source: 'aws.events',
    account: '000000000000', time: time.toISOString(), region: 'local', resources: [`local:rule/${name}`], detail: {},
  });
  const timers = options.autoStart
    ? schedules.map(({ name, everyMinutes }) => setInterval(() => {
      fire(name).catch((error) => options.log?.(`${name} failed: ${error}`));
    }, everyMinutes * 60_000).unref())
    : [];
  return { fire, stop: () => timers.forEach(clearInterval) };
}
