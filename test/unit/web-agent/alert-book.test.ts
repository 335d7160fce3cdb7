import { createAlertBook, type AlertFrame } from '../../../web-agent/src/alert-book';
import type { QueueEntry } from '../../../functions/protocol/server-frames';

const entry = (chatId: string, queuedAt: number, customerName = 'Mila'): QueueEntry => ({ chatId, channel: 'default', customerName, preview: 'hi', queuedAt });
const serverAlert = (chatId: string, level: 'unanswered' | 'manager' = 'unanswered'): AlertFrame => ({
  type: 'alert', level, chatId, customerName: 'Mila', channel: 'default', queuedAt: 0, raisedAt: 90_000,
});

/** The unanswered-chat warning after 60 s; no manager warning. */
const after60 = (_entry: QueueEntry, level: string) => (level === 'unanswered' ? 60 : undefined);

function presentBook() {
  const book = createAlertBook();
  book.setPresent(true);
  return book;
}

describe('countdown', () => {
  it('raises an alert once a waiting chat reaches the warning time', () => {
    const book = presentBook();
    expect(book.countdown([entry('chat-a', 0)], after60, 59_999)).toEqual([]);
    expect(book.countdown([entry('chat-a', 0)], after60, 60_000)).toEqual([expect.objectContaining({ chatId: 'chat-a', level: 'unanswered', customerName: 'Mila' })]);
  });

  it('raises each chat only once however often it counts', () => {
    const book = presentBook();
    book.countdown([entry('chat-a', 0)], after60, 60_000);
    expect(book.countdown([entry('chat-a', 0)], after60, 61_000)).toEqual([]);
    expect(book.open()).toHaveLength(1);
  });

  it('raises nothing for a customer who left the page, and raises them once they are back', () => {
    const book = presentBook();
    const gone = { ...entry('chat-a', 0), away: true as const };
    expect(book.countdown([gone], after60, 90_000)).toEqual([]);
    expect(book.countdown([entry('chat-a', 0)], after60, 91_000)).toHaveLength(1);
  });

  it('takes down the pop-up of a customer found gone, and shows it again when they come back', () => {
    const book = presentBook();
    book.countdown([entry('chat-a', 0), entry('chat-b', 0)], after60, 60_000);
    book.queueChanged(2, [{ ...entry('chat-a', 0), away: true }, entry('chat-b', 0)]);
    expect(book.open().map((alert) => alert.chatId)).toEqual(['chat-b']);
    book.queueChanged(2, [entry('chat-a', 0), entry('chat-b', 0)]);
    expect(book.countdown([entry('chat-a', 0), entry('chat-b', 0)], after60, 61_000).map((alert) => alert.chatId)).toEqual(['chat-a']);
  });

  it("waits each chat's own warning time, and raises nothing where the agent is not notified", () => {
    const book = presentBook();
    const perChannel = (e: QueueEntry, level: string) => (level !== 'unanswered' ? undefined : e.channel === 'sales' ? 300 : e.channel === 'quiet' ? undefined : 60);
    const chats = [entry('chat-a', 0), { ...entry('chat-s', 0), channel: 'sales' }, { ...entry('chat-q', 0), channel: 'quiet' }];
    expect(book.countdown(chats, perChannel, 61_000).map((alert) => alert.chatId)).toEqual(['chat-a']);
    expect(book.countdown(chats, perChannel, 299_999)).toEqual([]);
    expect(book.countdown(chats, perChannel, 300_000).map((alert) => alert.chatId)).toEqual(['chat-s']);
    expect(book.countdown(chats, perChannel, 3_600_000)).toEqual([]);
  });

  it("raises the manager warning at its own, later time, beside the chat's unanswered alert", () => {
    const book = presentBook();
    const both = (_entry: QueueEntry, level: string) => (level === 'unanswered' ? 60 : 120);
    expect(book.countdown([entry('chat-a', 0)], both, 60_000).map((alert) => alert.level)).toEqual(['unanswered']);
    expect(book.countdown([entry('chat-a', 0)], both, 119_999)).toEqual([]);
    expect(book.countdown([entry('chat-a', 0)], both, 120_000).map((alert) => alert.level)).toEqual(['manager']);
    expect(book.open().map((alert) => alert.level)).toEqual(['unanswered', 'manager']);
  });

  it('raises nothing for an Away agent', () => {
    const book = createAlertBook();
    book.setPresent(false);
    expect(book.countdown([entry('chat-a', 0)], after60, 90_000)).toEqual([]);
  });

  it('raises a chat that waited too long as soon as the agent becomes Present', () => {
    const book = createAlertBook();
    book.countdown([entry('chat-a', 0)], after60, 90_000);
    book.setPresent(true);
    expect(book.countdown([entry('chat-a', 0)], after60, 91_000)).toHaveLength(1);
  });
});

