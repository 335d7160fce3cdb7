/**
 * Every item that holds one customer's data, found by their email address, for the admin command's
 * per-person export and erasure: never for the hot path (it reads the whole table, more than once).
 */
import { batchWriteItems } from './batch-write';
import { exportableItems } from './export';
import { chatIdOf, keys, MAILBOX, objectKeys, OUTBOX, REQUESTS } from './keys';

type Item = Record<string, unknown>;

export interface CustomerItems {
  /** Each item whole, its key (pk, sk) included. */
  items: Item[];
  chatIds: Set<string>;
  personIds: Set<string>;
  requestNumbers: Set<number>;
  /** Mails to the address. */
  mails: number;
  /** The chats' files in the files bucket, by object key. */
  files: string[];
}

/**
 * The items of the customer with this address (compared without case): the contacts saved with it and
 * everything on their cards; the chats started with it or linked to those contacts, with their
 * messages, history rows and the rows that list them on a card; the requests from the address, those
 * contacts or those chats; mail to the address; events about those chats not yet put on the bus.
 * Found by whole-table passes until a pass finds nothing new (a chat found late can bring its request).
 */
export async function customerItems(email: string): Promise<CustomerItems> {
  const address = email.toLowerCase();
  const found: CustomerItems = { items: [], chatIds: new Set(), personIds: new Set(), requestNumbers: new Set(), mails: 0, files: [] };
  for (;;) {
    const before = size(found);
    const items: Item[] = [];
    for await (const page of exportableItems()) for (const item of page) if (belongs(item, address, found)) items.push(item);
    found.items = items;
    if (size(found) === before) break;
  }
  found.mails = found.items.filter((item) => item.pk === MAILBOX).length;
  found.files = found.items.flatMap((item) => {
    const fileId = (item.file as { fileId?: string } | undefined)?.fileId;
    return String(item.pk).startsWith('CHAT#') && fileId ? [objectKeys.chatFile(chatIdOf(String(item.pk)), fileId)] : [];
  });
  return found;
}

const size = ({ chatIds, personIds, requestNumbers }: CustomerItems) => chatIds.size + personIds.size + requestNumbers.size;
const sameAddress = (value: unknown, address: string) => typeof value === 'string' && value.toLowerCase() === address;
/** The id after the last `#` of a sort key (`CHAT#<time>#<chatId>`, `ACT#<time>#chat#<chatId>`). */
const lastPart = (sk: string) => sk.slice(sk.lastIndexOf('#') + 1);
const numberOf = (sk: string) => Number(lastPart(sk));

/** Whether the item is the customer's; adds the ids it leads to (a contact's chats, a chat's contact-less request). */
function belongs(item: Item, address: string, found: CustomerItems): boolean {
  const pk = String(item.pk);
  const sk = String(item.sk);
  const { chatIds, personIds, requestNumbers } = found;
  if (pk.startsWith('CHAT#')) {
    const chatId = chatIdOf(pk);
    if (sk === 'CHAT' && (sameAddress(item.customerEmail, address) || personIds.has(String(item.personId)))) chatIds.add(chatId);
    return chatIds.has(chatId);
  }
  if (pk.startsWith('PERSON#')) {
    const personId = pk.slice('PERSON#'.length);
    if (sk === 'PROFILE' && sameAddress(item.email, address)) personIds.add(personId);
    const mine = personIds.has(personId);
    if (sk.startsWith('CHAT#') || sk.startsWith('ACT#')) {
      if (mine) chatIds.add(lastPart(sk));
      return mine || chatIds.has(lastPart(sk));
    }
    if (sk.startsWith('REQ#')) {
      if (mine) requestNumbers.add(numberOf(sk));
      return mine || requestNumbers.has(numberOf(sk));
    }
    return mine;
  }
  if (pk.startsWith('CSEARCH#')) return personIds.has(String(item.personId));
  if (pk === REQUESTS) {
    const mine = sameAddress(item.email, address) || personIds.has(String(item.personId)) || chatIds.has(String(item.chatId)) || requestNumbers.has(item.number as number);
    if (mine) requestNumbers.add(item.number as number);
    return mine;
  }
  if (pk.startsWith('WAITREQ#')) return sameAddress(pk.slice('WAITREQ#'.length), address) || requestNumbers.has(numberOf(sk));
  if (pk.startsWith('HISTORY#')) {
    if (sameAddress(item.customerEmail, address) || personIds.has(String(item.personId))) chatIds.add(String(item.chatId));
    return chatIds.has(String(item.chatId));
  }
  if (pk === MAILBOX) return sameAddress(item.to, address);
  if (pk === OUTBOX) {
    const detail = (item.detail ?? {}) as { chatId?: string; email?: string; customer?: { email?: string } };
    return chatIds.has(String(detail.chatId)) || sameAddress(detail.customer?.email, address) || sameAddress(detail.email, address);
  }
  if (pk === keys.customerLeft('').pk || pk === keys.pendingTransfer('').pk) return chatIds.has(sk);
  // Nothing else names a customer: agents, channels, replies, documents, statistics (counts only), the audit log.
  return false;
}

/** Deletes the items by their keys. */
export async function deleteItems(items: Item[]): Promise<void> {
  await batchWriteItems(items.map((item) => ({ DeleteRequest: { Key: { pk: item.pk, sk: item.sk } } })), (left) => new Error(`${left} items could not be deleted; run the command again`));
}
