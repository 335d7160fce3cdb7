/** What the customer answered in the post-chat form: their rating and comment, shown under the ended chat. */
import type { ChatView } from '../../functions/protocol/server-frames';
import { t } from './strings';

export function CustomerFeedback({ feedback }: { feedback: NonNullable<ChatView['feedback']> }) {
  if (feedback.rating === undefined && !feedback.comment) return null;
  return (
    <p class="customer-feedback" role="note" aria-label={t.feedback.label}>
      <strong>{t.feedback.label}:</strong> {feedback.rating !== undefined && t.feedback.rating(feedback.rating)}
      {feedback.rating !== undefined && feedback.comment && ' · '}
      {feedback.comment && `“${feedback.comment}”`}
    </p>
  );
}
