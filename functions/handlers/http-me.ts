/** GET /api/me: the signed-in agent's profile, or 401 so the console asks to log in again. */
import { agentProfile } from '../domain/agents';
import { bearer, failure, json, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const claims = await bearer(event, Math.floor(Date.now() / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  const agent = await agentProfile(claims.subject);
  return agent ? json(200, agent) : failure(401, 'Please log in');
};
