import { createTypingThrottle, createTypingWatch } from '../../../../functions/protocol/browser/typing';
import type { Timers } from '../../../../functions/protocol/browser/timers';
import type { ServerFrame } from '../../../../functions/protocol/server-frames';

const CHAT = 'chat-0001';

/** Timers run by hand: `advance` fires whatever is due. */
function manualTimers() {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let ids = 0;
  const clock: Timers = {
    setTimeout: (fn, ms) => {
      timers.push({ at: now + ms, fn, id: ++ids });
      return ids;
    },
    clearTimeout: (id) => {
      timers = timers.filter((timer) => timer.id !== id);
    },
  };
  return {
    clock,
    advance(ms: number) {
      now += ms;
      const due = timers.filter((timer) => timer.at <= now);
      timers = timers.filter((timer) => timer.at > now);
      due.forEach((timer) => timer.fn());
    },
  };
}

const typing = (role: 'customer' | 'agent', chatId = CHAT, name = 'Mila', at?: number): ServerFrame => ({ type: 'typing', chatId, role, name, ...(at !== undefined && { at }) });
const message = (role: 'customer' | 'agent', at = 1, seq = 2): ServerFrame => ({
  type: 'message',
  message: { chatId: CHAT, seq, kind: 'text', author: { role, name: 'Mila' }, text: 'hi', at },
});

describe('createTypingThrottle', () => {
  it('lets the first keystroke through', () => {
    expect(createTypingThrottle(3000, () => 0).typed()).toBe(true);
  });

  it('holds back keystrokes within the interval', () => {
    let now = 0;
    const throttle = createTypingThrottle(3000, () => now);
    throttle.typed();
    now = 2999;
    expect(throttle.typed()).toBe(false);
  });

  it('lets a keystroke through once the interval has passed', () => {
    let now = 0;
    const throttle = createTypingThrottle(3000, () => now);
    throttle.typed();
    now = 3000;
    expect(throttle.typed()).toBe(true);
  });

  it('lets the next keystroke through at once after a reset', () => {
    let now = 0;
    const throttle = createTypingThrottle(3000, () => now);
    throttle.typed();
    throttle.reset();
    now = 10;
    expect(throttle.typed()).toBe(true);
  });
});

describe('createTypingWatch', () => {
  function watch() {
    const timers = manualTimers();
    const shown: (string | undefined)[] = [];
    const w = createTypingWatch({ chatId: CHAT, role: 'customer', onChange: (name) => shown.push(name), shownMs: 4000, timers: timers.clock });
    return { w, shown, timers };
  }

  it("shows the typist's name when the other side types in this chat", () => {
    const { w, shown } = watch();
    w.seen(typing('customer'));
    expect(shown).toEqual(['Mila']);
  });

  it('ignores typing in other chats and from its own side', () => {
    const { w, shown } = watch();
    w.seen(typing('customer', 'chat-0002'));
    w.seen(typing('agent'));
    expect(shown).toEqual([]);
  });

  it('hides the name after a quiet spell', () => {
    const { w, shown, timers } = watch();
    w.seen(typing('customer'));
    timers.advance(4000);
    expect(shown).toEqual(['Mila', undefined]);
  });

  it('keeps the name while typing frames keep coming', () => {
    const { w, shown, timers } = watch();
    w.seen(typing('customer'));
    timers.advance(3000);
    w.seen(typing('customer'));
    timers.advance(3000);
    expect(shown).toEqual(['Mila']);
  });

  it("hides the name as soon as the typist's message arrives", () => {
    const { w, shown } = watch();
    w.seen(typing('customer'));
    w.seen(message('customer'));
    expect(shown).toEqual(['Mila', undefined]);
  });

  it('hides the name when the chat is handed on, and ignores a typing sent before that', () => {
    const timers = manualTimers();
    const shown: (string | undefined)[] = [];
    const w = createTypingWatch({ chatId: CHAT, role: 'agent', onChange: (name) => shown.push(name), shownMs: 24_000, timers: timers.clock });
    w.seen(typing('agent', CHAT, 'Anna', 4_000));
    w.seen({ type: 'message', message: { chatId: CHAT, seq: 5, kind: 'event', event: 'transferred', author: { role: 'system', name: 'Parley' }, text: 'Anna transferred the chat to Bram', at: 5_000 } });
    w.seen(typing('agent', CHAT, 'Anna', 4_500));
    expect(shown).toEqual(['Anna', undefined]);
    w.seen(typing('agent', CHAT, 'Bram', 6_000));
    expect(shown).toEqual(['Anna', undefined, 'Bram']);
  });

  it("ignores a typing the server received before the typist's newest message, relayed after it", () => {
    const { w, shown } = watch();
    w.seen(message('customer', 5_000));
    w.seen(typing('customer', CHAT, 'Mila', 4_990));
    w.seen(typing('customer', CHAT, 'Mila', 5_000));
    expect(shown).toEqual([]);
  });

  it("shows a typing the server received after the typist's newest message", () => {
    const { w, shown } = watch();
    w.seen(message('customer', 5_000));
    w.seen(typing('customer', CHAT, 'Mila', 7_000));
    expect(shown).toEqual(['Mila']);
  });

  it('compares with the newest message even when an older one arrives last (a catch-up after a reconnect)', () => {
    const { w, shown } = watch();
    w.seen(message('customer', 5_000, 3));
    w.seen(message('customer', 1_000, 2));
    w.seen(typing('customer', CHAT, 'Mila', 4_000));
    expect(shown).toEqual([]);
  });

  it("ignores the other side's messages when judging a typing", () => {
    const { w, shown } = watch();
    w.seen(message('agent', 9_000));
    w.seen(typing('customer', CHAT, 'Mila', 7_000));
    expect(shown).toEqual(['Mila']);
  });

  it('stops its timer when disposed', () => {
    const { w, shown, timers } = watch();
    w.seen(typing('customer'));
    w.dispose();
    timers.advance(4000);
    expect(shown).toEqual(['Mila']);
  });
});
