/** POST /api/login: email + password → a session token for the console; too many tries from one address or for one email are refused. */
import { LoginRequest, type LoginResponse } from '../protocol';
import { login } from '../domain/agents';
import { allowFromAddress } from '../domain/abuse-limits';
import { failure, json, parseBody, type HttpHandler } from './lib/http';
import { now } from '../adapters/clock';

/** A 429 whose `Retry-After` lets the console say, in its own words, how long to wait. */
function retryLater(seconds: number, error: string) {
  const answer = failure(429, error);
  return { ...answer, headers: { ...answer.headers, 'retry-after': String(Math.ceil(seconds)) } };
}

export const handler: HttpHandler = async (event) => {
  const body = parseBody(event, LoginRequest);
  if (!body.ok) return body.response;
  const source = event.requestContext.http.sourceIp || 'unknown';
  if (!(await allowFromAddress('login', source, now()))) {
    return retryLater(60, 'Too many login attempts from your network; try again in a minute');
  }
  const outcome = await login(body.value.email, body.value.password, source, Math.floor(now() / 1000));
  if (!outcome.ok && outcome.lockedForSeconds) {
    return retryLater(outcome.lockedForSeconds, `Too many failed logins for this address; try again in ${Math.ceil(outcome.lockedForSeconds / 60)} minutes`);
  }
  if (!outcome.ok) return failure(401, 'Email or password is wrong');
  return json(200, { token: outcome.token, agent: outcome.agent } satisfies LoginResponse);
};
