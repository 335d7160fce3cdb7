/** POST /api/contacts: a new person (and company), e.g. from a chat's details. */
import { ContactCreateBody, type ContactCreateResponse } from '../protocol';
import { createContact } from '../domain/contacts';
import { bearer, failure, json, parseBody, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async (event) => {
  const now = Date.now();
  const claims = await bearer(event, Math.floor(now / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  const body = parseBody(event, ContactCreateBody);
  if (!body.ok) return body.response;
  return json(201, (await createContact(body.value, now)) satisfies ContactCreateResponse);
};
