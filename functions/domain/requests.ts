/** Requests (support tickets): from the offline form, or created by an agent from a chat. */
import type { OfflineRequestBody, RequestCreateFrame, RequestCreatedDetailV1, RequestView } from '../protocol';
import { DETAIL_TYPES } from '../protocol';
import {
  allocateEventSeq, getChat, getPerson, listRequests, messagesAfter, noteChatRequest, personIdsWithEmail, putPersonRequest, putWaitingRequest,
  removePersonRequest, removeWaitingRequest, setRequestPerson, waitingRequestNumbers,
} from '../store';
import { storeWithConfirmations } from './confirmations';
import { requireRole, type Caller } from './caller';
import { chatNotFound, RefusedError } from './errors';
import { getChannel } from './channels';
import { requireOfflineFields } from './form-fields';
import { storeRequestOnce } from './request-once';
import { publish } from './events';
import { deliver, reply, tellEveryConsole } from './fanout';
import { eventMessage } from './views';

const LISTED = 100;
const TRANSCRIPT_MESSAGES = 500;
import { DEFAULT_CHANNEL } from '../protocol/channel-defaults';

/**
 * The offline form, as its channel configures it: the fields it requires, the category and priority of
 * the request it makes — or no request at all, when the channel's offline form only shows its text.
 */
export async function createOfflineRequest(visitorId: string, body: OfflineRequestBody, now: number): Promise<RequestView> {
  const channel = body.channel ?? DEFAULT_CHANNEL;
  // A snippet naming a channel that is not (or no longer) there is the default channel's, as its chats are:
  // a customer's message is not lost to a typo in the site's snippet.
  const settings = ((await getChannel(channel)) ?? (await getChannel(DEFAULT_CHANNEL)))!.settings;
  if (!settings.offlineForm.createsRequest) throw new RefusedError('forbidden', "This channel's offline form does not take requests");
  requireOfflineFields(settings, body);
  const { request, created } = await storeRequestOnce(visitorId, body.clientRequestId, ({ number, requestId }) => ({
    requestId,
    number,
    source: 'offline-form',
    status: 'open',
    name: body.name,
    email: body.email,
    message: body.message,
    channel,
    createdAt: now,
    ...(settings.offlineForm.category && { category: settings.offlineForm.category }),
    priority: settings.offlineForm.priority,
  }), now);
  // Filed again on a retry too: the first attempt may have stopped before it was.
  const filed = (request.email && (await fileUnderAddress(request, request.email.toLowerCase()))) || request;
  if (created) await Promise.all([publish({ detailType: DETAIL_TYPES.requestCreated, detail: createdDetail(filed) }, now), tellConsolesRequestsChanged(now)]);
  return filed;
}

/**
 * An offline-form request goes on the card of the contact with its email address (case ignored), as
 * a CRM files a customer's mail; with several, the first saved (the others are duplicates of it).
 * With none yet it waits under the address, and the contact saved with it later takes it
 * (`fileWaitingRequests`). Returns the request as filed, or undefined while it waits.
 */
async function fileUnderAddress(request: RequestView, email: string): Promise<RequestView | undefined> {
  const owner = await firstContactWith(email);
  if (owner) return fileUnder(owner, request.number);
  await putWaitingRequest(email, request.number);
  // A contact saved meanwhile wrote its address's row before it read the waiting requests: asked
  // again after this one waits, one of the two sees the other (both reads are strongly consistent).
  const late = await firstContactWith(email);
  if (!late) return undefined;
  const filed = await fileUnder(late, request.number);
  await removeWaitingRequest(email, request.number);
  return filed;
}

/** A contact just saved with an email address takes the requests that waited for it. */
export async function fileWaitingRequests(personId: string, email: string): Promise<void> {
  await Promise.all((await waitingRequestNumbers(email)).map(async (number) => {
    await fileUnder(personId, number);
    await removeWaitingRequest(email, number);
  }));
}

