/** POST /api/invites: the agent sets their password with a one-time link an admin gave them. */
import { InviteAcceptBody, type AdminRefusalBody, type InviteAcceptResponse } from '../protocol';
import { acceptInvite, InviteInvalidError } from '../domain/invites';
import { json, parseBody, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const body = parseBody(event, InviteAcceptBody);
  if (!body.ok) return body.response;
  try {
    return json(200, (await acceptInvite(body.value.token, body.value.password, Date.now())) satisfies InviteAcceptResponse);
  } catch (error) {
    if (error instanceof InviteInvalidError) return json(410, { error: error.message, refusal: 'link-invalid' } satisfies AdminRefusalBody);
    throw error;
  }
};
