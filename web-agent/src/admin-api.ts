/** The admin area's HTTP calls, and setting a password from a one-time link. */
import { ADMIN_PATHS } from '../../functions/protocol/admin-constants';
import type { AdminRefusalBody, AgentChangeBody, AgentChangeResponse, AgentCreateBody, AgentsResponse, AuditResponse, InviteAcceptResponse } from '../../functions/protocol/admin';
import type { ClientConfig, HttpError } from '../../functions/protocol/http';
import { ta } from './admin-strings';

/** A refusal (a taken email, the last admin…): in the console's words where it knows the refusal, else the server's reason. */
export class AdminApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

async function call<T>(config: ClientConfig, path: string, token?: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(config.apiBase + path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new AdminApiError(ta.unreachable, 0);
  }
  if (res.ok) return res.json() as Promise<T>;
  const refused = (await res.json().catch(() => ({}))) as Partial<AdminRefusalBody & HttpError>;
  const known = refused.refusal && Object.hasOwn(ta.refusals, refused.refusal) ? ta.refusals[refused.refusal] : undefined;
  throw new AdminApiError(known ?? refused.error ?? ta.failed(res.status), res.status);
}

export type AdminApi = ReturnType<typeof adminApi>;

export function adminApi(config: ClientConfig, token: string) {
  return {
    agents: () => call<AgentsResponse>(config, ADMIN_PATHS.agents, token),
    create: (body: AgentCreateBody) => call<AgentChangeResponse>(config, ADMIN_PATHS.agents, token, body),
    change: (agentId: string, body: AgentChangeBody) => call<AgentChangeResponse>(config, ADMIN_PATHS.agent(agentId), token, body),
    audit: (cursor?: string) => call<AuditResponse>(config, `${ADMIN_PATHS.audit}${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`, token),
  };
}

export const acceptInvite = (config: ClientConfig, token: string, password: string) =>
  call<InviteAcceptResponse>(config, ADMIN_PATHS.invites, undefined, { token, password });
