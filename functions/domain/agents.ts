/** Agents: logging in and being created. */
import { randomUUID } from 'node:crypto';
import type { AgentProfile, AgentRole } from '../protocol';
import { addToDirectory, createAgent, getAgent, getAgentRecord, getLogin, setAgentLanguage } from '../store';
import type { Lang } from '../protocol/browser/language';
import { isActive } from './agent-sessions';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords';
import { issueToken } from './tokens';
import { lockedForSeconds, loginFailed, loginFailuresCleared } from './abuse-limits';

export type LoginOutcome = { ok: true; token: string; agent: AgentProfile } | { ok: false; lockedForSeconds?: number };

/**
 * Checks the password unless the email address is locked for `source` (the caller's network address);
 * failures count towards a lockout whether the email address is known or not.
 */
export async function login(email: string, password: string, source: string, nowSeconds: number): Promise<LoginOutcome> {
  const locked = await lockedForSeconds(email, source, nowSeconds);
  if (locked > 0) return { ok: false, lockedForSeconds: locked };
  const record = await getLogin(email);
  const valid = await verifyPassword(password, record?.passwordHash ?? DUMMY_HASH);
  if (!record || !valid) {
    await loginFailed(email, source, nowSeconds);
    return { ok: false };
  }
  const full = await getAgentRecord(record.agentId);
  // A deactivated agent is refused with the same answer as a wrong password.
  if (!full || !isActive(full)) return { ok: false };
  await loginFailuresCleared(email);
  const agent: AgentProfile = { id: full.id, name: full.name, email: full.email, role: full.role, status: full.status, ...(full.language && { language: full.language }) };
  const token = await issueToken({ role: 'agent', subject: agent.id, name: agent.name, version: full.tokenVersion }, nowSeconds);
  return { ok: true, token, agent };
}

export interface NewAgent { name: string; email: string; password: string; role: AgentRole }

/** Creates the agent unless one with that email exists (so seeding is idempotent); returns whether it did. */
export async function ensureAgent(input: NewAgent): Promise<boolean> {
  const existing = await getLogin(input.email);
  // Agents seeded before the directory existed are listed from their next start on.
  if (existing) return (await addToDirectory(existing.agentId), false);
  const profile: AgentProfile = { id: randomUUID(), name: input.name, email: input.email.toLowerCase(), role: input.role, status: 'away' };
  const created = await createAgent(profile, await hashPassword(input.password));
  if (created) await addToDirectory(profile.id);
  return created;
}

export { getAgent as agentProfile };

/** Remembers the console language the agent chose, so a browser where they never chose one speaks it; false for an unknown agent. */
export const rememberLanguage = (agentId: string, language: Lang): Promise<boolean> => setAgentLanguage(agentId, language);
