/**
 * Transfer and take-over. A transfer waits for the receiver (Accept / Reject), the sender can
 * Cancel it, and it times out; managers hand over or take over without an accept step.
 * The chat has one owner at every moment: each step is one conditional write on the chat.
 */
import type { ChatTransferFrame, ChatTransferredDetailV1, ServerFrame } from '../protocol';
import { channelDirectory, permissionsOf } from './channels';
import { DETAIL_TYPES } from '../protocol';
import {
  assignChat, endTransfer, followOffer, getAgent, getChat, messagesAfter, offerTransfer, pendingTransfers, removeChatConnections, transfersOfferedTo,
  type ChatEventRecord, type ChatItem, type TransferEnd,
} from '../store';
import { confirmationsBefore, storeWithConfirmations } from './confirmations';
import { connectionsOf, onlineAgents } from './agents-online';
import { requireRole, type Caller } from './caller';
import { chatNotFound, RefusedError } from './errors';
import { publish } from './events';
import { deliver, reply } from './fanout';
import { chatView, eventMessage } from './views';

/** A transfer nobody answers is withdrawn after this long; the sender keeps the chat. */
export const TRANSFER_TIMEOUT_MS = 120_000;

/** A manager or admin, or an agent the chat's channel makes its manager. */
async function requireManager(caller: Caller, chat: ChatItem | undefined): Promise<void> {
  const profile = await getAgent(caller.subject);
  if (profile?.role === 'manager' || profile?.role === 'admin') return;
  if (chat && permissionsOf((await channelDirectory())(chat.channel), caller.subject)?.manager) return;
  throw new RefusedError('forbidden', 'Only managers may do this');
}

export async function transfer(caller: Caller, frame: ChatTransferFrame, now: number): Promise<void> {
  requireRole(caller, 'agent');
  const current = await getChat(frame.chatId);
  if (frame.direct) await requireManager(caller, current);
  const online = await onlineAgents(now);
  const target = online.live.find((c) => c.agentId === frame.toAgentId && c.status === 'present');
  if (!target || frame.toAgentId === caller.subject) throw new RefusedError('conflict', 'That agent is not available for a transfer');
  const to = { id: target.agentId, name: target.name };
  // Only agents who can respond on the chat's channel are offered; a crafted frame gets the same answer.
  if (current && !permissionsOf((await channelDirectory())(current.channel), to.id)?.canRespond) {
    throw new RefusedError('conflict', 'That agent is not available for a transfer');
  }
  const toConnections = connectionsOf(online, to.id);
  if (frame.direct) {
    // The line names who pressed the button: the manager, not the agent whose chat it was.
    const chat = await assignChat(frame.chatId, to, toConnections, now, transferredTo(caller.name, to.name, now));
    if (!chat) throw chatNotFound();
    await handedOver(chat, 'direct', now);
    return offerOverruled(current, chat, now);
  }
  // The receiver follows the chat while deciding, so what the customer writes meanwhile reaches them too.
  const receiverConns = toConnections.filter((id) => !current?.conns?.has(id));
  const chat = await offerTransfer(frame.chatId, { from: { id: caller.subject, name: caller.name }, to, requestedAt: now }, receiverConns);
  if (!chat) {
    const existing = await getChat(frame.chatId);
    if (!existing || existing.agentId !== caller.subject) throw chatNotFound();
    throw new RefusedError('conflict', existing.transfer ? 'A transfer of this chat is already waiting' : 'Only an ongoing chat can be transferred');
  }
  // The receiver sees the whole conversation to decide, and what comes while they do.
  // The sender's offer confirms what they sent just before it, as their next message's delivery would.
  const [history, confirms] = await Promise.all([messagesAfter(chat.chatId, 0), confirmationsBefore(chat.chatId, chat.lastSeq + 1, 'customer')]);
  await Promise.all([
    deliver(connectionsOf(online, caller.subject).concat(caller.connectionId), [{ type: 'chat', chat: chatView(chat), ...(confirms.length ? { confirms } : {}) }]),
    deliver(toConnections, [{ type: 'chat', chat: chatView(chat) }, ...history.map((message) => ({ type: 'message' as const, message }))]),
  ]);
}