/** Names the person on the request and lists it on their card, unless another contact got it first. */
async function fileUnder(personId: string, number: number): Promise<RequestView | undefined> {
  const request = await setRequestPerson(number, personId, { unlinkedOnly: true });
  if (request) await putPersonRequest(personId, request);
  return request;
}

/** The id of the earliest saved contact with exactly this (lowercase) email address. */
async function firstContactWith(email: string): Promise<string | undefined> {
  const people = (await Promise.all((await personIdsWithEmail(email)).map(getPerson))).filter((p) => p?.email?.toLowerCase() === email);
  return people.sort((a, b) => a!.createdAt - b!.createdAt || a!.personId.localeCompare(b!.personId))[0]?.personId;
}

/** "Create request" from a chat the agent handles: the transcript attached, the customer told its number. */
export async function createRequestFromChat(caller: Caller, frame: RequestCreateFrame, now: number): Promise<RequestView> {
  requireRole(caller, 'agent');
  const chat = await getChat(frame.chatId);
  if (!chat || chat.agentId !== caller.subject) throw chatNotFound();
  const messages = await messagesAfter(chat.chatId, 0);
  // A long question is whole only in message 1 (see question.ts), read here anyway.
  const question = (chat.questionCut && messages.find((m) => m.seq === 1)?.text) || chat.question;
  const { request, created } = await storeRequestOnce(caller.subject, frame.clientRequestId, ({ number, requestId }) => ({
    requestId,
    number,
    source: 'chat',
    status: 'open',
    name: chat.customerName,
    email: chat.customerEmail,
    message: question,
    channel: chat.channel,
    createdAt: now,
    title: frame.title,
    category: frame.category,
    priority: frame.priority ?? 'normal',
    chatId: chat.chatId,
    personId: chat.personId,
    transcript: messages.filter((m) => m.kind === 'text').slice(-TRANSCRIPT_MESSAGES).map((m) => ({ at: m.at, author: m.author.name, text: m.text })),
  }), now);
  if (request.chatId !== chat.chatId) throw new RefusedError('conflict', 'That request id was already used for another chat');
  // Noted on the chat item, which the link writes too: whichever of the two comes second files the request under the person.
  const personId = (await noteChatRequest(chat.chatId, request.number))?.personId ?? chat.personId;
  if (personId && personId === request.personId) await putPersonRequest(personId, request);
  else if (personId) await fileRequestsUnder(personId, [request.number]);
  // A retried create is answered with the request it made; the customer was already told its number.
  const withSeq = created ? await allocateEventSeq(chat.chatId, now, { event: 'request-created', text: `Request #${request.number} has been created for you`, at: now }) : undefined;
  if (withSeq) {
    await deliver([...(withSeq.conns ?? []), caller.connectionId], [await storeWithConfirmations(eventMessage(withSeq), 'customer')]);
  }
  // The agent hears of it even when the chat has ended and no event message could be added.
  await reply(caller.connectionId, { type: 'request.created', ref: frame.ref, chatId: chat.chatId, requestId: request.requestId, number: request.number });
  if (created) await Promise.all([publish({ detailType: DETAIL_TYPES.requestCreated, detail: createdDetail(request) }, now), tellConsolesRequestsChanged(now)]);
  return request;
}

/** Requests made from a chat follow the person it is linked to: named on the request and listed on the person (no longer on `previousPersonId`). */
export async function fileRequestsUnder(personId: string, requestNumbers: Iterable<number>, previousPersonId?: string): Promise<void> {
  await Promise.all([...requestNumbers].map(async (number) => {
    const request = await setRequestPerson(number, personId);
    if (request) await putPersonRequest(personId, request);
    if (previousPersonId && previousPersonId !== personId) await removePersonRequest(previousPersonId, number);
  }));
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

/** Every live console hears of a new request, so the Dashboard's list shows it at once (requests are few: one post per console each). */
const tellConsolesRequestsChanged = (now: number) => tellEveryConsole({ type: 'requests.changed' }, now);
