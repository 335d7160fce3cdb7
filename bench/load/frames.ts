/** Waiting for a frame during a client's setup (synced, presence, its chat), with a deadline. */
import type { ServerFrame } from '../../functions/protocol';

export class FrameWaiters {
  private waiters: { test: (f: ServerFrame) => boolean; resolve: (f: ServerFrame) => void }[] = [];

  /** Offers a frame to the waiters; the first one it satisfies is resolved and removed. */
  offer(frame: ServerFrame): void {
    const index = this.waiters.findIndex((w) => w.test(frame));
    if (index < 0) return;
    const [waiter] = this.waiters.splice(index, 1);
    waiter.resolve(frame);
  }

  /** Register before sending the frame that causes the answer, so it cannot slip past. */
  next<T extends ServerFrame['type']>(type: T, test: (f: Extract<ServerFrame, { type: T }>) => boolean = () => true, timeoutMs = 30_000): Promise<Extract<ServerFrame, { type: T }>> {
    return new Promise((resolve, reject) => {
      const waiter = {
        test: (f: ServerFrame) => f.type === type && test(f as Extract<ServerFrame, { type: T }>),
        resolve: (f: ServerFrame) => {
          clearTimeout(timer);
          resolve(f as Extract<ServerFrame, { type: T }>);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no ${type} frame within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }
}