describe('received', () => {
  it("shows the server's alert for a chat the countdown has not raised", () => {
    const book = presentBook();
    expect(book.received(serverAlert('chat-a'))).toMatchObject({ chatId: 'chat-a', level: 'unanswered' });
  });

  it("ignores the server's alert for a chat the countdown already raised", () => {
    const book = presentBook();
    book.countdown([entry('chat-a', 0)], after60, 60_000);
    expect(book.received(serverAlert('chat-a'))).toBeUndefined();
    expect(book.open()).toHaveLength(1);
  });

  it('keeps the countdown from raising a chat the server already raised', () => {
    const book = presentBook();
    book.received(serverAlert('chat-a'));
    expect(book.countdown([entry('chat-a', 0)], after60, 60_000)).toEqual([]);
  });

  it('shows a manager warning beside the unanswered alert of the same chat', () => {
    const book = presentBook();
    book.received(serverAlert('chat-a'));
    expect(book.received(serverAlert('chat-a', 'manager'))).toMatchObject({ level: 'manager' });
    expect(book.open()).toHaveLength(2);
  });

  it('ignores unanswered alerts while Away', () => {
    const book = createAlertBook();
    expect(book.received(serverAlert('chat-a'))).toBeUndefined();
  });

  it('ignores manager warnings while Away too', () => {
    const book = createAlertBook();
    expect(book.received(serverAlert('chat-a', 'manager'))).toBeUndefined();
  });
});

describe('closing alerts', () => {
  it('withdraws the alerts of a chat that left the queue', () => {
    const book = presentBook();
    book.countdown([entry('chat-a', 0), entry('chat-b', 1)], after60, 60_001);
    book.queueChanged(1, [entry('chat-b', 1)]);
    expect(book.open().map((alert) => alert.chatId)).toEqual(['chat-b']);
  });

  it('raises a chat again when it comes back to the queue after being answered: its new wait is news', () => {
    const book = presentBook();
    book.countdown([entry('chat-a', 0)], after60, 60_000);
    book.queueChanged(0, []);
    expect(book.open()).toEqual([]);

    // Its agent gone, the chat waits again from 400 s; it is past its warning time at once.
    expect(book.countdown([entry('chat-a', 400_000)], after60, 470_000)).toEqual([expect.objectContaining({ chatId: 'chat-a', queuedAt: 400_000 })]);
    expect(book.received({ ...serverAlert('chat-a'), queuedAt: 400_000 })).toBeUndefined();
  });

  it('keeps an alert for a chat beyond a truncated list of entries', () => {
    const book = presentBook();
    book.received({ ...serverAlert('chat-z'), queuedAt: 500 });
    book.queueChanged(51, [entry('chat-a', 100)]);
    expect(book.open().map((alert) => alert.chatId)).toEqual(['chat-z']);
  });

  it('withdraws every alert of a chat when the server says so', () => {
    const book = presentBook();
    book.received(serverAlert('chat-a'));
    book.received(serverAlert('chat-a', 'manager'));
    book.withdraw('chat-a');
    expect(book.open()).toEqual([]);
  });

  it('closes a dismissed alert without raising it again', () => {
    const book = presentBook();
    book.countdown([entry('chat-a', 0)], after60, 60_000);
    book.dismiss('chat-a', 'unanswered');
    expect(book.countdown([entry('chat-a', 0)], after60, 70_000)).toEqual([]);
    expect(book.open()).toEqual([]);
  });

  it('closes every alert, manager warnings too, when the agent goes Away', () => {
    const book = presentBook();
    book.received(serverAlert('chat-a'));
    book.received(serverAlert('chat-b', 'manager'));
    book.setPresent(false);
    expect(book.open()).toEqual([]);
  });
});
