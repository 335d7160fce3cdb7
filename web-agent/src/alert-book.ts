/**
 * Which unanswered-chat pop-ups are on screen. An alert is raised once per wait of a chat and level, whether
 * the console's own countdown or the server's sweeper gets there first, and goes away when the
 * chat leaves the queue, the server withdraws it, or the agent dismisses it. Away agents get no
 * pop-ups, manager warnings included (the server sends those to Present managers only).
 * A customer who left the page (`QueueEntry.away`) has nobody to answer: no pop-up while they are
 * gone, and one raised before goes, to come again if they come back and still wait.
 */
import type { AlertLevel, QueueEntry, ServerFrame } from '../../functions/protocol/server-frames';

export interface Alert {
  chatId: string;
  level: AlertLevel;
  customerName: string;
  channel: string;
  queuedAt: number;
}

export type AlertFrame = Extract<ServerFrame, { type: 'alert' }>;

/** After how many seconds of waiting a chat raises `level` for this agent; undefined: never. */
export type WarnAfter = (entry: QueueEntry, level: AlertLevel) => number | undefined;

const LEVELS: AlertLevel[] = ['unanswered', 'manager'];

export interface AlertBook {
  /** The alerts on screen, in the order raised. */
  open(): Alert[];
  /** Only Present agents get pop-ups; going Away closes the ones on screen. */
  setPresent(present: boolean): void;
  /** The local countdown: raises each level for each entry waiting as long as `warnAfter` says for it (none when undefined). Returns what it raised. */
  countdown(entries: QueueEntry[], warnAfter: WarnAfter, now: number): Alert[];
  /** A server `alert` frame; returns the alert when it is new. */
  received(frame: AlertFrame): Alert | undefined;
  /** A new queue picture: alerts of chats that no longer wait are withdrawn. */
  queueChanged(waiting: number, entries: QueueEntry[]): void;
  withdraw(chatId: string): void;
  dismiss(chatId: string, level: AlertLevel): void;
}

/**
 * One wait of one chat at one level: a chat back in the queue (its agent gone, or the customer back
 * to a chat whose agent is Away) waits anew from a later `queuedAt`, and is alerted again.
 */
const keyOf = (alert: Pick<Alert, 'chatId' | 'level' | 'queuedAt'>) => `${alert.chatId} ${alert.level} ${alert.queuedAt}`;

export function createAlertBook(): AlertBook {
  const raised = new Set<string>();
  let shown: Alert[] = [];
  let present = false;

  function raise(alert: Alert): Alert | undefined {
    const key = keyOf(alert);
    if (raised.has(key)) return undefined;
    raised.add(key);
    shown = [...shown, alert];
    return alert;
  }

  return {
    open: () => shown,
    setPresent(now) {
      present = now;
      if (!present) shown = [];
    },
    countdown(entries, warnAfter, now) {
      if (!present) return [];
      return entries.filter((entry) => !entry.away).flatMap((entry) =>
        LEVELS.flatMap((level) => {
          const seconds = warnAfter(entry, level);
          if (seconds === undefined || now - entry.queuedAt < seconds * 1000) return [];
          return raise({ chatId: entry.chatId, level, customerName: entry.customerName, channel: entry.channel, queuedAt: entry.queuedAt }) ?? [];
        }),
      );
    },
    received(frame) {
      if (!present) return undefined;
      return raise({ chatId: frame.chatId, level: frame.level, customerName: frame.customerName, channel: frame.channel, queuedAt: frame.queuedAt });
    },
    queueChanged(waiting, entries) {
      const listed = new Set(entries.map((entry) => entry.chatId));
      // Entries hold only the oldest waiting chats: a chat newer than the last one listed may still wait.
      const complete = entries.length >= waiting;
      const newestListed = entries.at(-1)?.queuedAt ?? -Infinity;
      const away = new Set(entries.filter((entry) => entry.away).map((entry) => entry.chatId));
      for (const alert of shown) if (away.has(alert.chatId)) raised.delete(keyOf(alert));
      shown = shown.filter((alert) => !away.has(alert.chatId) && (listed.has(alert.chatId) || (!complete && alert.queuedAt > newestListed)));
    },
    withdraw(chatId) {
      shown = shown.filter((alert) => alert.chatId !== chatId);
    },
    dismiss(chatId, level) {
      shown = shown.filter((alert) => alert.chatId !== chatId || alert.level !== level);
    },
  };
}
