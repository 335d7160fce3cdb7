/**
 * The lines of the events a customer caused (`MessageView.byCustomer`), as that customer reads them:
 * the widget and the transcript mail say "You ended the chat", not the customer's own name. Each is
 * found by the end of the server's line, after the name. A module of its own, apart from the Dutch
 * (event-lines.ts): the widget's English and Dutch words are chunks fetched on demand, and a module
 * both imported would become a third.
 */

/** The end of the server's line (after the customer's name), and the line as the customer reads it. */
export type YourLines = [tail: string, yours: string][];

export const YOUR_EVENTS_EN: YourLines = [
  [' ended the chat', 'You ended the chat'],
  [' returned to the chat', 'You returned to the chat'],
  [' left the queue', 'You left the queue'],
];
