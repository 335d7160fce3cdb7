/** POST /api/login: email + password → a session token for the console; too many tries from one address or for one email are refused. */
import { LoginRequest, type LoginResponse } from '../protocol';
import { login } from '../domain/agents';
import { allowFromAddress } from '../domain/abuse-limits';
import { failure, json, parseBody, type HttpHandler } from './lib/http';
import { now } from '../adapters/clock';

export const handler: HttpHandler = async (event) => {
  const body = parseBody(event, LoginRequest);
  if (!body.ok) return body.response;
  if (!(await allowFromAddress('login', event.requestContext.http.sourceIp, now()))) {
    return failure(429, 'Too many login attempts from your network; try again in a minute');
  }
  const outcome = await login(body.value.email, body.value.password, Math.floor(now() / 1000));
  if (!outcome.ok && outcome.lockedForSeconds) {
    return failure(429, `Too many failed logins for this address; try again in ${Math.ceil(outcome.lockedForSeconds / 60)} minutes`);
  }
  if (!outcome.ok) return failure(401, 'Email or password is wrong');
  return json(200, { token: outcome.token, agent: outcome.agent } satisfies LoginResponse);
};
