/**
 * The transcript a customer asks for on the post-chat form, worded in the language the widget spoke
 * to them, with times in the channel's time zone (the one its opening hours are in).
 */
import type { MessageView } from '../protocol';
import { dutchEventLine, YOUR_EVENTS_NL } from '../protocol/event-lines';
import { YOUR_EVENTS_EN } from '../protocol/event-lines-en';
import type { ChatItem } from '../store';
import { chatReference } from '../protocol/chat-reference';
import { localDateTime } from './stats/zoned-time';

const WORDS = {
  en: {
    subject: 'Your chat transcript',
    greeting: (name: string) => (name ? `Hello ${name},` : 'Hello,'),
    you: 'You',
    intro: (started: string, zone: string, reference: string) => `Here is your chat with us of ${started} (${zone} time, chat ${reference}).`,
    event: (text: string) => text,
    yours: YOUR_EVENTS_EN,
  },
  nl: {
    subject: 'Je chatgesprek',
    greeting: (name: string) => (name ? `Hallo ${name},` : 'Hallo,'),
    you: 'Jij',
    intro: (started: string, zone: string, reference: string) => `Hier is je chat met ons van ${started} (${zone}-tijd, chat ${reference}).`,
    event: dutchEventLine,
    yours: YOUR_EVENTS_NL,
  },
};

/** Subject and plain text of `chat`'s transcript: every message with its local time, events as their own lines. */
export function transcriptMail(chat: ChatItem, messages: MessageView[], timeZone = 'UTC'): { subject: string; text: string } {
  const words = WORDS[chat.language ?? 'en'];
  const start = localDateTime(chat.createdAt, timeZone);
  const started = `${start.date} ${start.time}`;
  const line = (message: MessageView) => {
    const time = localDateTime(message.at, timeZone).time;
    // A channel may leave the name optional: the customer's own lines are then theirs by "You".
    const author = message.author.name || (message.author.role === 'customer' ? words.you : '');
    if (message.kind !== 'event') return `[${time}] ${author}: ${message.text}`;
    const yours = message.byCustomer && words.yours.find(([tail]) => message.text.endsWith(tail))?.[1];
    return `[${time}] — ${yours || words.event(message.text)}`;
  };
  return {
    subject: words.subject,
    text: [words.greeting(chat.customerName), '', words.intro(started, timeZone, chatReference(chat.chatId)), '', ...messages.map(line)].join('\n'),
  };
}
