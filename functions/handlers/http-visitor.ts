/** POST /api/visitors: a new anonymous customer identity, kept by the widget. */
import { randomUUID } from 'node:crypto';
import type { VisitorResponse } from '../protocol';
import { issueToken } from '../domain/tokens';
import { json, type HttpHandler } from './lib/http';

export const handler: HttpHandler = async () => {
  const visitorId = randomUUID();
  const token = await issueToken({ role: 'customer', subject: visitorId, name: 'Customer' }, Math.floor(Date.now() / 1000));
  return json(200, { token, visitorId } satisfies VisitorResponse);
};
