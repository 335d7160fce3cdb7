/** GET /api/mailbox: outgoing mail (chat transcripts), for admins; locally this is the mailbox to read them in. */
import type { MailboxResponse } from '../protocol';
import { agentProfile } from '../domain/agents';
import { recentMail } from '../domain/mailbox';
import { bearer, failure, json, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const claims = await bearer(event, Math.floor(Date.now() / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  if ((await agentProfile(claims.subject))?.role !== 'admin') return failure(403, 'Only admins can read the mailbox');
  return json(200, { mail: await recentMail() } satisfies MailboxResponse);
};
