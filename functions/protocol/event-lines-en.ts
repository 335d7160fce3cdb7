/**
 * The lines of the events a customer caused (`MessageView.byCustomer`), as that customer reads them:
 * the widget and the transcript mail say "You ended the chat", not the customer's own name. A module
 * of its own, apart from the Dutch (event-lines.ts): the widget's English and Dutch words are chunks
 * fetched on demand, and a module both imported would become a third.
 */
import type { MessageView } from './server-frames';

export type YourLines = Partial<Record<NonNullable<MessageView['event']>, string>>;

export const YOUR_EVENTS_EN: YourLines = { ended: 'You ended the chat', reopened: 'You returned to the chat' };
