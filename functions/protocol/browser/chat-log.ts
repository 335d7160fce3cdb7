/** The messages of one chat as a browser holds them: each once, in seq order, with a gap-aware cursor. */
import type { MessageView } from '../server-frames';

export interface ChatLog {
  /** Highest seq up to which every message is held: `sync` resumes after it, so a gap is asked for again. */
  readonly cursor: number;
  /** Holds a message; false when it is already held under its seq or its clientMessageId. */
  add(message: MessageView): boolean;
  /** The held messages in seq order (the same array until the next add). */
  messages(): MessageView[];
}

export function createChatLog(): ChatLog {
  const shown = new Map<number, MessageView>();
  // Seqs received, shown or not: a second seq carrying a clientMessageId already shown still fills its gap.
  const received = new Set<number>();
  const clientIds = new Set<string>();
  let cursor = 0;
  let sorted: MessageView[] | undefined = [];

  return {
    get cursor() {
      return cursor;
    },
    add(message) {
      if (received.has(message.seq)) return false;
      received.add(message.seq);
      while (received.has(cursor + 1)) cursor++;
      const clientId = message.clientMessageId;
      if (clientId !== undefined && clientIds.has(clientId)) return false;
      if (clientId !== undefined) clientIds.add(clientId);
      shown.set(message.seq, message);
      sorted = undefined;
      return true;
    },
    messages() {
      return (sorted ??= [...shown.values()].sort((a, b) => a.seq - b.seq));
    },
  };
}
