/** Calls to the admin routes as a signed-in agent, for the admin tests. */
import type { AgentAdminView, AgentChangeResponse, AgentsResponse, AuditResponse } from '../../functions/protocol';
import { api, loginAgent } from './clients';

export const ADMIN = { email: 'admin@parley.test', password: 'parley-admin', name: 'Carla Admin' };

export function adminApi(base: string, token: string) {
  return {
    list: () => api<AgentsResponse>(base, '/api/admin/agents', { method: 'GET', token }),
    create: (body: unknown) => api<AgentChangeResponse>(base, '/api/admin/agents', { body, token }),
    change: (agentId: string, body: unknown) => api<AgentChangeResponse>(base, `/api/admin/agents/${agentId}`, { body, token }),
    audit: (query = '') => api<AuditResponse>(base, `/api/admin/audit${query}`, { method: 'GET', token }),
  };
}

export async function asAdmin(base: string) {
  return adminApi(base, (await loginAgent(base, ADMIN.email, ADMIN.password)).token);
}

export async function agentByEmail(base: string, email: string): Promise<AgentAdminView> {
  const { body } = await (await asAdmin(base)).list();
  const agent = body.agents.find((a) => a.email === email);
  if (!agent) throw new Error(`no agent ${email}`);
  return agent;
}
