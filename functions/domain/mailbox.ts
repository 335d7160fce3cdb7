/**
 * Outgoing mail (chat transcripts). Every mail is recorded in the table; on AWS it is also sent
 * through SES from the tenant's sender. Without a sender it is recorded only, and the log says so;
 * in the local runtime the mailbox page is where it goes.
 */
import { randomUUID } from 'node:crypto';
import { sendWithSes } from '../adapters/mail';
import { config } from '../config';
import { getMail, listMail, putMail, type MailItem } from '../store';

export interface NewMail { to: string; subject: string; text: string }

/** Records the mail with how it left; a refusal by SES is recorded and logged, not thrown. */
export async function sendMail(mail: NewMail, now: number): Promise<MailItem> {
  const item: MailItem = { id: randomUUID(), at: now, ...mail };
  if (config.mailDelivery === 'local-mailbox') item.delivery = 'local-mailbox';
  else if (!config.mailFrom) {
    item.delivery = 'no-sender';
    // The id, not the address: logs are no place for customers' addresses.
    console.warn(`Mail ${item.id} recorded but not sent: no sender is configured (deploy with -c mailFrom=<address>)`);
  } else {
    item.from = config.mailFrom;
    try {
      item.messageId = await sendWithSes({ from: config.mailFrom, ...mail });
      item.delivery = 'sent';
    } catch (error) {
      item.delivery = 'failed';
      item.failure = (error as Error).name ?? String(error);
      console.error(`Mail ${item.id} could not be sent through SES`, error);
    }
  }
  await putMail(item);
  return item;
}

export const recentMail = () => listMail(50);

export const mailById = (at: number, id: string) => getMail(at, id);
