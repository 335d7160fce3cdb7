/**
 * The post-chat form: a rating from 1 to 5 (a native radio group, so arrow keys and screen readers
 * work as everywhere), a comment, and the transcript by mail to the address of the pre-chat form,
 * which the customer may change. Sent once; the server's copy of the chat then carries the answers.
 */
import type { ChatFeedbackFrame } from '../../../functions/protocol/client-frames';
import type { FormKit } from './forms/kit';

interface Props {
  kit: FormKit;
  email: string;
  /** Sending needs the server; offline the button waits. */
  online: boolean;
  /** Whether the chat's channel mails transcripts: without it the form offers none. */
  transcript: boolean;
  /** The field the server refused, if any: marked, and said at that field in the form's words. */
  invalid?: string;
  onSend(answers: Omit<ChatFeedbackFrame, 'action' | 'chatId'>): void;
  /** The refused field was edited: its refusal no longer applies. */
  onEdit(): void;
}

/** The id that ties the refused address to its error line (ids are per shadow root, and a panel shows one form). */
const ERROR_ID = 'postchat-error';

type Input = { currentTarget: HTMLInputElement };

export function PostChatForm({ kit, email, online, transcript, invalid, onSend, onEdit }: Props) {
  const { h, useState } = kit;
  const t = kit.t.postChat;
  const [rating, setRating] = useState<number>();
  const [comment, setComment] = useState('');
  const [mail, setMail] = useState(false);
  const [to, setTo] = useState(email);
  const empty = !rating && !comment.trim() && !mail;
  // The address is the only field the form sends that the browser's own checks can let through refused (a@b).
  const refusedTo = mail && invalid === 'transcriptTo';

  function submit(event: Event) {
    event.preventDefault();
    if (empty) return;
    onSend({ rating, comment: comment.trim() || undefined, sendTranscript: mail || undefined, transcriptTo: mail ? to.trim() : undefined });
  }

  return h(
    'form',
    { class: 'prechat postchat', onSubmit: submit },
    t.intro && h('p', null, t.intro),
    h(
      'fieldset',
      null,
      h('legend', null, t.rating),
      h(
        'div',
        { class: 'stars' },
        [1, 2, 3, 4, 5].map((n) =>
          h(
            'label',
            { key: n },
            h('input', { type: 'radio', name: 'rating', value: n, checked: rating === n, onChange: () => setRating(n) }),
            h('span', { 'aria-hidden': 'true' }, n),
            h('span', { class: 'sr-only' }, t.stars(n)),
          ),
        ),
      ),
    ),
    h('label', null, t.comment, h('textarea', { rows: 2, maxLength: 1000, value: comment, onInput: (e: Input) => setComment(e.currentTarget.value) })),
    transcript && h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: mail, onChange: (e: Input) => setMail(e.currentTarget.checked) }), t.transcript),
    mail &&
      h(
        'label',
        null,
        t.transcriptTo,
        h('input', {
          type: 'email',
          required: true,
          autocomplete: 'email',
          maxLength: 254,
          value: to,
          'aria-invalid': refusedTo,
          'aria-describedby': refusedTo ? ERROR_ID : undefined,
          onInput: (e: Input) => {
            setTo(e.currentTarget.value);
            if (refusedTo) onEdit();
          },
        }),
      ),
    refusedTo && h('p', { id: ERROR_ID, class: 'error', role: 'alert' }, kit.t.forms.invalid(t.transcriptTo)),
    h('button', { type: 'submit', class: 'primary', disabled: empty || !online }, t.send),
  );
}
