import { transcriptMail } from '../../../functions/domain/transcript-mail';
import type { MessageView } from '../../../functions/protocol';
import type { ChatItem } from '../../../functions/store';

const at = Date.UTC(2026, 10, 27, 14, 5);
const chat = (customerName: string, language?: 'en' | 'nl') =>
  ({ chatId: 'mail-chat-01', customerName, createdAt: at, language }) as ChatItem;
const messages: MessageView[] = [
  { chatId: 'mail-chat-01', seq: 1, kind: 'text', author: { role: 'customer', name: '' }, text: 'Open on Sunday?', at },
  { chatId: 'mail-chat-01', seq: 2, kind: 'text', author: { role: 'agent', name: 'Anna' }, text: 'From noon.', at },
];

test('a named customer is greeted by name and their lines carry it', () => {
  const named = messages.map((m) => (m.author.role === 'customer' ? { ...m, author: { role: 'customer' as const, name: 'Mila' } } : m));
  expect(transcriptMail(chat('Mila'), named).text).toBe('Hello Mila,\n\nHere is your chat with us of 2026-11-27 14:05 (UTC time, chat DM15-FSQH).\n\n[14:05] Mila: Open on Sunday?\n[14:05] Anna: From noon.');
});

test('a customer who gave no name is greeted without one, and their lines read "You"', () => {
  expect(transcriptMail(chat(''), messages).text).toMatch(/^Hello,\n[^]*\n\[14:05\] You: Open on Sunday\?\n\[14:05\] Anna: From noon\.$/);
  expect(transcriptMail(chat('', 'nl'), messages).text).toMatch(/^Hallo,\n[^]*\n\[14:05\] Jij: Open on Sunday\?\n/);
});

test("the customer's own events read as theirs, in the chat's language; the agent's keep their name", () => {
  const events: MessageView[] = [
    { chatId: 'mail-chat-01', seq: 3, kind: 'event', event: 'ended', byCustomer: true, author: { role: 'system', name: 'Parley' }, text: 'Mila ended the chat', at },
    { chatId: 'mail-chat-01', seq: 4, kind: 'event', event: 'reopened', byCustomer: true, author: { role: 'system', name: 'Parley' }, text: 'Mila returned to the chat', at },
    { chatId: 'mail-chat-01', seq: 5, kind: 'event', event: 'ended', author: { role: 'system', name: 'Parley' }, text: 'Anna ended the chat', at },
  ];
  expect(transcriptMail(chat('Mila'), events).text).toMatch(/\[14:05\] — You ended the chat\n\[14:05\] — You returned to the chat\n\[14:05\] — Anna ended the chat$/);
  expect(transcriptMail(chat('Mila', 'nl'), events).text).toMatch(/— Je hebt de chat beëindigd\n.*— Je bent teruggekomen in de chat\n.*— Anna heeft de chat beëindigd$/);
});

test("times are the channel's local times, and the mail says which zone they are in", () => {
  const text = transcriptMail(chat('Mila', 'nl'), messages, 'Europe/Amsterdam').text;
  expect(text).toContain('Hier is je chat met ons van 2026-11-27 15:05 (Europe/Amsterdam-tijd, chat DM15-FSQH).');
  expect(text).toContain('[15:05] Anna: From noon.');
});
