/** Where a chat stands for this agent in a transfer, and what the console says about it. */
import type { AgentRole } from '../../functions/protocol/http';
import type { ChannelName } from '../../functions/protocol/channels';
import type { ChatView, ServerFrame } from '../../functions/protocol/server-frames';
import { t } from './strings';

export interface PresentAgent {
  id: string;
  name: string;
}

export type TransferOutcome = Extract<ServerFrame, { type: 'transfer.ended' }>['outcome'];

/**
 * 'owner': mine to answer; 'sending': mine, offered to someone; 'receiving': offered to me;
 * 'listening': ongoing with another agent (I handed it over, or I am looking in); 'closed': ended.
 */
export type ChatStanding = 'owner' | 'sending' | 'receiving' | 'listening' | 'closed';

export function chatStanding(chat: ChatView, agentId: string): ChatStanding {
  if (chat.status === 'ended') return 'closed';
  // Not answered yet (a chat coming back to the queue): nothing about it is transfer's business.
  if (chat.status === 'queued') return 'owner';
  if (chat.transfer?.to.id === agentId) return 'receiving';
  if (chat.agent?.id !== agentId) return 'listening';
  return chat.transfer?.from.id === agentId ? 'sending' : 'owner';
}

/** The Present agents a chat can go to: everyone but me, by name. */
export function transferTargets(present: PresentAgent[], agentId: string, responders?: string[]): PresentAgent[] {
  return present.filter((agent) => agent.id !== agentId && (!responders || responders.includes(agent.id))).sort((a, b) => a.name.localeCompare(b.name));
}

/** Managers and admins may hand over without an accept step, and take over chats of others. */
export function isManager(role: AgentRole): boolean {
  return role === 'manager' || role === 'admin';
}

/** As a manager may, on `channel`'s chats: managers and admins everywhere, and whom the channel makes its manager. */
export function managesChannel(role: AgentRole, channels: ChannelName[], channel: string | undefined): boolean {
  return isManager(role) || (channel !== undefined && !!channels.find((c) => c.id === channel)?.manager);
}

/**
 * What this agent is told when a transfer ends, or nothing. `receiver` is who the chat was
 * offered to, `customer` whose chat it is (when known: an agent may have several offers and chats);
 * the sender hears every outcome but the chat's end (the conversation shows it), the receiver only
 * of a cancel, a time-out or the chat ending first.
 */
export function transferEndedText(outcome: TransferOutcome, sender: boolean, receiver: string, customer?: string): string | undefined {
  if (outcome === 'timed-out') return t.transfer.timedOut(customer);
  if (!sender) return outcome === 'cancelled' ? t.transfer.cancelled(customer) : outcome === 'ended' ? t.transfer.chatEnded(customer) : undefined;
  if (outcome === 'accepted') return t.transfer.accepted(receiver, customer);
  if (outcome === 'rejected') return t.transfer.rejected(receiver, customer);
  if (outcome === 'unavailable') return t.transfer.receiverGone(receiver, customer);
  return undefined;
}

/**
 * Who a `transferred` event line says handed the chat on ("Carla Admin transferred the chat to Bram
 * Jansen"): `from` is absent when the line names nobody ("Bram Jansen joined the chat"). A
 * take-over ("Carla Admin took over the chat") is no hand-over: undefined. The server writes these
 * lines in English (functions/protocol/event-lines.ts lists them).
 */
export function handOverFrom(text: string): { from?: string } | undefined {
  if (/ took over the chat$/.test(text)) return undefined;
  const at = text.indexOf(' transferred the chat to ');
  return { from: at > 0 ? text.slice(0, at) : undefined };
}

/** The newest offer to me still waiting, other than `except`'s: the one to announce once another is answered. */
export function newestWaitingOffer(chats: ChatView[], agentId: string, except?: string): ChatView | undefined {
  const waiting = chats.filter((chat) => chat.chatId !== except && chat.status === 'active' && chat.transfer?.to.id === agentId);
  return waiting.sort((a, b) => b.transfer!.requestedAt - a.transfer!.requestedAt)[0];
}

/** The chat list's marker of a pending transfer, or nothing. */
export function transferMarker(chat: ChatView, agentId: string): string | undefined {
  if (!chat.transfer || chat.status === 'ended') return undefined;
  if (chat.transfer.to.id === agentId) return t.transfer.from(chat.transfer.from.name);
  if (chat.transfer.from.id === agentId) return t.transfer.sentTo(chat.transfer.to.name);
  return undefined;
}
