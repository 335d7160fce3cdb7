import { createReadWithTyping, READ_HOLD_MS } from '../../../web-agent/src/read-with-typing';
import type { ChatReadFrame, TypingFrame } from '../../../functions/protocol/client-frames';

const CHAT = 'chat-0001';
const OTHER = 'chat-0002';
const DELAY_MS = 800;

function agentConsole(online = true) {
  const sent: (ChatReadFrame | TypingFrame)[] = [];
  const state = { online };
  const r = createReadWithTyping({ send: (frame) => state.online && sent.push(frame) > 0, delayMs: DELAY_MS });
  return { r, sent, state };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test('a read report is held after the reporter delay, then goes out alone when the agent does not type', () => {
  const { r, sent } = agentConsole();

  r.seen(CHAT, 4);
  jest.advanceTimersByTime(DELAY_MS + READ_HOLD_MS - 1);
  expect(sent).toEqual([]);
  jest.advanceTimersByTime(1);

  expect(sent).toEqual([{ action: 'chat.read', chatId: CHAT, seq: 4 }]);
});

test('typing in the chat during the hold carries the held report, and no chat.read follows', () => {
  const { r, sent } = agentConsole();
  r.seen(CHAT, 4);
  jest.advanceTimersByTime(DELAY_MS + 1_000);

  expect(r.typing(CHAT)).toBe(true);
  jest.advanceTimersByTime(READ_HOLD_MS);

  expect(sent).toEqual([{ action: 'typing', chatId: CHAT, read: 4 }]);
});

test('typing before the reporter delay has passed is plain typing; the report is held after it as usual', () => {
  const { r, sent } = agentConsole();
  r.seen(CHAT, 4);

  r.typing(CHAT);
  jest.advanceTimersByTime(DELAY_MS + READ_HOLD_MS);

  expect(sent).toEqual([{ action: 'typing', chatId: CHAT }, { action: 'chat.read', chatId: CHAT, seq: 4 }]);
});

test("typing in another chat does not carry this chat's report", () => {
  const { r, sent } = agentConsole();
  r.seen(CHAT, 4);
  jest.advanceTimersByTime(DELAY_MS);

  r.typing(OTHER);
  jest.advanceTimersByTime(READ_HOLD_MS);

  expect(sent).toEqual([{ action: 'typing', chatId: OTHER }, { action: 'chat.read', chatId: CHAT, seq: 4 }]);
});

test('a held report counts as reported, so unread counts follow it at once', () => {
  const { r } = agentConsole();
  r.seen(CHAT, 4);

  jest.advanceTimersByTime(DELAY_MS);

  expect(r.reported(CHAT)).toBe(4);
});

test('a newer report joins the one held and goes out when the first hold ends', () => {
  const { r, sent } = agentConsole();
  r.seen(CHAT, 4);
  jest.advanceTimersByTime(DELAY_MS + 1_000);
  r.seen(CHAT, 6);
  jest.advanceTimersByTime(DELAY_MS);

  jest.advanceTimersByTime(READ_HOLD_MS - 1_000 - DELAY_MS);

  expect(sent).toEqual([{ action: 'chat.read', chatId: CHAT, seq: 6 }]);
});

test('a report that could not go out at the end of the hold goes out on the next seen', () => {
  const { r, sent, state } = agentConsole(false);
  r.seen(CHAT, 4);
  jest.advanceTimersByTime(DELAY_MS + READ_HOLD_MS);
  state.online = true;

  r.seen(CHAT, 4);

  expect(sent).toEqual([{ action: 'chat.read', chatId: CHAT, seq: 4 }]);
});

test('a report that could not go out is carried by the next typing instead', () => {
  const { r, sent, state } = agentConsole(false);
  r.seen(CHAT, 4);
  jest.advanceTimersByTime(DELAY_MS + READ_HOLD_MS);
  state.online = true;

  r.typing(CHAT);

  expect(sent).toEqual([{ action: 'typing', chatId: CHAT, read: 4 }]);
});

test('typing that could not go out keeps the report held', () => {
  const { r, sent, state } = agentConsole();
  r.seen(CHAT, 4);
  jest.advanceTimersByTime(DELAY_MS);
  state.online = false;
  expect(r.typing(CHAT)).toBe(false);
  state.online = true;

  jest.advanceTimersByTime(READ_HOLD_MS);

  expect(sent).toEqual([{ action: 'chat.read', chatId: CHAT, seq: 4 }]);
});

test('a failed report the server already holds is dropped', () => {
  const { r, sent, state } = agentConsole(false);
  r.seen(CHAT, 4);
  jest.advanceTimersByTime(DELAY_MS + READ_HOLD_MS);
  state.online = true;

  r.seen(CHAT, 4, 4);
  r.typing(CHAT);

  expect(sent).toEqual([{ action: 'typing', chatId: CHAT }]);
});

test('dispose sends nothing more', () => {
  const { r, sent } = agentConsole();
  r.seen(CHAT, 4);
  jest.advanceTimersByTime(DELAY_MS);

  r.dispose();
  jest.advanceTimersByTime(READ_HOLD_MS);

  expect(sent).toEqual([]);
});

test('settling a chat (the agent ends it) sends its report at once, whether still due or held, and nothing after', () => {
  const { r, sent } = agentConsole();
  r.seen(CHAT, 4);
  jest.advanceTimersByTime(DELAY_MS + 1_000);
  r.seen(CHAT, 6);

  r.settle(CHAT);
  expect(sent).toEqual([{ action: 'chat.read', chatId: CHAT, seq: 6 }]);
  jest.advanceTimersByTime(DELAY_MS + READ_HOLD_MS);
  expect(sent).toHaveLength(1);
});

test("settling one chat leaves another chat's report held", () => {
  const { r, sent } = agentConsole();
  r.seen(OTHER, 3);
  r.seen(CHAT, 4);

  r.settle(CHAT);
  expect(sent).toEqual([{ action: 'chat.read', chatId: CHAT, seq: 4 }]);
  jest.advanceTimersByTime(READ_HOLD_MS);
  expect(sent).toEqual([{ action: 'chat.read', chatId: CHAT, seq: 4 }, { action: 'chat.read', chatId: OTHER, seq: 3 }]);
});
