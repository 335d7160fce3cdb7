import { createNewsFeed } from '../../../../web-widget/src/panel/news-feed';
import type { ChatStatus, MessageView, ServerFrame } from '../../../../functions/protocol/server-frames';

const CHAT = 'chat-0001';
const chat = (lastSeq: number, status: ChatStatus = 'active'): ServerFrame => ({
  type: 'chat',
  chat: { chatId: CHAT, status, channel: 'default', customer: { name: 'Mila', email: 'mila@example.com' }, question: 'hi', createdAt: 1, lastSeq },
});
const message = (seq: number, chatId = CHAT): ServerFrame & { message: MessageView } => ({
  type: 'message',
  message: { chatId, seq, kind: 'text', author: { role: 'agent', name: 'Anna' }, text: `text ${seq}`, at: seq },
});

describe('messages', () => {
  it('treats what the chat held when first followed as history', () => {
    const feed = createNewsFeed();
    feed.seen(chat(2));
    expect(feed.seen(message(1))).toBeUndefined();
    expect(feed.seen(message(2))).toBeUndefined();
  });

  it('reports a message after that as news', () => {
    const feed = createNewsFeed();
    feed.seen(chat(2));
    const third = message(3);
    expect(feed.seen(third)).toEqual({ kind: 'message', message: third.message });
  });

  it('reports messages missed while offline as news when the resync brings them', () => {
    const feed = createNewsFeed();
    feed.seen(chat(2));
    feed.seen(chat(4));
    expect(feed.seen(message(3))).toMatchObject({ kind: 'message' });
    expect(feed.seen(message(4))).toMatchObject({ kind: 'message' });
  });

  it('ignores messages of a chat it has not seen', () => {
    expect(createNewsFeed().seen(message(1, 'chat-other'))).toBeUndefined();
  });
});

describe('chat ended', () => {
  it('reports a chat that ends while watched, once', () => {
    const feed = createNewsFeed();
    feed.seen(chat(2));
    expect(feed.seen(chat(3, 'ended'))).toEqual({ kind: 'ended', chatId: CHAT });
    expect(feed.seen(chat(3, 'ended'))).toBeUndefined();
  });

  it('does not report a chat that had already ended when first followed', () => {
    expect(createNewsFeed().seen(chat(3, 'ended'))).toBeUndefined();
  });
});
