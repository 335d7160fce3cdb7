/**
 * A simulated customer, doing what the widget does for a new visitor: gets an identity, whether
 * anyone is online and a ticket in one call, connects, starts a chat, takes part in the
 * conversation, and closes the socket once the agent has ended the chat.
 */
import { WIDGET_PATHS } from '../../functions/protocol/constants';
import type { ServerFrame, VisitorResponse } from '../../functions/protocol';
import { BenchSocket, callApi } from '../clients';
import { countErrorFrame, noteProblem, type LoadContext } from './context';
import type { AgentPool } from './agents';
import { Conversation } from './conversation';
import { FrameWaiters } from './frames';

/** Runs one customer's whole chat; resolves when it is over, never rejects (failures are counted). */
export async function runCustomer(ctx: LoadContext, pool: AgentPool, chatId: string, index: number): Promise<void> {
  const connectionKey = `customer:${chatId}`;
  const waiters = new FrameWaiters();
  let conversation: Conversation | undefined;
  let socket: BenchSocket | undefined;

  const onFrame = (frame: ServerFrame, at: number) => {
    waiters.offer(frame);
    if (frame.type === 'message') {
      ctx.deliveries.recordConfirmations(connectionKey, 'customer', frame.confirms);
      if (ctx.deliveries.recordReceipt(connectionKey, 'customer', frame.message, at)) conversation?.delivered(frame.message.clientMessageId!, frame.message.seq);
      // The "ended" event is the last frame of a chat (after its `chat` frame): the widget may close now.
      if (frame.message.kind === 'event' && frame.message.event === 'ended') conversation?.finish(true);
    } else if (frame.type === 'error' || (frame as { message?: unknown }).message === 'Internal server error') {
      countErrorFrame(ctx, frame as { type?: string; code?: string; message?: string }, connectionKey);
    }
  };

  try {
    // A new visitor's widget learns who it is, whether anyone is Present and its first ticket in one call.
    const connectStart = performance.now();
    const visitor = await callApi<VisitorResponse>(ctx.base, `${WIDGET_PATHS.visitors}?channel=default`);
    if (!visitor.online) throw new Error('the widget would show the offline form: no agent is Present');
    if (!visitor.ticket) throw new Error('POST /api/visitors answered no ticket');
    socket = await BenchSocket.open(ctx.wsUrl, visitor.ticket, onFrame, ctx.customerOrigin);
    ctx.samples.connectMs.push(performance.now() - connectStart);
    // A new visitor's widget has no chat to resume, so it sends no `sync` (BrowserClientOptions.quietWhenEmpty).

    const party = { connectionKey, send: socket.send.bind(socket) };
    conversation = new Conversation(chatId, party, ctx);
    pool.conversations.set(chatId, conversation);
    const queued = waiters.next('chat', (f) => f.chat.chatId === chatId);
    const startSent = performance.now();
    socket.send({
      action: 'chat.start', chatId, name: `Customer ${index + 1}`, email: `customer${index + 1}@example.com`,
      question: questionOf(ctx.questionChars),
    });
    await queued;
    conversation.queuedAt = performance.now();
    ctx.samples.startMs.push(conversation.queuedAt - startSent);
    pool.requestClaim();
    await conversation.whenFinished();
  } catch (error) {
    ctx.problems.failedChats += 1;
    if (!conversation?.agent) ctx.gate.arrive();
    noteProblem(ctx, `${chatId}: ${(error as Error).message}`);
    conversation?.finish();
  } finally {
    await socket?.close();
  }
}

const QUESTION = 'Hello, my order has not arrived yet. Can you help me?';

/** The default question, or one of `chars` characters made of its words (a question typed at length). */
export function questionOf(chars?: number): string {
  if (!chars) return QUESTION;
  return `${QUESTION} `.repeat(Math.ceil(chars / (QUESTION.length + 1))).slice(0, chars).trimEnd().padEnd(chars, '?');
}
