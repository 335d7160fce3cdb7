/** POST /api/admin/agents/{agentId}: change role, reset password, deactivate or reactivate; admins only. */
import { AgentChangeBody, type AgentChangeResponse } from '../protocol';
import { changeAgent } from '../domain/agent-admin';
import { asAdmin, refusalsAnswered } from './lib/admin';
import { failure, json, parseBody, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const now = Date.now();
  const admin = await asAdmin(event, Math.floor(now / 1000));
  if (!admin.ok) return admin.response;
  const agentId = event.pathParameters?.agentId ?? '';
  if (!/^[0-9a-f-]{36}$/.test(agentId)) return failure(404, 'No such agent');
  const body = parseBody(event, AgentChangeBody);
  if (!body.ok) return body.response;
  return refusalsAnswered(async () => json(200, (await changeAgent(admin.actor, agentId, body.value, now)) satisfies AgentChangeResponse));
};
