/**
 * What a chosen reply puts in the composer. Templates and quick replies fill `{{variables}}` from the
 * chat; one this console does not know stays in the text as typed and is reported, so the agent sees
 * it before sending instead of the customer receiving a hole.
 */
import type { ReplyView } from '../../functions/protocol/replies';
import type { ChatView } from '../../functions/protocol/server-frames';

export type ReplyLanguage = 'en' | 'nl';

export interface TemplateContext {
  customerName: string;
  agentName: string;
  /** The chat's reference, as the customer can quote it. */
  chatNumber: string;
  now: Date;
  language: ReplyLanguage;
}

export interface Filled {
  text: string;
  /** Variable names found in the text that have no value (unknown, or empty for this chat), in order of first appearance. */
  unknown: string[];
}

const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;
const firstWord = (name: string) => name.trim().split(/\s+/)[0] ?? '';

/** Each known variable, under its English and its Dutch name. */
const VALUES: Record<string, (c: TemplateContext) => string> = {
  'customer.name': (c) => c.customerName,
  'klant.naam': (c) => c.customerName,
  'customer.firstName': (c) => firstWord(c.customerName),
  'klant.voornaam': (c) => firstWord(c.customerName),
  'agent.name': (c) => c.agentName,
  'medewerker.naam': (c) => c.agentName,
  'agent.firstName': (c) => firstWord(c.agentName),
  'medewerker.voornaam': (c) => firstWord(c.agentName),
  'chat.number': (c) => c.chatNumber,
  'chat.nummer': (c) => c.chatNumber,
  date: (c) => c.now.toLocaleDateString(c.language === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
  datum: (c) => c.now.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }),
};

/** The variables a template may use, for the editor's hint. */
export const KNOWN_VARIABLES = ['customer.name', 'customer.firstName', 'agent.name', 'agent.firstName', 'chat.number', 'date'];

export function fillVariables(text: string, context: TemplateContext): Filled {
  const unknown: string[] = [];
  const filled = text.replace(VARIABLE, (whole, name: string) => {
    // An empty value (a customer who gave no name) is a hole too: flagged, never sent as "Hello ,".
    const value = Object.hasOwn(VALUES, name) ? VALUES[name](context) : undefined;
    if (value) return value;
    if (!unknown.includes(name)) unknown.push(name);
    return whole;
  });
  return { text: filled, unknown };
}

/** A template's text in the chat's language: Dutch when the chat is in Dutch and the template has it. */
export const textIn = (reply: Pick<ReplyView, 'text' | 'textNl'>, language: ReplyLanguage) => (language === 'nl' && reply.textNl ? reply.textNl : reply.text);

/** What choosing a reply inserts: an FAQ its link (when it has one) or its answer; others their text, filled. */
export function insertionFor(reply: ReplyView, context: TemplateContext): Filled {
  if (reply.kind === 'faq') return { text: reply.link ?? reply.text, unknown: [] };
  return fillVariables(textIn(reply, context.language), context);
}

/** The `{{variables}}` of a reply's text that no chat fills (misspelt, or made up), in order of first appearance: the editor names them. */
export function unknownVariables(text: string): string[] {
  return [...new Set([...text.matchAll(VARIABLE)].map((match) => match[1]).filter((name) => !Object.hasOwn(VALUES, name)))];
}

/** Of `names`, those still written as `{{name}}` somewhere in `text`: a flagged variable the agent replaced is no longer flagged. */
export function stillIn(text: string, names: string[]): string[] {
  const present = new Set([...text.matchAll(VARIABLE)].map((match) => match[1]));
  return names.filter((name) => present.has(name));
}

/**
 * The language to answer a chat in: the customer's, as the widget reported it, until channels (by
 * topic and language) say it; English when unknown.
 */
export const chatLanguage = (chat: Pick<ChatView, 'language'>): ReplyLanguage => (chat.language === 'nl' ? 'nl' : 'en');
