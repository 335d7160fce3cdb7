/** Contacts: creating and finding people, linking chats to them, and what the side panel shows. */
import { randomUUID } from 'node:crypto';
import type { CompanyView, ContactCreateBody, ContactUpdateBody, PersonPanelResponse, PersonView } from '../protocol';
import { DETAIL_TYPES } from '../protocol';
import {
  deleteContactTerms, getChat, getCompany, getPerson, linkChatToPerson, personIdsByTermPrefix, personIdsWithEmail, personRecords, putCompany, putContactTerms, putPerson,
  putPersonChat, removeChatFromPerson, replacePerson, type ChatItem,
} from '../store';
import { requireRole, type Caller } from './caller';
import { connectionsOf, onlineAgents } from './agents-online';
import { chatNotFound, RefusedError } from './errors';
import { chatEndedDetail } from './chat-events';
import { publish } from './events';
import { deliver } from './fanout';
import { chatView } from './views';
import { wholeQuestion } from './question';
import { fileRequestsUnder, fileWaitingRequests } from './requests';

const SEARCH_LIMIT = 20;

/** A phone number's digits from this many on are searchable from any point: "06 1234" finds +31 6 1234 5678. */
const PHONE_TAIL_MIN = 4;

/**
 * Search terms of a person: each word of the name and of the company's name, the email address, its
 * local part and its domain ("example.com" finds everyone there), and the phone's digits from each
 * point on (the tails), so a number is found however its country code or trunk zero was typed: the
 * query's digits, leading zeros dropped, start one of the tails. A contact keeps the terms it was saved with.
 */
export function searchTerms(person: Pick<PersonView, 'name' | 'email' | 'phone'>, companyName?: string): string[] {
  const terms = new Set<string>();
  for (const word of words(person.name)) terms.add(word);
  for (const word of words(companyName ?? '')) terms.add(word);
  if (person.email) {
    const email = person.email.toLowerCase();
    terms.add(email);
    const [local, domain] = email.split('@');
    terms.add(local);
    if (domain) terms.add(domain);
  }
  const digits = person.phone?.replace(/\D/g, '') ?? '';
  if (digits.length >= 2) terms.add(digits);
  for (let i = 1; digits.length - i >= PHONE_TAIL_MIN; i++) terms.add(digits.slice(i));
  return [...terms].filter((t) => t.length >= 2);
}

/** The digits of a query typed as a phone number, without the trunk or international zeros; undefined for any other query. */
function phoneQuery(query: string): string | undefined {
  if (!/^\+?[\d ()./-]+$/.test(query.trim())) return undefined;
  const digits = query.replace(/\D/g, '').replace(/^0+/, '');
  return digits.length >= 2 ? digits : undefined;
}

export async function createContact(body: ContactCreateBody, now: number): Promise<{ person: PersonView; company?: CompanyView }> {
  const company = body.companyName ? { companyId: randomUUID(), name: body.companyName, createdAt: now } : undefined;
  if (company) await putCompany(company);
  const person: PersonView = { personId: randomUUID(), name: body.name, email: body.email, phone: body.phone, companyId: company?.companyId, createdAt: now };
  await putPerson(person, searchTerms(person, company?.name));
  // After its address's search row is written: an offline request filed meanwhile finds the contact, or waits where this reads.
  if (person.email) await fileWaitingRequests(person.personId, person.email);
  return { person, company };
}

/**
 * Replaces a contact's details, refused if someone else edited it since the agent's `version`. The
 * company is renamed, added or unlinked. The new search rows are written before the stale ones go,
 * so the contact stays findable throughout; an address new to the contact takes the requests left
 * under it through the offline form.
 */
export async function updateContact(personId: string, body: ContactUpdateBody, now: number): Promise<{ person: PersonView; company?: CompanyView }> {
  const before = await getPerson(personId);
  if (!before) throw new RefusedError('not-found', 'No such contact');
  if ((before.version ?? 0) !== body.version) throw editedMeanwhile();
  const oldCompany = before.companyId ? await getCompany(before.companyId) : undefined;
  const company = !body.companyName ? undefined
    : oldCompany ? { ...oldCompany, name: body.companyName }
    : { companyId: randomUUID(), name: body.companyName, createdAt: now };
  // A new company is saved first (if the edit is then refused, it is merely unused); a renamed one after.
  if (company && !oldCompany) await putCompany(company);
  const person = {
    personId, name: body.name, email: body.email, phone: body.phone, companyId: company?.companyId, createdAt: before.createdAt, version: body.version + 1, updatedAt: now,
  };
  if (!(await replacePerson(person, body.version))) throw editedMeanwhile();
  if (company && oldCompany && company.name !== oldCompany.name) await putCompany(company);
  const terms = searchTerms(person, company?.name);
  await putContactTerms(person, terms);
  await deleteContactTerms(personId, searchTerms(before, oldCompany?.name).filter((term) => !terms.includes(term)));
  if (person.email && person.email !== before.email) await fileWaitingRequests(personId, person.email);
  return { person, company };
}

