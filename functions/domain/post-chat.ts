/** After a chat ends: the post-chat form (rating, comment, transcript by mail) and "Back to chat". */
import type { ChatFeedbackFrame } from '../protocol';
import { REOPEN_WINDOW_MINUTES } from '../protocol/constants';
import { getChat, keepConnectionChat, messagesAfter, putMessage, reopenChat, setFeedback, type ChatItem, type ReopenTo } from '../store';
import { sendMail } from './mailbox';
import { onlineAgents } from './agents-online';
import { requireRole, type Caller } from './caller';
import { chatNotFound, RefusedError } from './errors';
import { deliver } from './fanout';
import { broadcastQueue } from './queue';
import { chatView, customerNameOf, eventMessage } from './views';
import { publishChatRated, publishChatReopened } from './chat-events';
import { transcriptMail } from './transcript-mail';
import { getChannel } from './channels';
import { requireSomeoneToAnswer } from './availability';

/** How long after the end "Back to chat" still works. */
export const REOPEN_WINDOW_MS = REOPEN_WINDOW_MINUTES * 60_000;

export async function giveFeedback(caller: Caller, frame: ChatFeedbackFrame, now: number): Promise<void> {
  requireRole(caller, 'customer');
  const chat = await setFeedback(frame.chatId, caller.subject, { rating: frame.rating, comment: frame.comment || undefined, at: now }, !!frame.sendTranscript);
  if (!chat) {
    const existing = await getChat(frame.chatId);
    if (!existing || existing.visitorId !== caller.subject) throw chatNotFound();
    if (existing.status !== 'ended') throw new RefusedError('conflict', 'The chat is still going on');
    if (existing.feedback) throw new RefusedError('conflict', 'Thank you, your answers were already saved');
    if (existing.postChatForm === false) throw new RefusedError('forbidden', 'This chat has no post-chat form');
    throw new RefusedError('forbidden', 'Transcripts are not sent by email for this chat');
  }
  if (frame.sendTranscript) await mailTranscript(chat, frame.transcriptTo ?? chat.customerEmail, now);
  await deliver([...(chat.conns ?? []), caller.connectionId], [{ type: 'chat', chat: chatView(chat) }]);
  await publishChatRated(chat, now);
}

/**
 * "Back to chat": active again with the same agent if they are Present, back with the channel's bot
 * if it had the chat, otherwise back in the queue — unless the channel has closed meanwhile or nobody
 * Present may answer it there, when the customer is pointed to the offline form, as a new customer
 * opening the widget would be.
 */
export async function reopen(caller: Caller, chatId: string, now: number): Promise<void> {
  requireRole(caller, 'customer');
  const existing = await getChat(chatId);
  if (!existing || existing.visitorId !== caller.subject) throw chatNotFound();
  const online = await onlineAgents(now);
  const to: ReopenTo = existing.agentId && online.presentAgentIds.has(existing.agentId) ? 'agent' : existing.bot && !existing.agentId ? 'bot' : 'queue';
  if (existing.postChatForm === false) throw new RefusedError('forbidden', 'This chat cannot be reopened; please start a new one');
  if (to === 'queue') await requireSomeoneToAnswer(existing.channel, online.presentAgentIds, now);
  const chat = await reopenChat(chatId, caller.subject, now - REOPEN_WINDOW_MS, to, now, { event: 'reopened', text: `${customerNameOf(existing)} returned to the chat`, at: now, byCustomer: true }, existing.feedback);
  if (!chat) throw new RefusedError('conflict', 'This chat can no longer be reopened; please start a new one');
  // Put before the line, as for the other events.
  if (to === 'agent') await publishChatReopened(chat, now);
  const back = eventMessage(chat);
  await Promise.all([putMessage(back), keepConnectionChat(caller.connectionId, chatId)]);
  await deliver([...(chat.conns ?? []), caller.connectionId], [{ type: 'chat', chat: chatView(chat) }, { type: 'message', message: back }]);
  if (to === 'queue') await broadcastQueue(now, online);
}

async function mailTranscript(chat: ChatItem, to: string, now: number): Promise<void> {
  const [messages, channel] = await Promise.all([messagesAfter(chat.chatId, 0), getChannel(chat.channel)]);
  await sendMail({ to, ...transcriptMail(chat, messages, channel?.settings.hours.timeZone) }, now);
}
