/** POST /api/admin/agents: a new agent with a password, or with a one-time set-password link; admins only. */
import { AgentCreateBody, type AgentChangeResponse } from '../protocol';
import { createAgent } from '../domain/agent-admin';
import { asAdmin, refusalsAnswered } from './lib/admin';
import { json, parseBody, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const now = Date.now();
  const admin = await asAdmin(event, Math.floor(now / 1000));
  if (!admin.ok) return admin.response;
  const body = parseBody(event, AgentCreateBody);
  if (!body.ok) return body.response;
  return refusalsAnswered(async () => json(201, (await createAgent(admin.actor, body.value, now)) satisfies AgentChangeResponse));
};
