/** Which figures the Dashboard shows for the chosen channel (or all): pure, so the choosing is testable without a browser. */
import type { LiveFigures } from '../../functions/protocol/stats';
import type { QueueState } from './use-queue';

export interface ShownFigures {
  waiting: number;
  /** When the longest-waiting customer joined the queue; the console ticks the wait from it. */
  oldestQueuedAt?: number;
  presentAgents: number;
  /** Absent until the first live figures arrive. */
  activeChats?: number;
  answeredToday?: number;
}

/** `channel` undefined: all channels together. A channel the figures leave out has none of them. */
export function shownFigures(queue: QueueState, live: LiveFigures | undefined, channel: string | undefined, now: number): ShownFigures {
  const ofQueue = channel === undefined
    ? { waiting: queue.waiting, oldestQueuedAt: queue.entries[0]?.queuedAt, presentAgents: queue.presentAgents }
    : (queue.channels[channel] ?? { waiting: 0, presentAgents: 0 });
  if (!live) return ofQueue;
  const ofLive = channel === undefined ? live : (live.channels[channel] ?? { activeChats: 0, answeredToday: 0 });
  // Past midnight (the tenant's) nobody has answered today until the next figures say otherwise.
  return { ...ofQueue, activeChats: ofLive.activeChats, answeredToday: now < live.dayEndsAt ? ofLive.answeredToday : 0 };
}
