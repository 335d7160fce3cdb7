/**
 * A channel's bot answers first: the chat waits outside the queue while the bot replies, and enters
 * the queue when the bot says so — or at once when the bot fails, times out or answers nonsense,
 * so a customer is never left with a broken bot.
 */
import { BotReply, parseWith, type BotRequest, type MessageView } from '../protocol';
import type { ChannelSettings } from '../protocol/channels';
import { allocateBotSeq, messagesAfter, queueBotChat, type ChatItem } from '../store';
import { deliver } from './fanout';
import { storeWithConfirmations } from './confirmations';
import { broadcastQueue } from './queue';
import { chatView } from './views';

const DEFAULT_NAME = 'Assistant';
/** The bot sees at most this many of the latest messages. */
const HISTORY = 50;

export type BotSettings = NonNullable<ChannelSettings['bot']>;

/** Asks the bot about the chat as it is now; posts its reply, and hands the chat to the queue if asked or if the bot failed. */
export async function askBot(chat: ChatItem, bot: BotSettings, now: number, log: (line: string) => void = console.warn): Promise<void> {
  const answer = await callBot(chat, bot).catch((error: Error) => {
    log(`Bot of channel ${chat.channel} failed for chat ${chat.chatId}: ${error.message}; handing over to the queue`);
    return { handoff: true } as BotReply;
  });
  if (answer.reply) await postReply(chat.chatId, answer.reply, answer.name ?? DEFAULT_NAME, now);
  if (answer.handoff) await handToQueue(chat.chatId, now);
}

async function callBot(chat: ChatItem, bot: BotSettings): Promise<BotReply> {
  const history = (await messagesAfter(chat.chatId, Math.max(0, chat.lastSeq - HISTORY))).filter((m) => m.kind === 'text');
  const request: BotRequest = {
    chatId: chat.chatId,
    channel: chat.channel,
    customer: { name: chat.customerName, email: chat.customerEmail },
    messages: history.map((m) => ({ from: m.bot ? 'bot' : 'customer', text: m.text, at: m.at })),
  };
  const res = await fetch(bot.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(bot.timeoutMs),
    redirect: 'error',
  });
  if (!res.ok) throw new Error(`it answered HTTP ${res.status}`);
  const parsed = parseWith(BotReply, await res.json());
  if (!parsed.ok) throw new Error(`its answer is not a bot reply (${parsed.reason})`);
  return parsed.value;
}

async function postReply(chatId: string, text: string, name: string, now: number): Promise<void> {
  const chat = await allocateBotSeq(chatId);
  if (!chat) return;
  const message: MessageView = { chatId, seq: chat.lastSeq, kind: 'text', author: { role: 'agent', name }, text, at: now, bot: true };
  await deliver([...(chat.conns ?? [])], [await storeWithConfirmations(message, 'agent')]);
}

/** The chat enters the queue (once: a repeated hand-off changes nothing). */
export async function handToQueue(chatId: string, now: number): Promise<void> {
  const chat = await queueBotChat(chatId, now);
  if (!chat) return;
  // The customer's widget stops showing the bot and shows the wait for an agent.
  await deliver(chat.conns ?? [], [{ type: 'chat', chat: chatView(chat) }]);
  await broadcastQueue(now);
}
