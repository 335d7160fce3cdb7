/** A chat's life: started by a customer, messages both ways, ended by either side. */
import type { ChatStartFrame, MessageSendFrame, MessageView } from '../protocol';
import {
  allocateMessageSeq, createQueuedChat, endChat as endStoredChat, getChat, keepConnectionChat, MAX_SEQ,
  messagesAfter, putMessage, recentSeqOf, type ChatItem,
} from '../store';
import { asSender, requireRole, type Caller } from './caller';
import { chatNotFound, RefusedError } from './errors';
import { deliver, reply } from './fanout';
import { broadcastQueue, leftQueue } from './queue';
import { followChat } from './sync';
import { chatView, customerNameOf, eventMessage, questionMessage } from './views';
import { chatEndedEvent, chatStartedEvent } from './chat-events';
import { DEFAULT_CHANNEL } from '../protocol/channel-defaults';
import { publish } from './events';
import { askBot, handToQueue } from './bot';
import { getChannel } from './channels';
import { originAllowedFor } from './channel-origins';
import { isOpen } from './opening-hours';
import { closedNow } from './availability';
import { requirePreChatFields } from './form-fields';
import { storeWithConfirmations } from './confirmations';
import { withdrawOfferOnEnd } from './transfers';
import { shortenStoredQuestion } from './question';
import { forgetOldMessageIds } from './message-ids';
import { FIRST_MESSAGE_SPEND, MESSAGE_BUCKET, messageSpendFor, tooFast } from './abuse-limits';


export async function startChat(caller: Caller, frame: ChatStartFrame, now: number): Promise<void> {
  requireRole(caller, 'customer');
  const channel = frame.channel ?? DEFAULT_CHANNEL;
  const settings = (await getChannel(channel))?.settings;
  // The page was checked at `$connect` against the channel the widget named; a chat may name another.
  if (!originAllowedFor(settings, caller.origin)) throw new RefusedError('forbidden', 'Chats on this channel cannot be started from this website');
  // The widget was opened while the channel was open; it closed since. A retried start of a chat
  // created before closing time is answered below, as any retried start.
  if (settings && !isOpen(settings.hours, now) && (await getChat(frame.chatId))?.visitorId !== caller.subject) throw closedNow();
  if (settings) requirePreChatFields(settings, frame);
  const bot = settings?.bot;
  const fields = {
    chatId: frame.chatId, channel, visitorId: caller.subject,
    customerName: frame.name, customerEmail: frame.email, question: frame.question, createdAt: now,
    language: frame.language, ...(frame.phone && { customerPhone: frame.phone }),
    // As the chat starts: a form switched off later still shows to those who were promised it.
    ...(settings && !settings.postChatForm.enabled && { postChatForm: false as const }),
    ...(settings && !settings.postChatForm.transcriptByEmail && { transcriptByEmail: false as const }),
  };
  const created = await createQueuedChat(fields, caller.connectionId, !!bot);
  if (!created) {
    // A retried start of the caller's own chat: answer as if it had just been created.
    const existing = await getChat(frame.chatId);
    if (!existing || existing.visitorId !== caller.subject) throw new RefusedError('conflict', 'That chat id is already in use');
    await followChat(caller, frame.chatId, 0, now);
    return;
  }
  // The chat as createQueuedChat wrote it, not read back; an agent claiming it meanwhile sends this
  // connection (one of the chat's) the claimed chat itself, as it did when the chat was read back.
  const chat: ChatItem = {
    ...fields, status: 'queued', lastSeq: fields.question ? 1 : 0, conns: new Set([caller.connectionId]), recent: {}, alerts: {}, read: {},
    ...(bot ? { bot: true } : { queuedAt: now }),
  };
  // Published before the question is stored: a sync that finds it missing (the writer stopped) stores it and publishes again.
  // The connection keeps the chat, for its `$disconnect` to tell the agent the customer left (customer-left.ts).
  await Promise.all([publish(chatStartedEvent(chat), now), keepConnectionChat(caller.connectionId, chat.chatId)]);
  // A channel that does not require the question may start a chat without one: its first message is then the customer's next.
  const question = chat.question ? questionMessage(chat) : undefined;
  if (question) await putMessage(question);
  const stored = question ? await shortenStoredQuestion(chat) : chat;
  await reply(caller.connectionId, { type: 'chat', chat: chatView(stored) }, ...(question ? [{ type: 'message' as const, message: question }] : []));
  if (bot) await askBot(stored, bot, now);
  else await broadcastQueue(now);
}

