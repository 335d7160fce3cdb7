import type { YourLines } from './event-lines-en';

/** What the server's event lines call a customer who left their name out ("Customer ended the chat"). */
export const NAMELESS_CUSTOMER = 'Customer';

/**
 * The end of the line of a chat the sweep ended because its customer left the page and stayed away
 * (after the name). It ends as " ended the chat" does, so the customer reads it as their own end.
 */
export const LEFT_FOR_GOOD = ' left the page and did not come back, which ended the chat';

/** The Dutch of YOUR_EVENTS_EN (event-lines-en.ts): the customer's own events, as they read them. */
export const YOUR_EVENTS_NL: YourLines = [
  [' ended the chat', 'Je hebt de chat beëindigd'],
  [' returned to the chat', 'Je bent teruggekomen in de chat'],
  [' left the queue', 'Je hebt de wachtrij verlaten'],
];

/**
 * The server words a chat's event lines in English (`MessageView.text`); these are their Dutch, so a
 * Dutch customer and a Dutch console read them alike. The patterns follow the lines the domain writes
 * (joined, ended, request created, returned, requeued, taken over).
 */
const DUTCH: [RegExp, string][] = [
  [/^(.+) joined the chat$/, '$1 neemt deel aan de chat'],
  [/^(.+) ended the chat$/, '$1 heeft de chat beëindigd'],
  [/^(.+) left the queue$/, '$1 heeft de wachtrij verlaten'],
  [/^Request #(\d+) has been created for you$/, 'Verzoek #$1 is voor je aangemaakt'],
  [/^(.+) returned to the chat$/, '$1 is teruggekomen in de chat'],
  [/^(.+) is no longer available; you are back in the queue$/, '$1 is niet meer beschikbaar; je staat weer in de wachtrij'],
  [/^(.+) took over the chat$/, '$1 heeft de chat overgenomen'],
  [/^(.+) transferred the chat to (.+)$/, '$1 heeft de chat overgebracht naar $2'],
];

/** `text` in Dutch, or as it came when it is not a known event line. */
export function dutchEventLine(text: string): string {
  for (const [pattern, dutch] of DUTCH) if (pattern.test(text)) return text.replace(pattern, dutch);
  return text;
}
