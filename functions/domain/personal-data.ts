/**
 * One customer's data, by their email address: exported (a person's right of access) or erased (their
 * right to erasure), with the admin command. What counts as theirs is in store/personal-data.ts.
 */
import { deleteObject } from '../adapters/files';
import { config } from '../config';
import { customerItems, deleteItems } from '../store';
import { record, type Actor } from './audit';
import { RefusedError } from './errors';

type Item = Record<string, unknown>;

export interface CustomerDataSummary {
  chats: number;
  contacts: number;
  requests: number;
  mails: number;
  /** The chats' files in the files bucket, by object key. */
  files: string[];
  /** Every item, contacts' search rows and chats' messages included. */
  items: number;
}

async function find(email: string) {
  const { items, chatIds, personIds, requestNumbers, mails, files } = await customerItems(email);
  const summary: CustomerDataSummary = { chats: chatIds.size, contacts: personIds.size, requests: requestNumbers.size, mails, files, items: items.length };
  return { items, summary };
}

/** Hands each item to `write` as a JSON line (awaited, for back-pressure); what was found is returned. */
export async function exportCustomerData(email: string, write: (line: string) => Promise<void> | void): Promise<CustomerDataSummary> {
  const { items, summary } = await find(email);
  for (const item of items) await write(`${JSON.stringify(item, (_key, value: unknown) => (value instanceof Set ? [...value] : value))}\n`);
  return summary;
}

/** What erasure would remove, without removing it. */
export async function customerDataSummary(email: string): Promise<CustomerDataSummary> {
  return (await find(email)).summary;
}

/**
 * Erases every item and file of the customer. Refused while one of their chats waits or goes on (its
 * agent and widget hold it live): end it first. Files go first, so a failure midway leaves the items
 * that name the files, and running the command again finishes the work. The audit log records that a
 * customer's data was erased, and how much, but not whose: the entry must not keep what was erased.
 */
export async function eraseCustomerData(actor: Actor, email: string, now: number): Promise<CustomerDataSummary> {
  const { items, summary } = await find(email);
  const ongoing = items.filter((item: Item) => item.sk === 'CHAT' && item.status !== 'ended').map((item) => item.chatId);
  if (ongoing.length) throw new RefusedError('conflict', `Chat ${ongoing.join(', ')} of this customer is still going on; end it first, then erase`);
  if (summary.files.length && !config.filesBucket) throw new RefusedError('forbidden', 'The files bucket is not known here, so the files cannot be erased; nothing was erased');
  for (const key of summary.files) await deleteObject(key);
  await deleteItems(items);
  if (summary.items) {
    await record(actor, 'customer.erased', { id: '', name: '', email: '' }, now, {
      after: { chats: String(summary.chats), contacts: String(summary.contacts), requests: String(summary.requests), mails: String(summary.mails), files: String(summary.files.length) },
    });
  }
  return summary;
}
