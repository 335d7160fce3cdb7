/** Calls to the admin routes as a signed-in agent, for the admin tests. */
import type { AgentAdminView, AgentChangeResponse, AgentsResponse, AuditResponse, ChannelSettings, ChannelsResponse } from '../../functions/protocol';
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

/** The admin switches the default channel's opening hours on with no day open: closed from now on. */
export async function closeDefaultChannel(base: string): Promise<void> {
  const { token } = await loginAgent(base, ADMIN.email, ADMIN.password);
  const [stored] = (await api<ChannelsResponse>(base, '/api/channels', { method: 'GET', token })).body.channels;
  const hours = { ...stored.settings.hours, enabled: true, days: {} };
  const saved = await api(base, '/api/channels', { token, body: { settings: { ...stored.settings, hours }, version: stored.version } });
  if (saved.status !== 200) throw new Error(`closing the default channel answered ${saved.status}`);
}

/**
 * The admin saves the default channel as `change` makes it from the stored settings; `idOf` gives an
 * agent's id by email, for the channel's agent list.
 */
export async function changeDefaultChannel(base: string, change: (settings: ChannelSettings, idOf: (email: string) => string) => ChannelSettings): Promise<void> {
  const { token } = await loginAgent(base, ADMIN.email, ADMIN.password);
  const { body } = await api<AgentsResponse>(base, '/api/admin/agents', { method: 'GET', token });
  const idOf = (email: string) => body.agents.find((a) => a.email === email)!.id;
  const [stored] = (await api<ChannelsResponse>(base, '/api/channels', { method: 'GET', token })).body.channels;
  const saved = await api(base, '/api/channels', { token, body: { settings: change(stored.settings, idOf), version: stored.version } });
  if (saved.status !== 200) throw new Error(`saving the default channel answered ${saved.status}`);
}
