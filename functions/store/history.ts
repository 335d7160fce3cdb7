/** The chat history rows: one per ended chat under its month, with a lower-cased text to search in. */
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, TableName } from '../adapters/dynamo';
import type { HistoryChatView } from '../protocol';
import { keys } from './keys';

/** `YYYY-MM` (UTC) of a moment: the history partition it belongs to. */
export const historyMonth = (at: number) => new Date(at).toISOString().slice(0, 7);

/** Writes (or rewrites, for a chat that ended again) the chat's row. */
export async function putHistoryChat(chat: HistoryChatView, searchText: string): Promise<void> {
  await db.send(new PutCommand({
    TableName,
    Item: { ...keys.historyChat(historyMonth(chat.createdAt), chat.createdAt, chat.chatId), ...chat, searchText },
  }));
}

export interface HistoryPage {
  /** Matching rows with their sort keys, so a search can go on below any of them. */
  rows: { sk: string; chat: HistoryChatView }[];
  /** Sort key to go on from, when the month has more. */
  lastSk?: string;
  /** Rows read, matching or not. */
  scanned: number;
}

/**
 * Reads at most `limit` rows of one month, newest first, from below `beforeSk`; returns those whose
 * search text contains every word. The limit bounds what is read, matching or not.
 */
export async function historyMonthPage(month: string, words: string[], limit: number, beforeSk?: string): Promise<HistoryPage> {
  const { pk } = keys.historyChat(month, 0, '');
  const names = words.length ? { '#text': 'searchText' } : undefined;
  const { Items = [], LastEvaluatedKey, ScannedCount = 0 } = await db.send(new QueryCommand({
    TableName,
    KeyConditionExpression: beforeSk ? 'pk = :pk AND sk < :before' : 'pk = :pk',
    FilterExpression: words.length ? words.map((_, i) => `contains(#text, :w${i})`).join(' AND ') : undefined,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: { ':pk': pk, ...(beforeSk ? { ':before': beforeSk } : {}), ...Object.fromEntries(words.map((w, i) => [`:w${i}`, w])) },
    ScanIndexForward: false,
    Limit: limit,
  }));
  const rows = Items.map(({ pk: _pk, sk, searchText: _text, ...chat }) => ({ sk: sk as string, chat: chat as HistoryChatView }));
  return { rows, lastSk: LastEvaluatedKey?.sk as string | undefined, scanned: ScannedCount };
}
