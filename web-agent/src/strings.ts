/** The console's words in its language (language.ts): English, or Dutch in the product's own terms. */
import { dutchEventLine, LEFT_FOR_GOOD, NAMELESS_CUSTOMER } from '../../functions/protocol/event-lines';
import { consoleLanguage } from './language';
import { en, type Strings } from './strings-en';
import { nl } from './strings-nl';

export type { Strings } from './strings-en';
export const t: Strings = consoleLanguage === 'nl' ? nl : en;

/** A nameless customer's own event line ("Customer ended the chat"): the console names them in its own word. */
const namelessCustomer = new RegExp(`^${NAMELESS_CUSTOMER}(?= (ended the chat|returned to the chat|left the queue)$)`);

/** The requeue line speaks to the customer ("you are back in the queue"); an agent reads what became of the chat. */
const requeued = /^(.+) is no longer available; you are back in the queue$/;

/** The request line speaks to the customer too ("created for you"). */
const requestCreated = /^Request #(\d+) has been created for you$/;

/** The sweep ended the chat: its customer left the page and stayed away. */
const leftForGood = new RegExp(`^(.+)${LEFT_FOR_GOOD}$`);

/** A chat's event line ("Anna joined the chat"), which the server writes in English, in the console's language. */
export const eventLine = (text: string, byCustomer?: boolean): string => {
  const gone = requeued.exec(text);
  if (gone) return t.conversation.requeued(gone[1]);
  const request = requestCreated.exec(text);
  if (request) return t.conversation.requestCreated(Number(request[1]));
  const left = leftForGood.exec(text);
  if (left) return t.conversation.leftForGood(byCustomer && left[1] === NAMELESS_CUSTOMER ? t.chats.unnamedCustomer : left[1]);
  const named = byCustomer ? text.replace(namelessCustomer, t.chats.unnamedCustomer) : text;
  return consoleLanguage === 'nl' ? dutchEventLine(named) : named;
};

/** A customer's name as the console shows it: a channel whose form leaves the name optional starts chats without one. */
export const customerName = (name: string | undefined): string => name?.trim() || t.chats.unnamedCustomer;
