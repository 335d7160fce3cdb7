/** Timers the benchmark can cancel all at once, and a seeded random source so runs can be repeated. */

export class Timers {
  private readonly live = new Set<NodeJS.Timeout>();

  after(ms: number, run: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.live.delete(timer);
      run();
    }, Math.max(0, ms));
    this.live.add(timer);
    return timer;
  }

  every(ms: number, run: () => void): NodeJS.Timeout {
    const timer = setInterval(run, ms);
    this.live.add(timer);
    return timer;
  }

  cancel(timer: NodeJS.Timeout | undefined): void {
    if (!timer) return;
    clearTimeout(timer);
    this.live.delete(timer);
  }

  cancelAll(): void {
    for (const timer of this.live) clearTimeout(timer);
    this.live.clear();
  }
}

/** mulberry32: a small, fast PRNG; good enough for jitter, and the same seed gives the same run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `work` over `items` with at most `limit` in flight. */
export async function inBatches<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i], i);
    }
  }));
  return out;
}
