/**
 * Which chats each `sync` asked for, so its `synced` answer (matched by `ref`: a connection's syncs
 * may be answered out of order) tells which of them the server did not return — a chat that does
 * not exist (any more) or is not this caller's.
 */
export interface SyncTracker {
  /** A sync is going out for these chats; returns the `ref` to put on it. */
  sent(chatIds: string[]): string;
  /** The answer to a sync: the chats it asked for and did not get, [] for a ref not sent here. */
  answered(ref: string | undefined, returned: string[]): string[];
  /** A new socket: syncs sent on the old one will never be answered. */
  reset(): void;
}

export function createSyncTracker(): SyncTracker {
  const asked = new Map<string, string[]>();
  let count = 0;
  return {
    sent(chatIds) {
      const ref = `sync-${++count}`;
      asked.set(ref, chatIds);
      return ref;
    },
    answered(ref, returned) {
      // No ref is held under undefined: an answer without one gets [] too.
      const chatIds = asked.get(ref!);
      if (!chatIds) return [];
      asked.delete(ref!);
      const got = new Set(returned);
      return chatIds.filter((chatId) => !got.has(chatId));
    },
    reset() {
      asked.clear();
    },
  };
}