/**
 * Shows a (re)connected console the offers still waiting for its agent, as the offer did: the chat
 * and its conversation, after what the console already holds. Returns the chats shown.
 */
export async function showWaitingOffers(caller: Caller, cursors: Record<string, number>): Promise<string[]> {
  const shown: string[] = [];
  for (const chatId of await transfersOfferedTo(caller.subject)) {
    const chat = await followOffer(chatId, caller.subject, caller.connectionId);
    if (!chat) continue;
    const history = await messagesAfter(chatId, cursors[chatId] ?? 0);
    await reply(caller.connectionId, { type: 'chat', chat: chatView(chat) }, ...history.map((message) => ({ type: 'message' as const, message })));
    shown.push(chatId);
  }
  return shown;
}

/** `loggingOut`: the receiver declines because they log out; the sender is told they are no longer available. */
export async function answerTransfer(
  caller: Caller, action: 'transfer.accept' | 'transfer.reject' | 'transfer.cancel', chatId: string, now: number, loggingOut?: boolean,
): Promise<void> {
  requireRole(caller, 'agent');
  if (action === 'transfer.accept') {
    const online = await onlineAgents(now);
    const connections = [...new Set([caller.connectionId, ...connectionsOf(online, caller.subject)])];
    const offered = await getChat(chatId);
    const from = offered?.transfer?.from.name;
    const chat = await assignChat(chatId, { id: caller.subject, name: caller.name }, connections, now, transferredTo(from, caller.name, now), caller.subject);
    if (!chat) throw new RefusedError('conflict', 'This transfer is no longer waiting');
    return handedOver(chat, 'accepted', now);
  }
  const end: TransferEnd = { by: action === 'transfer.reject' ? 'receiver' : 'sender', agentId: caller.subject };
  const before = await endTransfer(chatId, end);
  if (!before) throw new RefusedError('conflict', 'This transfer is no longer waiting');
  await transferWithdrawn(before, action === 'transfer.cancel' ? 'cancelled' : loggingOut ? 'unavailable' : 'rejected', now);
}

/** A manager takes over an ongoing chat at once. */
export async function takeOver(caller: Caller, chatId: string, now: number): Promise<void> {
  requireRole(caller, 'agent');
  const current = await getChat(chatId);
  await requireManager(caller, current);
  const online = await onlineAgents(now);
  const chat = await assignChat(chatId, { id: caller.subject, name: caller.name }, [...new Set([caller.connectionId, ...connectionsOf(online, caller.subject)])], now, tookOver(caller.name, now));
  if (!chat) throw new RefusedError('conflict', 'Only an ongoing chat of another agent can be taken over');
  await handedOver(chat, 'direct', now);
  await offerOverruled(current, chat, now);
}

/**
 * A manager handed the chat on while an offer of it waited (the hand-over removed the offer): its
 * receiver, unless they are the new owner, is told it was withdrawn, as when its sender cancels.
 * Read before the hand-over: an offer made between that read and the hand-over goes unannounced
 * until its receiver's console reconnects, which finds no offer waiting.
 */
async function offerOverruled(before: ChatItem | undefined, after: ChatItem, now: number): Promise<void> {
  const receiver = before?.transfer?.to.id;
  if (!receiver || receiver === after.agentId) return;
  await stopFollowingOffer(before!);
  const online = await onlineAgents(now);
  await deliver(connectionsOf(online, receiver), [{ type: 'chat', chat: chatView(after) }, { type: 'transfer.ended', chatId: after.chatId, outcome: 'cancelled' }]);
}

/**
 * The chat ended while an offer waited: the offer goes, and its receiver's console drops it. The
 * sender owns the chat, so the end itself tells them. If this never runs, the time-out withdraws it.
 */
export async function withdrawOfferOnEnd(ended: ChatItem, now: number): Promise<void> {
  const offer = ended.transfer;
  if (!offer) return;
  const before = await endTransfer(ended.chatId, { by: 'chat-end', requestedAt: offer.requestedAt });
  if (before) await transferWithdrawn(before, 'ended', now);
}

