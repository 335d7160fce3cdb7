/**
 * Managing agents: list, create, change role, reset password, deactivate and reactivate. Every
 * change is a conditional write on the agent's profile and leaves an entry in the audit log.
 * The HTTP handlers (for admins) and the admin command call these same functions.
 */
import { randomUUID } from 'node:crypto';
import type { AdminRefusal, AgentAdminView, AgentChangeBody, AgentChangeResponse, AgentCreateBody, AgentRole, InviteView } from '../protocol';
import { createAgentRecord, getAgentRecord, getLogin, listAgentRecords, setLoginSecret, updateAgentRecord, type AgentRecord } from '../store';
import { requeueChatsOf } from './agent-chats-requeue';
import { endSessions, retagSessions } from './agent-session-end';
import { isActive } from './agent-sessions';
import { liveAgentIds, onlineAgents } from './agents-online';
import { record, type Actor } from './audit';
import { oneAdminChangeAtATime } from './admin-change-lease';
import { issueInvite } from './invites';
import { hashPassword } from './passwords';
import { loginFailuresCleared } from './abuse-limits';
import { endForbiddenListening } from './listen-in';
import { withdrawOffersTo } from './transfers';

export class AdminError extends Error {
  constructor(readonly refusal: Exclude<AdminRefusal, 'link-invalid'>, message: string) {
    super(message);
    this.name = 'AdminError';
  }
}

export function adminView(agent: AgentRecord): AgentAdminView {
  const { id, name, email, role, status, createdAt } = agent;
  return { id, name, email, role, status, active: isActive(agent), passwordSet: !agent.invitePending, ...(createdAt ? { createdAt } : {}) };
}

/** The agent with this login email, for the admin command (which names agents by email). */
export async function agentIdByEmail(email: string): Promise<string> {
  const login = await getLogin(email);
  if (!login) throw new AdminError('no-such-agent', `No agent with email ${email.toLowerCase()}`);
  return login.agentId;
}

/** Every agent, active ones first, then by name, with whether a console of theirs is live. */
export async function listAgents(now: number): Promise<AgentAdminView[]> {
  const [records, online] = await Promise.all([listAgentRecords(), onlineAgents(now)]);
  const connected = liveAgentIds(online);
  const views = records.map((agent) => ({ ...adminView(agent), online: connected.has(agent.id) }));
  return views.sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));
}

export async function createAgent(actor: Actor, input: AgentCreateBody, now: number): Promise<AgentChangeResponse> {
  const agent: AgentRecord = {
    id: randomUUID(), name: input.name, email: input.email.toLowerCase(), role: input.role, status: 'away',
    active: true, createdAt: now, ...(input.credential.kind === 'invite' ? { invitePending: true } : {}),
  };
  let invite: InviteView | undefined;
  let created: boolean;
  if (input.credential.kind === 'invite') {
    const issued = await issueInvite(agent.id, agent.email, now);
    invite = issued.invite;
    created = await createAgentRecord(agent, { inviteHash: issued.inviteHash });
  } else {
    created = await createAgentRecord(agent, { passwordHash: await hashPassword(input.credential.password) });
  }
  if (!created) throw new AdminError('email-taken', `An agent with email ${agent.email} already exists`);
  await record(actor, 'agent.created', agent, now, { after: { name: agent.name, email: agent.email, role: agent.role, credential: input.credential.kind } });
  return { agent: adminView(agent), ...(invite ? { invite } : {}) };
}

export async function changeAgent(actor: Actor, agentId: string, change: AgentChangeBody, now: number): Promise<AgentChangeResponse> {
  const agent = await getAgentRecord(agentId);
  if (!agent) throw new AdminError('no-such-agent', 'No such agent');
  switch (change.change) {
    case 'role': return { agent: adminView(await changeRole(actor, agent, change.role, now)) };
    case 'password': return resetPassword(actor, agent, change.credential, now);
    case 'deactivate': return { agent: adminView(await setActive(actor, agent, false, now)) };
    case 'reactivate': return { agent: adminView(await setActive(actor, agent, true, now)) };
  }
}

async function changeRole(actor: Actor, agent: AgentRecord, role: AgentRole, now: number): Promise<AgentRecord> {
  if (agent.role === role) return agent;
  const write = async () => updateAgentRecord(agent.id, { set: { role }, expect: { role: agent.role } });
  const updated = agent.role === 'admin' ? await keepingAnAdmin(agent, write) : await write();
  if (!updated) throw changedMeanwhile();
  await retagSessions(agent.id, role);
  // A manager made an agent may listen in only where a channel lets them.
  await endForbiddenListening(now);
  await record(actor, 'agent.role-changed', agent, now, { before: { role: agent.role }, after: { role } });
  return updated;
}

async function resetPassword(actor: Actor, agent: AgentRecord, credential: AgentCreateBody['credential'], now: number): Promise<AgentChangeResponse> {
  let invite: InviteView | undefined;
  if (credential.kind === 'invite') {
    const issued = await issueInvite(agent.id, agent.email, now);
    invite = issued.invite;
    await setLoginSecret(agent.email, { inviteHash: issued.inviteHash });
  } else {
    await setLoginSecret(agent.email, { passwordHash: await hashPassword(credential.password) });
    // The new password is the way back in, even for an address locked by someone's guessing.
    await loginFailuresCleared(agent.email);
  }
  // Whoever knew the old password may be signed in: a reset ends every session.
  const updated = await updateAgentRecord(agent.id, { set: { invitePending: credential.kind === 'invite' }, endSessions: true, expect: {} });
  if (!updated) throw changedMeanwhile();
  await endSessions(agent.id, now);
  await record(actor, 'agent.password-reset', agent, now, { after: { credential: credential.kind } });
  return { agent: adminView(updated), ...(invite ? { invite } : {}) };
}

async function setActive(actor: Actor, agent: AgentRecord, active: boolean, now: number): Promise<AgentRecord> {
  if (isActive(agent) === active) return agent;
  const write = async () => updateAgentRecord(agent.id, {
    set: active ? { active } : { active, status: 'away' }, endSessions: !active, expect: { active: !active },
  });
  const updated = !active && agent.role === 'admin' ? await keepingAnAdmin(agent, write) : await write();
  if (!updated) throw changedMeanwhile();
  if (!active) {
    await endSessions(agent.id, now, agent.email);
    await requeueChatsOf(agent, now);
    await withdrawOffersTo(agent.id, now);
  }
  await record(actor, active ? 'agent.reactivated' : 'agent.deactivated', agent, now, { before: { active: !active }, after: { active } });
  return updated;
}

/**
 * Writes a change that takes `leaving` out of the active admins only if another active admin remains.
 * Check and write run under the admin-change lease and the check reads consistently, so of two such
 * changes at once the second sees the first's outcome.
 */
async function keepingAnAdmin<T>(leaving: AgentRecord, write: () => Promise<T>): Promise<T> {
  const outcome = await oneAdminChangeAtATime(async () => {
    const others = (await listAgentRecords({ consistent: true })).filter((a) => a.id !== leaving.id && a.role === 'admin' && isActive(a));
    if (others.length === 0) throw new AdminError('last-admin', 'This is the last active admin; make another agent admin first');
    return write();
  });
  if (outcome === 'busy') throw new AdminError('admin-change-busy', 'Another change to an admin is being saved; try again in a moment');
  return outcome.value;
}

const changedMeanwhile = () => new AdminError('changed-meanwhile', 'The agent was changed meanwhile; reload and try again');
