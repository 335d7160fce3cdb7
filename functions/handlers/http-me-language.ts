/** POST /api/me/language: the signed-in agent's console language, remembered on their profile; answers the profile. */
import { AgentLanguageBody } from '../protocol';
import { agentProfile, rememberLanguage } from '../domain/agents';
import { bearer, failure, json, parseBody, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const claims = await bearer(event, Math.floor(Date.now() / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  const body = parseBody(event, AgentLanguageBody);
  if (!body.ok) return body.response;
  if (!(await rememberLanguage(claims.subject, body.value.language))) return failure(401, 'Please log in');
  return json(200, await agentProfile(claims.subject));
};
