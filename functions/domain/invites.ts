/** One-time set-password links: issued by an admin, used once by the agent before they expire. */
import { createHash, randomBytes } from 'node:crypto';
import type { InviteAcceptResponse, InviteView } from '../protocol';
import { consumeInvite, getAgentRecord, putInvite, redeemLoginInvite, updateAgentRecord } from '../store';
import { isActive } from './agent-sessions';
import { record } from './audit';
import { hashPassword } from './passwords';
import { loginFailuresCleared } from './abuse-limits';

export const INVITE_HOURS = 72;

export const hashSecret = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new link's secret and where its hash is kept; the caller stores the hash on the login, replacing any older link. */
export async function issueInvite(agentId: string, email: string, now: number): Promise<{ invite: InviteView; inviteHash: string }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = Math.floor(now / 1000) + INVITE_HOURS * 3600;
  const inviteHash = hashSecret(token);
  await putInvite(inviteHash, { agentId, email, expiresAt });
  return { invite: { token, expiresAt: expiresAt * 1000 }, inviteHash };
}

export class InviteInvalidError extends Error {
  constructor() {
    super('This link has expired or was already used; ask an administrator for a new one');
    this.name = 'InviteInvalidError';
  }
}

/** Sets the agent's password from a link; the link then no longer works, nor does any older one. */
export async function acceptInvite(token: string, password: string, now: number): Promise<InviteAcceptResponse> {
  const inviteHash = hashSecret(token);
  const invite = await consumeInvite(inviteHash);
  if (!invite || invite.expiresAt * 1000 <= now) throw new InviteInvalidError();
  const agent = await getAgentRecord(invite.agentId);
  if (!agent || !isActive(agent)) throw new InviteInvalidError();
  if (!(await redeemLoginInvite(agent.email, inviteHash, await hashPassword(password)))) throw new InviteInvalidError();
  await updateAgentRecord(agent.id, { set: { invitePending: false }, expect: {} });
  await loginFailuresCleared(agent.email);
  await record({ id: agent.id, name: agent.name }, 'agent.password-set', agent, now);
  return { email: agent.email, name: agent.name };
}
