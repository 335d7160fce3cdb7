/** What the admin routes share: only a signed-in admin gets past, and domain refusals become 4xx answers. */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { AdminError } from '../../domain/agent-admin';
import { standingAgent } from '../../domain/agent-sessions';
import type { Actor } from '../../domain/audit';
import { verifyToken } from '../../domain/tokens';
import type { AdminRefusalBody } from '../../protocol/admin';
import { failure, json } from './http';

type Admitted = { ok: true; actor: Actor } | { ok: false; response: APIGatewayProxyStructuredResultV2 };

/** 401 without a standing session, 403 for anyone but an admin: an agent cannot reach these by crafting requests. */
export async function asAdmin(event: APIGatewayProxyEventV2, nowSeconds: number): Promise<Admitted> {
  const header = event.headers?.authorization ?? event.headers?.Authorization;
  const match = header?.match(/^Bearer ([A-Za-z0-9._-]+)$/);
  const claims = match ? await verifyToken(match[1], nowSeconds) : undefined;
  if (claims?.role !== 'agent') return { ok: false, response: failure(401, 'Please log in') };
  // One read answers both: is the session still standing (else 401, so the console signs out), and is this agent an admin.
  const admin = await standingAgent(claims);
  if (!admin) return { ok: false, response: failure(401, 'Please log in') };
  if (admin.role !== 'admin') return { ok: false, response: failure(403, 'Only admins may do this') };
  return { ok: true, actor: { id: admin.id, name: admin.name } };
}

/** Runs a domain call, mapping its named refusals to answers; anything else is a real failure and is rethrown. */
export async function refusalsAnswered(run: () => Promise<APIGatewayProxyStructuredResultV2>): Promise<APIGatewayProxyStructuredResultV2> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AdminError) return json(error.refusal === 'no-such-agent' ? 404 : 409, { error: error.message, refusal: error.refusal } satisfies AdminRefusalBody);
    throw error;
  }
}
