/** The transcript a customer asks for on the post-chat form, worded in the language the widget spoke to them. */
import type { MessageView } from '../protocol';
import { dutchEventLine, YOUR_EVENTS_NL } from '../protocol/event-lines';
import { YOUR_EVENTS_EN } from '../protocol/event-lines-en';
import type { ChatItem } from '../store';
import { chatReference } from '../protocol/chat-reference';

const WORDS = {
  en: {
    subject: 'Your chat transcript',
    greeting: (name: string) => (name ? `Hello ${name},` : 'Hello,'),
    you: 'You',
    intro: (started: string, reference: string) => `Here is your chat with us of ${started} UTC (chat ${reference}).`,
    event: (text: string) => text,
    yours: YOUR_EVENTS_EN,
  },
  nl: {
    subject: 'Je chatgesprek',
    greeting: (name: string) => (name ? `Hallo ${name},` : 'Hallo,'),
    you: 'Jij',
    intro: (started: string, reference: string) => `Hier is je chat met ons van ${started} UTC (chat ${reference}).`,
    event: dutchEventLine,
    yours: YOUR_EVENTS_NL,
  },
};

/** Subject and plain text of `chat`'s transcript: every message with its UTC time, events as their own lines. */
export function transcriptMail(chat: ChatItem, messages: MessageView[]): { subject: string; text: string } {
  const words = WORDS[chat.language ?? 'en'];
  const started = new Date(chat.createdAt).toISOString().slice(0, 16).replace('T', ' ');
  const line = (message: MessageView) => {
    const time = new Date(message.at).toISOString().slice(11, 16);
    // A channel may leave the name optional: the customer's own lines are then theirs by "You".
    const author = message.author.name || (message.author.role === 'customer' ? words.you : '');
    if (message.kind !== 'event') return `[${time}] ${author}: ${message.text}`;
    const yours = message.byCustomer && words.yours.find(([tail]) => message.text.endsWith(tail))?.[1];
    return `[${time}] — ${yours || words.event(message.text)}`;
  };
  return {
    subject: words.subject,
    text: [words.greeting(chat.customerName), '', words.intro(started, chatReference(chat.chatId)), '', ...messages.map(line)].join('\n'),
  };
}
