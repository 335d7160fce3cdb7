/** Requests (support tickets). For now the offline form creates them; agents list them. */
import { randomUUID } from 'node:crypto';
import type { OfflineRequestBody, RequestView } from '../protocol';
import { listRequests, nextRequestNumber, putRequest } from '../store';
import { DEFAULT_CHANNEL } from './chat';

const LISTED = 100;

export async function createOfflineRequest(body: OfflineRequestBody, now: number): Promise<RequestView> {
  const request: RequestView = {
    requestId: randomUUID(),
    number: await nextRequestNumber(),
    source: 'offline-form',
    status: 'open',
    name: body.name,
    email: body.email,
    message: body.message,
    channel: body.channel ?? DEFAULT_CHANNEL,
    createdAt: now,
  };
  await putRequest(request);
  return request;
}

export const recentRequests = () => listRequests(LISTED);
