/**
 * The contract with a channel's bot: Parley POSTs the conversation so far, the bot answers with an
 * optional reply and whether to hand the chat to the queue. Documented in docs/protocol.md.
 */
import * as v from 'valibot';
import { MAX_TEXT } from './constants';

export interface BotRequest {
  chatId: string;
  channel: string;
  customer: { name: string; email: string };
  /** Oldest first: the customer's question and every message since. */
  messages: { from: 'customer' | 'bot'; text: string; at: number }[];
}

export const BotReply = v.object({
  reply: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(MAX_TEXT))),
  /** True: the chat goes to the queue for an agent (after the reply, if any). */
  handoff: v.optional(v.boolean()),
  /** Shown as the reply's author; "Assistant" when absent. */
  name: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60))),
});
export type BotReply = v.InferOutput<typeof BotReply>;
