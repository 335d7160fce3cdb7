/**
 * The post-chat form: a rating from 1 to 5 (a native radio group, so arrow keys and screen readers
 * work as everywhere), a comment, and the transcript by mail to the address of the pre-chat form,
 * which the customer may change. Sent once; the server's copy of the chat then carries the answers.
 */
import { useState } from 'preact/hooks';
import type { ChatFeedbackFrame } from '../../../functions/protocol/client-frames';
import { useStrings } from '../i18n';

interface Props {
  email: string;
  /** Sending needs the server; offline the button waits. */
  online: boolean;
  onSend(answers: Omit<ChatFeedbackFrame, 'action' | 'chatId'>): void;
}

export function PostChatForm({ email, online, onSend }: Props) {
  const t = useStrings().postChat;
  const [rating, setRating] = useState<number>();
  const [comment, setComment] = useState('');
  const [mail, setMail] = useState(false);
  const [to, setTo] = useState(email);
  const empty = !rating && !comment.trim() && !mail;

  function submit(event: Event) {
    event.preventDefault();
    if (empty) return;
    onSend({ rating, comment: comment.trim() || undefined, sendTranscript: mail || undefined, transcriptTo: mail ? to.trim() : undefined });
  }

  return (
    <form class="prechat postchat" onSubmit={submit}>
      {t.intro && <p>{t.intro}</p>}
      <fieldset>
        <legend>{t.rating}</legend>
        <div class="stars">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n}>
              <input type="radio" name="rating" value={n} checked={rating === n} onChange={() => setRating(n)} />
              <span aria-hidden="true">{n}</span>
              <span class="sr-only">{t.stars(n)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label>
        {t.comment}
        <textarea rows={2} maxLength={1000} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
      </label>
      <label class="check">
        <input type="checkbox" checked={mail} onChange={(e) => setMail(e.currentTarget.checked)} />
        {t.transcript}
      </label>
      {mail && (
        <label>
          {t.transcriptTo}
          <input type="email" required autocomplete="email" maxLength={254} value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
      )}
      <button type="submit" class="primary" disabled={empty || !online}>
        {t.send}
      </button>
    </form>
  );
}
