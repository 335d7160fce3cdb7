/** A chat's whole transcript, for agents looking back (any agent of the tenant may read it). */
import type { TranscriptResponse } from '../protocol';
import { getChat, messagesAfter } from '../store';
import { chatView } from './views';

export async function transcript(chatId: string): Promise<TranscriptResponse | undefined> {
  const chat = await getChat(chatId);
  if (!chat) return undefined;
  return { chat: chatView(chat), messages: await messagesAfter(chatId, 0) };
}
