import { createReadReporter } from '../../../../functions/protocol/browser/read-reporter';
import type { ChatReadFrame } from '../../../../functions/protocol/client-frames';

const CHAT = 'chat-0001';

function reporter(online = true) {
  const sent: ChatReadFrame[] = [];
  const state = { online };
  const r = createReadReporter({ send: (frame) => state.online && sent.push(frame) > 0, delayMs: 800 });
  return { r, sent, state };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('createReadReporter', () => {
  it('sends chat.read with the seq after the delay', () => {
    const { r, sent } = reporter();
    r.seen(CHAT, 4);
    expect(sent).toEqual([]);
    jest.advanceTimersByTime(800);
    expect(sent).toEqual([{ action: 'chat.read', chatId: CHAT, seq: 4 }]);
  });

  it('sends one frame with the highest seq for many renders within the delay', () => {
    const { r, sent } = reporter();
    r.seen(CHAT, 4);
    r.seen(CHAT, 4);
    r.seen(CHAT, 6);
    jest.advanceTimersByTime(800);
    expect(sent).toEqual([{ action: 'chat.read', chatId: CHAT, seq: 6 }]);
  });

  it('sends nothing again for a seq already reported', () => {
    const { r, sent } = reporter();
    r.seen(CHAT, 4);
    jest.advanceTimersByTime(800);
    r.seen(CHAT, 4);
    r.seen(CHAT, 3);
    jest.advanceTimersByTime(800);
    expect(sent).toHaveLength(1);
  });

  it('sends nothing when the server already holds that marker', () => {
    const { r, sent } = reporter();
    r.seen(CHAT, 4, 4);
    jest.advanceTimersByTime(800);
    expect(sent).toEqual([]);
  });

  it('tries again on a later sighting when the frame could not go out', () => {
    const { r, sent, state } = reporter(false);
    r.seen(CHAT, 4);
    jest.advanceTimersByTime(800);
    state.online = true;
    r.seen(CHAT, 4);
    jest.advanceTimersByTime(800);
    expect(sent).toEqual([{ action: 'chat.read', chatId: CHAT, seq: 4 }]);
  });

  it('remembers the highest seq it reported', () => {
    const { r } = reporter();
    r.seen(CHAT, 5);
    jest.advanceTimersByTime(800);
    expect(r.reported(CHAT)).toBe(5);
    expect(r.reported('chat-0002')).toBe(0);
  });

  it('sends nothing after dispose', () => {
    const { r, sent } = reporter();
    r.seen(CHAT, 4);
    r.dispose();
    jest.advanceTimersByTime(800);
    expect(sent).toEqual([]);
  });
});
