/** A second channel for tests of who serves what: Sales is Anna's alone; the default channel lists no agents, so every agent serves it. */
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import type { AgentsResponse } from '../../functions/protocol';
import { ANNA } from './runtime';
import { ADMIN } from './admin';
import { api, loginAgent } from './clients';

export async function saveSalesForAnna(baseUrl: string): Promise<void> {
  const adminToken = (await loginAgent(baseUrl, ADMIN.email, ADMIN.password)).token;
  const { body } = await api<AgentsResponse>(baseUrl, '/api/admin/agents', { method: 'GET', token: adminToken });
  const anna = body.agents.find((a) => a.email === ANNA.email)!.id;
  const sales = {
    ...defaultChannelSettings('sales'),
    name: 'Sales',
    agents: [{ agentId: anna, canRespond: true, notifications: true, canListenIn: false, manager: false }],
  };
  const saved = await api(baseUrl, '/api/channels', { token: adminToken, body: { settings: sales, version: 0 } });
  if (saved.status !== 200) throw new Error(`saving the Sales channel answered ${saved.status}`);
}