/** Stores the message before anyone sees it, then fans it out to every connection following the chat. */
export async function sendMessage(caller: Caller, frame: MessageSendFrame, now: number): Promise<void> {
  await postMessage(caller, frame, now, (chat, seq) => ({ ...authorOf(caller, chat, frame, seq, now), kind: 'text', text: frame.text }), { echo: false });
}

/** What identifies a message a participant posts: the chat, and the id the client chose for it. */
export interface PostedFrame { chatId: string; clientMessageId: string; ref?: string }

type Build = (chat: ChatItem, seq: number) => MessageView;

/**
 * Posts a participant's message of any kind: allocates its seq (once per clientMessageId) with a
 * token of the sender's side's rate-limit bucket, stores it, then delivers it. `build` makes the
 * message for the allocated seq; a resent frame is stored once.
 * Without `echo`, the sending connection gets no copy: its confirmation rides on a later frame
 * (see confirmations.ts); the frame delivered now confirms the other side's messages in turn.
 */
export async function postMessage(
  caller: Caller, frame: PostedFrame, now: number, build: Build, { echo = true } = {},
): Promise<void> {
  const allocated = await allocateMessageSeq(frame.chatId, asSender(caller), frame.clientMessageId, now, FIRST_MESSAGE_SPEND, MESSAGE_BUCKET);
  const chat = allocated ?? await explainRefusedMessage(caller, frame, now, build, true);
  if (!chat) return;
  const message = build(chat, chat.lastSeq);
  const delivery = await storeWithConfirmations(message, caller.role);
  const to = [...(chat.conns ?? [])].filter((id) => echo || id !== caller.connectionId);
  await deliver(echo ? [...to, caller.connectionId] : to, [delivery]);
  await forgetOldMessageIds(chat, now);
  // While the channel's bot has the chat, each customer message goes to the bot.
  if (chat.bot && caller.role === 'customer') await botFor(chat, now);
}

/** Who wrote a message, and its place in the chat. */
export function authorOf(caller: Caller, chat: ChatItem, frame: PostedFrame, seq: number, now: number) {
  // A visitor is anonymous until the pre-chat form; the chat holds the name they gave.
  const name = caller.role === 'customer' ? chat.customerName : caller.name;
  return { chatId: frame.chatId, seq, author: { role: caller.role, name }, clientMessageId: frame.clientMessageId, at: now };
}

/**
 * The conditional write failed: work out why, and finish a resent message whose first attempt stopped
 * half-way (then undefined). When only the side's bucket was not as the write assumed (a burst under
 * way), the allocation is tried `once` more in the form the bucket now needs; returns what it allocated.
 */
async function explainRefusedMessage(caller: Caller, frame: PostedFrame, now: number, build: Build, once: boolean): Promise<ChatItem | undefined> {
  const chat = await getChat(frame.chatId);
  const sender = asSender(caller);
  const isParticipant = chat && (sender.role === 'customer' ? chat.visitorId === sender.visitorId : chat.agentId === sender.agentId);
  // The agent who just handed the chat on (an accepted transfer, a take-over) is told so, not that there is no such chat.
  if (chat && !isParticipant && sender.role === 'agent' && chat.previousAgentId === sender.agentId && chat.agentName) {
    throw new RefusedError('forbidden', `The chat went to ${chat.agentName}; your message was not sent`);
  }
  if (!chat || !isParticipant) throw chatNotFound();
  const storedSeq = recentSeqOf(chat, frame.clientMessageId);
  if (storedSeq !== undefined) return finishResentMessage(caller, frame, chat, storedSeq, build);
  if (chat.status === 'ended') throw new RefusedError('chat-ended', 'This chat has ended');
  if (chat.status === 'queued' && caller.role === 'agent') throw new RefusedError('forbidden', 'Answer the chat before writing in it');
  if (chat.lastSeq >= MAX_SEQ) throw new RefusedError('conflict', 'This chat has reached its message limit; start a new chat');
  const spend = messageSpendFor(chat, caller.role, now);
  // The client keeps the message pending and sends it again a few seconds later.
  if (spend === 'empty') throw tooFast();
  if (!once) throw new RefusedError('conflict', 'The chat changed meanwhile; try again');
  const allocated = await allocateMessageSeq(frame.chatId, sender, frame.clientMessageId, now, spend, MESSAGE_BUCKET);
  return allocated ?? explainRefusedMessage(caller, frame, now, build, false);
}

