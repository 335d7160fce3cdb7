/**
 * Reads the outgoing mail for the local mailbox page. Invoked like a handler inside the local
 * Lambda host (as the demo logins are), so it reads through the same domain and store code.
 */
import { mailById, recentMail } from '../../functions/domain/mailbox';
import type { MailItem } from '../../functions/store';

export type MailboxRead = { list: true } | { at: number; id: string };

export async function handler(event: MailboxRead): Promise<MailItem[]> {
  if ('list' in event) return recentMail();
  const mail = await mailById(event.at, event.id);
  return mail ? [mail] : [];
}
