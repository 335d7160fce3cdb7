/** The searchable chat history: ended chats, kept findable long after Recent chat sessions' 8 hours. */
import * as v from 'valibot';
import { HISTORY_QUERY_MAX } from './constants';

/** `GET /api/history?q=&before=`: every word of `q` must occur in the customer's name, email, first question or chat id. */
export const HistoryQuery = v.strictObject({
  q: v.optional(v.pipe(v.string(), v.maxLength(HISTORY_QUERY_MAX, `at most ${HISTORY_QUERY_MAX} characters`))),
  /** The `next` of the previous page. */
  before: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])\.(\d{15}#[A-Za-z0-9_-]{8,64})?$/, 'not a page of this search'))),
});
export type HistoryQuery = v.InferOutput<typeof HistoryQuery>;

/** An ended chat as the history lists it. */
export interface HistoryChatView {
  chatId: string;
  channel: string;
  customer: { name: string; email: string };
  /** The customer's first question. */
  question: string;
  agentName?: string;
  createdAt: number;
  endedAt: number;
  personId?: string;
}

export interface HistoryResponse {
  /** Newest first. */
  chats: HistoryChatView[];
  /** Present when older chats may match: ask again with `before=next`. */
  next?: string;
}
