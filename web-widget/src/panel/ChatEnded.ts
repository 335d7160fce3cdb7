/**
 * Where an ended chat leaves the customer: that it ended, the post-chat form when the channel has it
 * on and an agent answered the chat (thanks once answered: a chat that only waited has nothing to
 * rate), "Back to chat" to take it up again, and a way to start a new chat.
 * A part fetched on demand: like the forms, it imports types only and renders through the kit, which
 * also adds the part's own styles (post-chat.css).
 */
import type { BrowserClient } from '../../../functions/protocol/browser-client';
import type { ChatView } from '../../../functions/protocol/server-frames';
import type { ClientFrame } from '../../../functions/protocol/client-frames';
import type { FormKit } from './forms/kit';
import { PostChatForm } from './PostChatForm';
import css from './post-chat.css';

export interface ChatEndedProps {
  kit: FormKit;
  client: BrowserClient;
  chat: ChatView;
  /** How long after its end a chat can be taken up again (the server refuses it later). */
  reopenWindowMs: number;
  /** The field of the post-chat form the server refused, if any. */
  invalid?: string;
  /** The chat ended before the customer's eyes: if the focus fell to the page with the composer or End chat, it lands here. */
  autoFocus?: boolean;
  /** Before each frame it sends, and on an edit of the refused field: the refusal on screen no longer applies. */
  onSent(): void;
  onNewChat(): void;
}

export function ChatEnded({ kit, client, chat, reopenWindowMs, invalid, autoFocus, onSent, onNewChat }: ChatEndedProps) {
  const { h, t, useState, useEffect } = kit;
  kit.adopt(css);
  const [line] = useState<{ current?: HTMLElement }>({});
  const [thanks] = useState<{ current?: HTMLElement }>({});
  // On the line that says it ended (Tab goes on to the form), rather than on the page's <body>.
  useEffect(() => {
    if (autoFocus && document.activeElement === document.body) line.current?.focus();
  }, []);
  // The form sent, its Send button is gone: the thanks that replaced it takes the focus, not the page.
  useEffect(() => {
    if (chat.feedback && document.activeElement === document.body) thanks.current?.focus();
  }, [!!chat.feedback]);
  const { chatId } = chat;
  const online = client.state === 'online';
  // A chat found ended long ago offers only a new chat.
  const canReopen = chat.postChatForm && Date.now() - (chat.endedAt ?? 0) < reopenWindowMs;
  const send = (frame: ClientFrame) => {
    onSent();
    client.send(frame);
  };
  return h(
    'div',
    { class: 'ended' },
    h('p', { role: 'status', tabIndex: -1, ref: line }, t.ended),
    chat.postChatForm && chat.answeredAt &&
      (chat.feedback
        ? h('p', { role: 'status', tabIndex: -1, ref: thanks }, t.postChat.thanks)
        : h(PostChatForm, { kit, email: chat.customer.email, online, transcript: chat.transcriptByEmail !== false, invalid, onSend: (answers) => send({ action: 'chat.feedback', chatId, ...answers }), onEdit: onSent })),
    h(
      'p',
      { class: 'actions' },
      canReopen && h('button', { type: 'button', disabled: !online, onClick: () => send({ action: 'chat.reopen', chatId }) }, t.postChat.back),
      h('button', { type: 'button', class: canReopen ? '' : 'primary', onClick: onNewChat }, t.newChat),
    ),
  );
}
