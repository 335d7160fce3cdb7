/**
 * The chat history: every ended chat stays findable by the customer's name or email, the words of
 * the first question, the chat id or its reference (protocol/chat-reference.ts). A search reads month partitions newest first, a bounded number
 * of rows per request, and hands back where to go on: it never reads the whole table.
 */
import type { HistoryChatView, HistoryResponse } from '../protocol';
import { getChat, historyMonth, historyMonthPage, putHistoryChat } from '../store';
import { wholeQuestion } from './question';
import { chatReference } from '../protocol/chat-reference';

/** Results per page. */
export const HISTORY_PAGE = 20;
/** Rows read per query and per request, matching or not; queries per request (an empty month costs one). */
const ROWS_PER_QUERY = 100;
const ROWS_PER_REQUEST = 1000;
const QUERIES_PER_REQUEST = 30;
/** How far back a search goes. */
export const HISTORY_MONTHS = 24;

/** Writes the history row of an ended chat (again, if it ended again); a chat reopened meanwhile waits for its next end. */
export async function recordEndedChat(chatId: string): Promise<boolean> {
  const chat = await getChat(chatId);
  if (!chat || chat.status !== 'ended') return false;
  const question = await wholeQuestion(chat);
  const view: HistoryChatView = {
    chatId: chat.chatId,
    channel: chat.channel,
    customer: { name: chat.customerName, email: chat.customerEmail },
    question: question.slice(0, 500),
    agentName: chat.agentName,
    createdAt: chat.createdAt,
    endedAt: chat.endedAt ?? chat.createdAt,
    personId: chat.personId,
  };
  // The reference with and without its dash: customers quote it either way.
  const reference = chatReference(chat.chatId);
  await putHistoryChat(view, normalise([view.customer.name, view.customer.email, question, chat.chatId, reference, reference.replace('-', '')].join(' ')));
  return true;
}

/** Ended chats matching every word of `query` (all of them when it is empty), newest first, a page at a time. */
export async function searchHistory(query: string, before: string | undefined, now: number): Promise<HistoryResponse> {
  const words = searchWords(query);
  const oldest = monthsBefore(historyMonth(now), HISTORY_MONTHS - 1);
  let [month, sk] = before ? splitCursor(before) : [historyMonth(now), undefined];
  const chats: HistoryChatView[] = [];
  let read = 0;
  for (let queries = 0; queries < QUERIES_PER_REQUEST && read < ROWS_PER_REQUEST && month >= oldest; queries++) {
    const page = await historyMonthPage(month, words, ROWS_PER_QUERY, sk);
    read += page.scanned;
    for (const row of page.rows) {
      chats.push(row.chat);
      if (chats.length === HISTORY_PAGE) return { chats, next: `${month}.${row.sk}` };
    }
    if (page.lastSk) sk = page.lastSk;
    else [month, sk] = [monthsBefore(month, 1), undefined];
  }
  return month >= oldest ? { chats, next: `${month}.${sk ?? ''}` } : { chats };
}

/** A reference copied from the header with its "Chat" (or Dutch "chat") before it finds the chat too: the word is dropped. */
function searchWords(query: string): string[] {
  const words = [...new Set(normalise(query).split(/\s+/).filter(Boolean))];
  // Shaped as a reference: eight letters and digits with its dash, or with a digit among them.
  const quotesReference = words.some((word) => /^[0-9a-z]{4}-[0-9a-z]{4}$/.test(word) || (/^[0-9a-z]{8}$/.test(word) && /\d/.test(word)));
  return words.filter((word) => !(quotesReference && word === 'chat')).slice(0, 8);
}

function splitCursor(cursor: string): [string, string | undefined] {
  const [month, sk] = cursor.split('.');
  return [month, sk || undefined];
}

function monthsBefore(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year, m - 1 - count, 1)).toISOString().slice(0, 7);
}

/** Lower case without accents, so "Jose" finds "José". */
function normalise(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
