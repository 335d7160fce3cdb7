/**
 * Where an ended chat leaves the customer: that it ended, the post-chat form when the channel has it
 * on and an agent answered the chat (thanks once answered: a chat that only waited has nothing to
 * rate), "Back to chat" to take it up again, and a way to start a new chat.
 * A part fetched on demand: like the forms, it imports types only and renders through the kit.
 */
import type { BrowserClient } from '../../../functions/protocol/browser-client';
import type { ChatView } from '../../../functions/protocol/server-frames';
import type { ClientFrame } from '../../../functions/protocol/client-frames';
import type { FormKit } from './forms/kit';
import { PostChatForm } from './PostChatForm';

export interface ChatEndedProps {
  kit: FormKit;
  client: BrowserClient;
  chat: ChatView;
  /** How long after its end a chat can be taken up again (the server refuses it later). */
  reopenWindowMs: number;
  /** The field of the post-chat form the server refused, if any. */
  invalid?: string;
  /** Before each frame it sends, and on an edit of the refused field: the refusal on screen no longer applies. */
  onSent(): void;
  onNewChat(): void;
}

export function ChatEnded({ kit, client, chat, reopenWindowMs, invalid, onSent, onNewChat }: ChatEndedProps) {
  const { h, t } = kit;
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
    h('p', { role: 'status' }, t.ended),
    chat.postChatForm && chat.answeredAt &&
      (chat.feedback
        ? h('p', { role: 'status' }, t.postChat.thanks)
        : h(PostChatForm, { kit, email: chat.customer.email, online, transcript: chat.transcriptByEmail !== false, invalid, onSend: (answers) => send({ action: 'chat.feedback', chatId, ...answers }), onEdit: onSent })),
    h(
      'p',
      { class: 'actions' },
      canReopen && h('button', { type: 'button', disabled: !online, onClick: () => send({ action: 'chat.reopen', chatId }) }, t.postChat.back),
      h('button', { type: 'button', class: canReopen ? '' : 'primary', onClick: onNewChat }, t.newChat),
    ),
  );
}
