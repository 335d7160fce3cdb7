/** Reading several chat items by key at once. */
import type { ChatItem } from './chats';
import { keys } from './keys';
import { batchGetItems } from './batch-get';

/** The chats that exist among `chatIds`, by id. */
export async function getChats(chatIds: string[]): Promise<Map<string, ChatItem>> {
  const items = (await batchGetItems(chatIds.map((id) => keys.chat(id)))) as unknown as ChatItem[];
  return new Map(items.map((item) => [item.chatId, item]));
}
