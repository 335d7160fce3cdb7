/**
 * What the customer answered in the post-chat form: their rating and comment, shown under the chat.
 * `earlier`: the answers given before they went back to the chat.
 */
import type { ChatView } from '../../functions/protocol/server-frames';
import { t } from './strings';

export function CustomerFeedback({ feedback, earlier }: { feedback: NonNullable<ChatView['feedback']>; earlier?: boolean }) {
  if (feedback.rating === undefined && !feedback.comment) return null;
  const label = earlier ? t.feedback.earlierLabel : t.feedback.label;
  return (
    <p class="customer-feedback" role="note" aria-label={label}>
      <strong>{label}:</strong> {feedback.rating !== undefined && t.feedback.rating(feedback.rating)}
      {feedback.rating !== undefined && feedback.comment && ' · '}
      {feedback.comment && `“${feedback.comment}”`}
    </p>
  );
}
