/** POST /api/login: email + password → a session token for the console. */
import { LoginRequest, type LoginResponse } from '../protocol';
import { login } from '../domain/agents';
import { failure, json, parseBody, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const body = parseBody(event, LoginRequest);
  if (!body.ok) return body.response;
  const outcome = await login(body.value.email, body.value.password, Math.floor(Date.now() / 1000));
  if (!outcome.ok) return failure(401, 'Email or password is wrong');
  return json(200, { token: outcome.token, agent: outcome.agent } satisfies LoginResponse);
};
