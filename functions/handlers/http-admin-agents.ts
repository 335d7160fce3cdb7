/** GET /api/admin/agents: every agent with role and whether active; admins only. */
import type { AgentsResponse } from '../protocol';
import { listAgents } from '../domain/agent-admin';
import { asAdmin } from './lib/admin';
import { json, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const admin = await asAdmin(event, Math.floor(Date.now() / 1000));
  if (!admin.ok) return admin.response;
  return json(200, { agents: await listAgents(Date.now()) } satisfies AgentsResponse);
};
