/** The console's words in its language (language.ts): English, or Dutch in the product's own terms. */
import { dutchEventLine } from '../../functions/protocol/event-lines';
import { consoleLanguage } from './language';
import { en, type Strings } from './strings-en';
import { nl } from './strings-nl';

export type { Strings } from './strings-en';
export const t: Strings = consoleLanguage === 'nl' ? nl : en;

/** A chat's event line ("Anna joined the chat"), which the server writes in English, in the console's language. */
export const eventLine = (text: string): string => (consoleLanguage === 'nl' ? dutchEventLine(text) : text);

/** A customer's name as the console shows it: a channel whose form leaves the name optional starts chats without one. */
export const customerName = (name: string | undefined): string => name?.trim() || t.chats.unnamedCustomer;
