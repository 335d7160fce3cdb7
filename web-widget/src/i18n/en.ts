/** Every word the panel shows, in English; `nl.ts` has the same keys, so a missing translation does not compile. */
import type { MessageView } from '../../../functions/protocol/server-frames';
import { YOUR_EVENTS_EN } from '../../../functions/protocol/event-lines-en';

/** "about 3 min", or "less than a minute" for shorter estimates; before any chat was answered there is none. */
const waitText = (seconds?: number) => (seconds === undefined ? 'not known yet' : seconds < 60 ? 'less than a minute' : `about ${Math.round(seconds / 60)} min`);

export const en = {
  title: 'Chat with us',
  endChat: 'End chat',
  minimise: 'Minimise chat',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  loadingChat: 'Loading your chat…',
  unavailable: 'Chat is not available right now. Please try again later.',
  prechat: { intro: 'Ask us anything. An agent will answer here.', name: 'Name', email: 'Email', question: 'Your question', start: 'Start chat' },
  /** The pre-chat and offline forms' further words. */
  forms: { phone: 'Phone', optional: '(optional)', faq: 'These answers may help:', invalid: (label: string) => `${label} is not valid.` },
  offline: {
    intro: 'We are not online right now. Leave a message and we will get back to you.',
    name: 'Name',
    email: 'Email',
    message: 'Message',
    send: 'Send message',
    sending: 'Sending…',
    thanks: (number: number) => `Thank you. Your request number is ${number}.`,
    failed: 'Your message could not be sent. Please try again.',
  },
  waiting: 'Waiting for an agent…',
  position: (position: number, _waitSeconds?: number) => `You are number ${position} in the queue.`,
  estimate: (seconds: number) => `Estimated wait: ${waitText(seconds)}.`,
  wait: waitText,
  chattingWith: (name?: string) => `You are chatting with ${name ?? 'an agent'}.`,
  /** Who answers while the channel's bot has the chat, until the bot has named itself. */
  assistant: 'the assistant',
  typing: (name: string) => `${name} is typing…`,
  conversation: 'Conversation',
  sending: 'Sending…',
  waitingToSend: 'Waiting for the connection',
  /** Under a message the server refused (the chat had ended meanwhile, say): its text stays, to copy. */
  notSent: 'Not sent',
  read: 'Read',
  ended: 'This chat has ended',
  newChat: 'Start a new chat',
  composer: {
    label: 'Message',
    placeholder: 'Type a message',
    send: 'Send',
    /** Under the text field while the text is over the limit, which Send refuses. */
    tooLong: (length: number, max: number) => `Too long to send: ${length} of at most ${max} characters.`,
  },
  postChat: {
    /** The channel's own text above the form; none by default. */
    intro: '',
    rating: 'How was this chat? (1 = poor, 5 = excellent)',
    stars: (n: number) => `${n} of 5`,
    comment: 'Comment (optional)',
    transcript: 'Send me the transcript',
    transcriptTo: 'Email',
    send: 'Send',
    back: 'Back to chat',
    thanks: 'Thank you for your feedback.',
  },
  emoji: { open: 'Emoji', search: 'Search emoji', results: 'Emoji', none: 'No emoji found.' },
  files: { attach: 'Attach file', download: 'Download', uploading: 'Uploading', failed: 'Upload failed. Please try again.' },
  /** What a screen reader hears when a message arrives. */
  announce: (name: string, text: string) => `${name}: ${text}`,
  /** The server words its event lines (joined, ended, request created) in English; the customer's own say "You". */
  event: (message: MessageView) => (message.byCustomer && YOUR_EVENTS_EN.find(([tail]) => message.text.endsWith(tail))?.[1]) || message.text,
  /** A refused frame or form: the server's own reason (which names a refused file already). */
  refused: (_code: string, message: string, _file?: string) => message,
};

export type Strings = typeof en;
