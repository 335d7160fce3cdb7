/**
 * Typing indicators, both halves: a throttle for sending `typing` while someone types, and a
 * watch that says who on the other side is typing in one chat, until they stop or their message lands.
 */
import type { Role, ServerFrame } from '../server-frames';
import { browserTimers, type Timers } from './timers';

/**
 * Senders repeat `typing` this often while typing goes on; watchers wait a little longer before giving
 * up. Each frame is billed twice (in, and out to the other side) and runs a Lambda, and a reply of
 * 80 characters takes ~16 s to type: at 3 s that was six frames a message, three times the message's
 * own cost; at 20 s most replies send one. The indicator still goes the moment the message lands;
 * only a draft left unsent lingers, for at most TYPING_SHOWN_MS.
 */
export const TYPING_EVERY_MS = 20_000;
export const TYPING_SHOWN_MS = 24_000;

export interface TypingThrottle {
  /** A key was typed; true when a `typing` frame should go out now. */
  typed(): boolean;
  /** The message was sent: the next keystroke starts a new burst of typing. */
  reset(): void;
}

export function createTypingThrottle(everyMs = TYPING_EVERY_MS, now: () => number = Date.now): TypingThrottle {
  let last = -Infinity;
  return {
    typed() {
      const at = now();
      if (at - last < everyMs) return false;
      last = at;
      return true;
    },
    reset() {
      last = -Infinity;
    },
  };
}

export interface TypingWatchOptions {
  chatId: string;
  /** Whose typing to show: the other side of the chat. */
  role: Role;
  /** Called with the typist's name, or undefined once they stop. */
  onChange(name: string | undefined): void;
  shownMs?: number;
  timers?: Timers;
}

export interface TypingWatch {
  /** Feed every server frame; only this chat's typing, messages of `role` and events (a transfer: the typist may be gone) matter. */
  seen(frame: ServerFrame): void;
  dispose(): void;
}

export function createTypingWatch({ chatId, role, onChange, shownMs = TYPING_SHOWN_MS, timers = browserTimers }: TypingWatchOptions): TypingWatch {
  let timer: unknown;
  let shown: string | undefined;
  let lastMessageAt = 0;

  function show(name: string | undefined): void {
    timers.clearTimeout(timer);
    timer = name === undefined ? undefined : timers.setTimeout(() => show(undefined), shownMs);
    if (name !== shown) onChange((shown = name));
  }

  return {
    seen(frame) {
      if (frame.type === 'typing' && frame.chatId === chatId && frame.role === role) {
        // A `typing` sent just before a message can be relayed after it (its Lambda started cold, say):
        // one the server received before the typist's newest message is over already.
        if (!(frame.at! <= lastMessageAt)) show(frame.name);
      } else if (frame.type === 'message' && frame.message.chatId === chatId && (frame.message.author.role === role || frame.message.event)) {
        lastMessageAt = Math.max(lastMessageAt, frame.message.at);
        if (shown !== undefined) show(undefined);
      }
    },
    dispose() {
      timers.clearTimeout(timer);
    },
  };
}
