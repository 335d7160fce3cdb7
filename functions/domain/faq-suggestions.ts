/**
 * FAQ suggestions before a chat starts: the shared FAQ entries that best match what the customer is
 * typing as their question, for a channel that turned them on. Public, so only titles and answers leave.
 */
import type { FaqSuggestion } from '../protocol';
import { bestMatches, words } from './faq-matching';
import { listReplies } from '../store';
import { getChannel } from './channels';
import { RefusedError } from './errors';

/** Refused (not found) for an unknown channel and for one whose pre-chat form does not suggest FAQs. */
export async function suggestFaqs(channelId: string, question: string): Promise<FaqSuggestion[]> {
  const channel = await getChannel(channelId);
  if (!channel?.settings.preChatForm.faqSuggestions) throw new RefusedError('not-found', 'This channel does not suggest FAQs');
  if (words(question).length === 0) return [];
  // The shared replies are one partition (keys.sharedReply): one query, whatever the customer typed.
  const faqs = (await listReplies({ shared: true })).filter((reply) => reply.kind === 'faq');
  return bestMatches(question, faqs).map((faq) => ({ id: faq.replyId, title: faq.title, answer: faq.text }));
}
