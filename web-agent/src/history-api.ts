/** The chat history's HTTP call: ended chats matching the words, a page at a time. */
import type { HistoryResponse } from '../../functions/protocol/history';
import { CONSOLE_PATHS } from '../../functions/protocol/constants';
import type { Api } from './contacts-api';

export async function searchHistory({ config, token }: Api, query: string, before?: string): Promise<HistoryResponse> {
  const params = new URLSearchParams({ q: query });
  if (before) params.set('before', before);
  const res = await fetch(`${config.apiBase}${CONSOLE_PATHS.history}?${params}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`history answered HTTP ${res.status}`);
  return res.json();
}
