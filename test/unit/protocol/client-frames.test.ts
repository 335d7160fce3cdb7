import { parseClientFrame } from '../../../functions/protocol';

const json = (frame: unknown) => JSON.stringify(frame);

describe('parseClientFrame', () => {
  test('accepts a well-formed message and trims its text', () => {
    const parsed = parseClientFrame(json({ action: 'message.send', chatId: 'chat-0001', clientMessageId: 'msg-00001', text: '  hi  ' }));
    expect(parsed).toEqual({ ok: true, value: { action: 'message.send', chatId: 'chat-0001', clientMessageId: 'msg-00001', text: 'hi' } });
  });

  test('refuses text that is only whitespace, naming the field', () => {
    expect(parseClientFrame(json({ action: 'message.send', chatId: 'chat-0001', clientMessageId: 'msg-00001', text: ' ' }))).toEqual({ ok: false, reason: 'text: must not be empty', field: 'text' });
  });

  test('refuses text over 4000 characters', () => {
    const parsed = parseClientFrame(json({ action: 'message.send', chatId: 'chat-0001', clientMessageId: 'msg-00001', text: 'x'.repeat(4001) }));
    expect(parsed).toEqual({ ok: false, reason: 'text: must be at most 4000 characters', field: 'text' });
  });

  test('refuses ids with characters outside the allowed set', () => {
    const parsed = parseClientFrame(json({ action: 'chat.end', chatId: '../../etc/passwd' }));
    expect(parsed.ok).toBe(false);
  });

  test('refuses fields the frame does not have', () => {
    expect(parseClientFrame(json({ action: 'queue.next', agentId: 'someone-else' })).ok).toBe(false);
  });

  test('refuses a pre-chat email that is not an address', () => {
    const parsed = parseClientFrame(json({ action: 'chat.start', chatId: 'chat-0001', name: 'A', email: 'a@', question: 'q' }));
    expect(parsed).toEqual({ ok: false, reason: 'email: email address is not valid', field: 'email' });
  });

  test('refuses a body that is not JSON', () => {
    expect(parseClientFrame('{')).toEqual({ ok: false, reason: 'frame is not valid JSON' });
  });

  test('refuses an empty body', () => {
    expect(parseClientFrame('')).toEqual({ ok: false, reason: 'empty frame' });
  });

  test('refuses an unknown action', () => {
    expect(parseClientFrame(json({ action: 'chat.delete' })).ok).toBe(false);
  });
});

describe('parseClientFrame: watch', () => {
  test('accepts watching the live figures, with the order number of the frame', () => {
    expect(parseClientFrame(json({ action: 'watch', stats: true, seq: 3 }))).toEqual({ ok: true, value: { action: 'watch', stats: true, seq: 3 } });
  });

  test('refuses a stats value that is not a boolean, naming the field', () => {
    const parsed = parseClientFrame(json({ action: 'watch', stats: 'true', seq: 3 }));
    expect(parsed.ok === false && parsed.reason).toMatch(/^stats: /);
  });

  test('refuses a watch without its order number', () => {
    expect(parseClientFrame(json({ action: 'watch', stats: false })).ok).toBe(false);
  });

  test('refuses an order number that is negative or not whole', () => {
    expect(parseClientFrame(json({ action: 'watch', stats: true, seq: -1 })).ok).toBe(false);
    expect(parseClientFrame(json({ action: 'watch', stats: true, seq: 1.5 })).ok).toBe(false);
  });
});