const editedMeanwhile = () => new RefusedError('conflict', 'Someone else changed this contact just now; check the details and save again');

/** People whose name, company, email or phone starts with every word of the query. */
export async function searchContacts(query: string): Promise<PersonView[]> {
  const phone = phoneQuery(query);
  const queryWords = phone ? [phone] : words(query);
  if (queryWords.length === 0) return [];
  const longest = queryWords.reduce((a, b) => (b.length > a.length ? b : a));
  const ids = await personIdsByTermPrefix(longest, SEARCH_LIMIT * 2);
  const people = (await Promise.all(ids.map(getPerson))).filter((p): p is PersonView => !!p);
  const matches = (terms: string[]) => queryWords.every((w) => terms.some((t) => t.startsWith(w)));
  // A company's name is read only for those its words may have found: the rest match on their own.
  const companies = await companyNames(people.filter((p) => p.companyId && !matches(searchTerms(p))));
  return people.filter((p) => matches(searchTerms(p, p.companyId && companies.get(p.companyId)))).slice(0, SEARCH_LIMIT);
}

/** The names of the people's companies, by company id: one read per company. */
async function companyNames(people: PersonView[]): Promise<Map<string, string>> {
  const ids = [...new Set(people.map((p) => p.companyId!))];
  const companies = await Promise.all(ids.map(getCompany));
  return new Map(companies.flatMap((company) => (company ? [[company.companyId, company.name] as const] : [])));
}

export async function personPanel(personId: string): Promise<PersonPanelResponse | undefined> {
  const person = await getPerson(personId);
  if (!person) return undefined;
  const [company, records] = await Promise.all([person.companyId ? getCompany(person.companyId) : undefined, personRecords(personId)]);
  return { person, company, ...records };
}

/** Links a chat the agent is handling (or handled) to a person; an ended chat gets its activity too. */
export async function linkChat(caller: Caller, chatId: string, personId: string, now: number): Promise<ChatItem> {
  requireRole(caller, 'agent');
  const [chat, person] = await Promise.all([getChat(chatId), getPerson(personId)]);
  if (!chat || chat.agentId !== caller.subject) throw chatNotFound();
  if (!person) throw new RefusedError('not-found', 'No such contact');
  const linked = await linkAnsweredChat(chat, caller.subject, personId, now, caller.connectionId);
  if (!linked) throw chatNotFound();
  return linked;
}

/**
 * A chat just answered whose customer gave the address of exactly one contact is linked to that
 * contact at once, as its agent would from the suggested match: the side panel shows the person, their
 * earlier chats and requests, and the chat lands among their Activities. With two or more contacts at
 * that address the agent chooses; the agent can always link the chat to someone else.
 */
export async function linkByEmail(chat: ChatItem, now: number): Promise<void> {
  if (chat.personId || !chat.agentId || !chat.customerEmail) return;
  const email = chat.customerEmail.toLowerCase();
  const people = (await Promise.all((await personIdsWithEmail(email)).map(getPerson))).filter((p) => p?.email?.toLowerCase() === email);
  if (people.length === 1) await linkAnsweredChat(chat, chat.agentId, people[0]!.personId, now, undefined, { unlinked: true });
}

/** Links the chat `agentId` answers to the person, and tells that agent's consoles (and `connectionId`). */
async function linkAnsweredChat(
  chat: ChatItem, agentId: string, personId: string, now: number, connectionId?: string, only: { unlinked?: boolean } = {},
): Promise<ChatItem | undefined> {
  const chatId = chat.chatId;
  const linked = await linkChatToPerson(chatId, agentId, personId, only);
  if (!linked) return undefined;
  // Re-linked to someone else: the chat and its activity move; the previous person keeps neither.
  if (chat.personId && chat.personId !== personId) await removeChatFromPerson(chat.personId, chat);
  await putPersonChat(personId, { chatId, channel: chat.channel, createdAt: chat.createdAt, question: await wholeQuestion(chat) });
  if (linked.requestNumbers) await fileRequestsUnder(personId, linked.requestNumbers, chat.personId);
  if (linked.status === 'ended') await publish({ detailType: DETAIL_TYPES.chatLinked, detail: { ...chatEndedDetail(linked), personId } }, now);
  // Only the agent's connections: which contact a chat is linked to is not the customer's business.
  const online = await onlineAgents(now);
  await deliver([...new Set([...(connectionId ? [connectionId] : []), ...connectionsOf(online, agentId)])], [{ type: 'chat', chat: chatView(linked) }]);
  return linked;
}

function normalise(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

/** The words of a name or query, accents and case ignored, of two characters or more. */
function words(text: string): string[] {
  return normalise(text).split(/\s+/).filter((word) => word.length >= 2);
}
