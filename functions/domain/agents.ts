/** Agents: logging in and being created. */
import { randomUUID } from 'node:crypto';
import type { AgentProfile, AgentRole } from '../protocol';
import { createAgent, getAgent, getLogin } from '../store';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords';
import { issueToken } from './tokens';
import { lockedForSeconds, loginFailed, loginSucceeded } from './abuse-limits';

export type LoginOutcome = { ok: true; token: string; agent: AgentProfile } | { ok: false; lockedForSeconds?: number };

/** Checks the password unless the address is locked; failures count towards a lockout whether the address is known or not. */
export async function login(email: string, password: string, nowSeconds: number): Promise<LoginOutcome> {
  const locked = await lockedForSeconds(email, nowSeconds);
  if (locked > 0) return { ok: false, lockedForSeconds: locked };
  const record = await getLogin(email);
  const valid = await verifyPassword(password, record?.passwordHash ?? DUMMY_HASH);
  if (!record || !valid) {
    await loginFailed(email, nowSeconds);
    return { ok: false };
  }
  const agent = await getAgent(record.agentId);
  if (!agent) return { ok: false };
  await loginSucceeded(email);
  const token = await issueToken({ role: 'agent', subject: agent.id, name: agent.name }, nowSeconds);
  return { ok: true, token, agent };
}

export interface NewAgent { name: string; email: string; password: string; role: AgentRole }

/** Creates the agent unless one with that email exists (so seeding is idempotent); returns whether it did. */
export async function ensureAgent(input: NewAgent): Promise<boolean> {
  if (await getLogin(input.email)) return false;
  const profile: AgentProfile = { id: randomUUID(), name: input.name, email: input.email.toLowerCase(), role: input.role, status: 'away' };
  return createAgent(profile, await hashPassword(input.password));
}

export { getAgent as agentProfile };