/** The receiver was deactivated: offers waiting for them go back to their senders at once, not at the time-out. */
export async function withdrawOffersTo(agentId: string, now: number): Promise<void> {
  for (const chatId of await transfersOfferedTo(agentId)) {
    const before = await endTransfer(chatId, { by: 'receiver', agentId });
    if (before) await transferWithdrawn(before, 'unavailable', now);
  }
}

/** Transfers nobody answered in time go back to their sender (the sweeper calls this). */
export async function timeOutTransfers(now: number): Promise<number> {
  let timedOut = 0;
  for (const pending of await pendingTransfers()) {
    if (now - pending.requestedAt < TRANSFER_TIMEOUT_MS) continue;
    const before = await endTransfer(pending.chatId, { by: 'timeout', requestedAt: pending.requestedAt });
    if (!before) continue;
    timedOut++;
    await transferWithdrawn(before, 'timed-out', now);
  }
  return timedOut;
}

/** A manager took the chat over. */
const tookOver = (name: string, at: number): ChatEventRecord => ({ event: 'transferred', text: `${name} took over the chat`, at });
/** The chat was handed on: accepted by its receiver, or handed over by a manager. */
const transferredTo = (from: string | undefined, to: string, at: number): ChatEventRecord =>
  ({ event: 'transferred', text: from ? `${from} transferred the chat to ${to}` : `${to} joined the chat`, at });

/** The new owner is in: the customer sees who they talk to now, the new owner gets the history, the old one listens. */
async function handedOver(chat: ChatItem, how: 'accepted' | 'direct', now: number): Promise<void> {
  // The agent who handed over may have written just before: this confirms it, as their next message would.
  // So may the customer: their confirmations ride along too, or the widget would show what they sent
  // just before as still on its way, below the line, until its resend.
  const stored = await storeWithConfirmations(eventMessage(chat), 'customer');
  const customers = await confirmationsBefore(chat.chatId, stored.message.seq, 'agent');
  const joined = customers.length ? { ...stored, confirms: [...(stored.confirms ?? []), ...customers] } : stored;
  const online = await onlineAgents(now);
  const newOwner = connectionsOf(online, chat.agentId!);
  const history = await messagesAfter(chat.chatId, 0);
  const others = [...(chat.conns ?? [])].filter((id) => !newOwner.includes(id));
  const previous = chat.previousAgentId ? connectionsOf(online, chat.previousAgentId) : [];
  await Promise.all([
    deliver(others, [{ type: 'chat', chat: chatView(chat) }, joined]),
    deliver(newOwner, [{ type: 'chat', chat: chatView(chat) }, ...history.map((message) => ({ type: 'message' as const, message }))]),
    how === 'accepted' ? deliver(previous, [{ type: 'transfer.ended', chatId: chat.chatId, outcome: 'accepted' }]) : undefined,
  ]);
  const detail: ChatTransferredDetailV1 = {
    version: 1, chatId: chat.chatId, channel: chat.channel, how, at: now,
    from: { id: chat.previousAgentId ?? '', name: chat.previousAgentName ?? '' }, to: { id: chat.agentId!, name: chat.agentName ?? '' },
  };
  await publish({ detailType: DETAIL_TYPES.chatTransferred, detail }, now);
}

/**
 * Rejected, cancelled, timed out or its receiver deactivated: both sides see the chat without the
 * transfer; the sender still owns it. Ended: only the receiver is told, the sender saw the end itself.
 */
async function transferWithdrawn(before: ChatItem, outcome: 'rejected' | 'cancelled' | 'timed-out' | 'ended' | 'unavailable', now: number): Promise<void> {
  const offer = before.transfer!;
  if (outcome !== 'ended') await stopFollowingOffer(before);
  const online = await onlineAgents(now);
  const { transfer: _withdrawn, ...after } = before;
  const frames: ServerFrame[] = [{ type: 'chat', chat: chatView(after) }, { type: 'transfer.ended', chatId: before.chatId, outcome }];
  await deliver([...(outcome === 'ended' ? [] : connectionsOf(online, offer.from.id)), ...connectionsOf(online, offer.to.id)], frames);
}

/** The receiver's connections that followed the chat only for the offer stop following it. */
async function stopFollowingOffer(before: ChatItem): Promise<void> {
  await removeChatConnections(before.chatId, [...(before.offerConns ?? [])]);
}