async function finishResentMessage(caller: Caller, frame: PostedFrame, chat: ChatItem, seq: number, build: Build): Promise<undefined> {
  const [stored] = await messagesAfter(chat.chatId, seq - 1, 1);
  // Another message whose id has the same key (see client-id-key.ts): refused, never taken for it.
  if (stored?.seq === seq && stored.clientMessageId !== frame.clientMessageId) throw new RefusedError('conflict', 'Send this message again with a new clientMessageId');
  if (stored?.seq === seq) {
    // The stored message comes along: for a sender that never got an echo, this is its confirmation.
    await reply(caller.connectionId, { type: 'duplicate', ref: frame.ref, chatId: frame.chatId, clientMessageId: frame.clientMessageId, message: stored });
    return;
  }
  // The first attempt allocated the seq but never stored the message: store it now, so it is not lost.
  const message = build(chat, seq);
  await putMessage(message);
  await deliver([...(chat.conns ?? []), caller.connectionId], [{ type: 'message', message }]);
}

export async function endChat(caller: Caller, chatId: string, now: number): Promise<void> {
  // A visitor's token carries no name: the chat holds the one they gave.
  const byCustomer = caller.role === 'customer';
  const name = byCustomer ? customerNameOf(await getChat(chatId, { consistent: false })) : caller.name;
  const chat = await endStoredChat(chatId, asSender(caller), now, { event: 'ended', text: `${name} ended the chat`, at: now, ...(byCustomer && { byCustomer }) });
  if (!chat) {
    const existing = await getChat(chatId);
    const sender = asSender(caller);
    const isParticipant = existing && (sender.role === 'customer' ? existing.visitorId === sender.visitorId : existing.agentId === sender.agentId);
    if (!existing || !isParticipant) throw chatNotFound();
    // Already ended (by the other side, or a retried frame): show the caller where things stand.
    await reply(caller.connectionId, { type: 'chat', chat: chatView(existing) });
    return;
  }
  await announceEnd(chat, now, caller.connectionId);
}

/** What follows the write that ended `chat`: its event, its "ended" line stored and delivered, and the queue told if it waited. */
export async function announceEnd(chat: ChatItem, now: number, alsoTo?: string): Promise<void> {
  // The person's activity and any integration hang off this event; published before the "ended"
  // message is stored, so a sync that finds the message missing publishes it again (counted once).
  await publish(chatEndedEvent(chat), now);
  const delivery = await storeWithConfirmations(eventMessage(chat));
  // An offer still waiting is withdrawn just below: the ended chat is shown without it.
  const { transfer: _offer, ...ended } = chat;
  await deliver([...(chat.conns ?? []), ...(alsoTo ? [alsoTo] : [])], [{ type: 'chat', chat: chatView(ended) }, delivery]);
  await withdrawOfferOnEnd(chat, now);
  if (!chat.answeredAt) await leftQueue(chat, now);
}

async function botFor(chat: ChatItem, now: number): Promise<void> {
  const bot = (await getChannel(chat.channel))?.settings.bot;
  // The bot was switched off meanwhile: the chat goes to the queue as it would have.
  await (bot ? askBot(chat, bot, now) : handToQueue(chat.chatId, now));
}
