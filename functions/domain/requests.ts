/** Requests (support tickets): from the offline form, or created by an agent from a chat. */
import { randomUUID } from 'node:crypto';
import type { OfflineRequestBody, RequestCreateFrame, RequestCreatedDetailV1, RequestView } from '../protocol';
import { DETAIL_TYPES } from '../protocol';
import { allocateEventSeq, getChat, listRequests, messagesAfter, nextRequestNumber, putMessage, putPersonRequest, putRequest } from '../store';
import { requireRole, type Caller } from './caller';
import { chatNotFound } from './errors';
import { publish } from './events';
import { deliver, reply } from './fanout';
import { eventMessage } from './views';

const LISTED = 100;
const TRANSCRIPT_MESSAGES = 500;
import { DEFAULT_CHANNEL } from '../protocol/channel-defaults';

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
  await publish({ detailType: DETAIL_TYPES.requestCreated, detail: createdDetail(request) }, now);
  return request;
}

/** "Create request" from a chat the agent handles: the transcript attached, the customer told its number. */
export async function createRequestFromChat(caller: Caller, frame: RequestCreateFrame, now: number): Promise<RequestView> {
  requireRole(caller, 'agent');
  const chat = await getChat(frame.chatId);
  if (!chat || chat.agentId !== caller.subject) throw chatNotFound();
  const messages = await messagesAfter(chat.chatId, 0);
  const request: RequestView = {
    requestId: randomUUID(),
    number: await nextRequestNumber(),
    source: 'chat',
    status: 'open',
    name: chat.customerName,
    email: chat.customerEmail,
    message: chat.question,
    channel: chat.channel,
    createdAt: now,
    title: frame.title,
    category: frame.category,
    priority: frame.priority ?? 'normal',
    chatId: chat.chatId,
    personId: chat.personId,
    transcript: messages.filter((m) => m.kind === 'text').slice(-TRANSCRIPT_MESSAGES).map((m) => ({ at: m.at, author: m.author.name, text: m.text })),
  };
  await putRequest(request);
  if (chat.personId) await putPersonRequest(chat.personId, request);
  const withSeq = await allocateEventSeq(chat.chatId, now, { event: 'request-created', text: `Request #${request.number} has been created for you`, at: now });
  if (withSeq) {
    const notice = eventMessage(withSeq);
    await putMessage(notice);
    await deliver([...(withSeq.conns ?? []), caller.connectionId], [{ type: 'message', message: notice }]);
  }
  // The agent hears of it even when the chat has ended and no event message could be added.
  await reply(caller.connectionId, { type: 'request.created', ref: frame.ref, chatId: chat.chatId, requestId: request.requestId, number: request.number });
  await publish({ detailType: DETAIL_TYPES.requestCreated, detail: createdDetail(request) }, now);
  return request;
}

function createdDetail(request: RequestView): RequestCreatedDetailV1 {
  return {
    version: 1, requestId: request.requestId, number: request.number, source: request.source, chatId: request.chatId,
    personId: request.personId, title: request.title ?? request.message.slice(0, 80), createdAt: request.createdAt,
    channel: request.channel,
  };
}

/** The newest requests, without their transcripts (those belong to a request's own view). */
export const recentRequests = async () => (await listRequests(LISTED)).map(({ transcript: _transcript, ...request }) => request);
