/** POST /api/contacts/{personId}: a contact's details corrected from the side panel. */
import { ContactUpdateBody, type ContactUpdateResponse } from '../protocol';
import { updateContact } from '../domain/contacts';
import { bearer, failure, json, parseBody, type HttpHandler } from './lib/http';
import { answerRefusals, personIdOf } from './lib/refusals';

export const handler: HttpHandler = async (event) => {
  const now = Date.now();
  const claims = await bearer(event, Math.floor(now / 1000));
  if (claims?.role !== 'agent') return failure(401, 'Please log in');
  const personId = personIdOf(event.pathParameters?.personId);
  if (!personId) return failure(404, 'No such contact');
  const body = parseBody(event, ContactUpdateBody);
  if (!body.ok) return body.response;
  return answerRefusals(async () => json(200, (await updateContact(personId, body.value, now)) satisfies ContactUpdateResponse));
};
