/** Which figures the Dashboard shows for the chosen channel (or all): pure, so the choosing is testable without a browser. */
import type { LiveFigures } from '../../functions/protocol/stats';
import type { QueueState } from './use-queue';

export interface ShownFigures {
  /** Every unanswered chat, those whose customer left the page included. */
  waiting: number;
  /** Of `waiting`, the customers who left the page (absent when none). */
  away?: number;
  /** When the longest-waiting customer still on the page joined the queue; the console ticks the wait from it. */
  oldestQueuedAt?: number;
  presentAgents: number;
  /** Absent until the first live figures arrive. */
  activeChats?: number;
  answeredToday?: number;
}

/** `channel` undefined: all channels together. A channel the figures leave out has none of them. */
export function shownFigures(queue: QueueState, live: LiveFigures | undefined, channel: string | undefined, now: number): ShownFigures {
  const away = Object.values(queue.channels).reduce((sum, figures) => sum + (figures.away ?? 0), 0);
  const ofQueue: ShownFigures = channel === undefined
    ? { waiting: queue.waiting, away: away || undefined, oldestQueuedAt: queue.entries.find((entry) => !entry.away)?.queuedAt, presentAgents: queue.presentAgents }
    : (queue.channels[channel] ?? { waiting: 0, presentAgents: 0 });
  if (!live) return ofQueue;
  const ofLive = channel === undefined ? live : (live.channels[channel] ?? { activeChats: 0, answeredToday: 0 });
  // Past midnight (the tenant's) nobody has answered today until the next figures say otherwise.
  return { ...ofQueue, activeChats: ofLive.activeChats, answeredToday: now < live.dayEndsAt ? ofLive.answeredToday : 0 };
}
