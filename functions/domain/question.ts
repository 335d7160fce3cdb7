/**
 * How the chat item keeps the customer's question. The item is rewritten with every message and
 * billed per started kilobyte (and copied whole into the queue index while the chat waits), so a long
 * question would make every write of the chat dearer: a 4,000-character question, five write units a
 * message instead of one. Once the question is stored as message 1, the item keeps its first words;
 * what needs it whole (the request made from the chat, the person's chat list, the history search)
 * reads message 1.
 */
import { getMessage, keepQuestionPreview, type ChatItem } from '../store';
import { questionPreview } from './question-preview';

/**
 * After message 1 is stored: a long question shrinks to its preview on the chat item. Returns the
 * chat as it now is (the same object when nothing changed).
 */
export async function shortenStoredQuestion(chat: ChatItem): Promise<ChatItem> {
  const preview = chat.question ? questionPreview(chat.question) : undefined;
  if (!preview) return chat;
  await keepQuestionPreview(chat.chatId, preview);
  return { ...chat, question: preview, questionCut: true };
}

/** The whole question: the chat item's, or message 1's when the item keeps only a preview. */
export async function wholeQuestion(chat: ChatItem): Promise<string> {
  if (!chat.questionCut) return chat.question;
  return (await getMessage(chat.chatId, 1))?.text ?? chat.question;
}
